import { describe, it, expect } from "@jest/globals";
import JSZip from "jszip";
import { readDocx } from "../../src/docx/read-docx";
import { readPlanFile } from "../../src/plan-file/read-plan-file";
import { isUserError } from "../../src/core/errors";
import { makeDocx, p, tbl, tc, tr } from "./make-docx";

async function keyOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return "no error";
  } catch (e) {
    if (isUserError(e)) return e.key;
    throw e;
  }
}

const NUMBERING = `
<w:abstractNum w:abstractNumId="0">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
  <w:lvl w:ilvl="0"><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>`;
const num = (id: number, lvl = 0) => `<w:numPr><w:ilvl w:val="${lvl}"/><w:numId w:val="${id}"/></w:numPr>`;

describe("readDocx: paragraphs as the page shows them", () => {
  it("puts automatic numbering back: decimal, letters restarting under each number, Roman, bullets", async () => {
    const body = [
      p("MỤC ĐÍCH", num(2)),
      p("Tuyên truyền", num(1)),
      p("Sở Tư pháp chủ trì", num(1, 1)),
      p("Sở Nội vụ phối hợp", num(1, 1)),
      p("Kiểm tra", num(1)),
      p("UBND các huyện chủ trì", num(1, 1)),
      p("một ý", num(3)),
      p("NỘI DUNG", num(2)),
    ].join("");
    const doc = await readDocx(await makeDocx(body, { numbering: NUMBERING }), "a.docx");
    expect(doc.blocks.map((b) => (b.kind === "paragraph" ? b.text : "table"))).toEqual([
      "I. MỤC ĐÍCH",
      "1. Tuyên truyền",
      "a) Sở Tư pháp chủ trì",
      "b) Sở Nội vụ phối hợp",
      "2. Kiểm tra",
      "a) UBND các huyện chủ trì",
      "- một ý",
      "II. NỘI DUNG",
    ]);
  });

  it("keeps tabs and line breaks, skips deleted text, field codes and empty paragraphs", async () => {
    const body =
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t></w:r>' +
      "<w:del><w:r><w:delText>xoá</w:delText></w:r></w:del><w:r><w:instrText>PAGE</w:instrText></w:r></w:p><w:p/>";
    const doc = await readDocx(await makeDocx(body), "a.docx");
    expect(doc.blocks).toEqual([{ kind: "paragraph", text: "a\tb\nc" }]);
  });
});

describe("readDocx: Word tables as tables", () => {
  it("pads a cell spanning columns and repeats a vertically merged cell in each row", async () => {
    const body = tbl(
      tr(tc(p("TT")), tc(p("Nhiệm vụ")), tc(p("Chủ trì")), tc(p("Thời hạn"))),
      tr(tc(p("I. Nhóm một"), '<w:gridSpan w:val="4"/>')),
      tr(tc(p("1")), tc(p("Việc một")), tc(p("Sở Tư pháp"), '<w:vMerge w:val="restart"/>'), tc(p("Quý II/2024"))),
      tr(tc(p("2")), tc(p("Việc hai")), tc(p(""), "<w:vMerge/>"), tc(p("Năm 2024"))),
      '<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>' + tc(p("x")) + tc(p("y")) + tc(p("z")) + "</w:tr>",
    );
    const doc = await readDocx(await makeDocx(body), "a.docx");
    expect(doc.blocks).toEqual([
      {
        kind: "table",
        rows: [
          ["TT", "Nhiệm vụ", "Chủ trì", "Thời hạn"],
          ["I. Nhóm một", "", "", ""],
          ["1", "Việc một", "Sở Tư pháp", "Quý II/2024"],
          ["2", "Việc hai", "Sở Tư pháp", "Năm 2024"],
          ["", "x", "y", "z"],
        ],
      },
    ]);
  });

  it("reads through a one-cell frame table and flattens a table nested in a cell", async () => {
    const inner = tbl(tr(tc(p("Sở Tư pháp")), tc(p("chủ trì"))), tr(tc(p("Sở Nội vụ")), tc(p("phối hợp"))));
    const framed = tbl(tr(tc(p("Phụ lục") + tbl(tr(tc(p("A")), tc(p("B")))))));
    const body = framed + tbl(tr(tc(p("1")), tc(p("Việc") + inner)));
    const doc = await readDocx(await makeDocx(body), "a.docx");
    expect(doc.blocks).toEqual([
      { kind: "paragraph", text: "Phụ lục" },
      { kind: "table", rows: [["A", "B"]] },
      { kind: "table", rows: [["1", "Việc\nSở Tư pháp\tchủ trì\nSở Nội vụ\tphối hợp"]] },
    ]);
  });
});

describe("readDocx: hostile files", () => {
  it("refuses a DOCTYPE with entities (XXE, billion laughs) without expanding anything", async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd"><!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&x;&b;</w:t></w:r></w:p></w:body></w:document>`;
    expect(await keyOf(async () => readDocx(await makeDocx("", { document: xxe }), "xxe.docx"))).toBe(
      "planFile.damaged",
    );
    const undefinedEntity = `<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>&nbsp;</w:t></w:r></w:p></w:body></w:document>`;
    expect(await keyOf(async () => readDocx(await makeDocx("", { document: undefinedEntity }), "e.docx"))).toBe(
      "planFile.damaged",
    );
  });

  it("refuses broken XML and elements nested absurdly deep", async () => {
    expect(await keyOf(async () => readDocx(await makeDocx("", { document: "<w:document><w:body>" }), "x.docx"))).toBe(
      "planFile.damaged",
    );
    const deep = `<w:document xmlns:w="x"><w:body>${"<w:sdt>".repeat(1000)}${"</w:sdt>".repeat(1000)}</w:body></w:document>`;
    expect(await keyOf(async () => readDocx(await makeDocx("", { document: deep }), "d.docx"))).toBe(
      "planFile.damaged",
    );
  });

  it("refuses a zip bomb before inflating it into memory", async () => {
    const zip = new JSZip();
    const para = `<w:p><w:r><w:t>${"a".repeat(1000)}</w:t></w:r></w:p>`;
    zip.file("word/document.xml", `<w:document xmlns:w="x"><w:body>${para.repeat(15_000)}</w:body></w:document>`);
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    expect(await keyOf(() => readPlanFile(bytes, "bomb.docx"))).toBe("planFile.zipBomb");
    expect(await keyOf(() => readDocx(bytes, "bomb.docx"))).toBe("planFile.zipBomb");
  });

  it("a damaged zip and a Word file with no text get their own messages", async () => {
    const good = await makeDocx(p("x"));
    expect(await keyOf(() => readPlanFile(good.slice(0, good.length - 30), "cut.docx"))).toBe("planFile.damaged");
    expect(await keyOf(async () => readDocx(await makeDocx("<w:p/>"), "blank.docx"))).toBe("planFile.noContent");
  });
});
