import { describe, it, expect } from "@jest/globals";
import { readPlanFile, readPlanInput } from "../../src/plan-file/read-plan-file";
import { documentToText } from "../../src/core/plan/document-text";
import { isUserError } from "../../src/core/errors";
import { corpusBytes, corpusPlansWithForms, documentCells, squash, tablesOf, webLayoutCells } from "./corpus";

async function errorKey(bytes: Uint8Array, name: string): Promise<string> {
  try {
    await readPlanFile(bytes, name);
  } catch (e) {
    if (isUserError(e)) return e.key;
    throw e;
  }
  return "no error";
}

const plans = corpusPlansWithForms();
const noSpace = (s: string) => s.replace(/\s+/g, "");

describe("readPlanFile on the real plans given as .txt, .docx and .pdf", () => {
  it("finds the corpus (01–03 have all three forms)", () => {
    expect(plans.length).toBeGreaterThanOrEqual(3);
  });

  for (const base of plans) {
    it(`${base}: the .docx tables hold exactly the cells of the .txt's tables`, async () => {
      const txt = new TextDecoder().decode(corpusBytes(base, "txt"));
      const doc = await readPlanFile(corpusBytes(base, "docx"), `${base}.docx`);
      expect(doc.source).toBe("docx");
      // Spanned cells are padded with empty cells in the document; the web copy has one cell.
      expect(documentCells(doc).filter((c) => c !== "")).toEqual(webLayoutCells(txt).filter((c) => c !== ""));
    });

    it(`${base}: the .pdf gives the .docx's task table, row for row and cell for cell`, async () => {
      const docx = await readPlanFile(corpusBytes(base, "docx"), `${base}.docx`);
      const pdf = await readPlanFile(corpusBytes(base, "pdf"), `${base}.pdf`);
      expect(pdf.source).toBe("pdf");
      const biggest = (ts: string[][][]) => ts.reduce((a, b) => (b.length > a.length ? b : a), []);
      const want = biggest(tablesOf(docx));
      const got = biggest(tablesOf(pdf));
      expect(got.length).toBe(want.length);
      expect(got.map((r) => r.length)).toEqual(want.map((r) => r.length));
      // Same letters in every cell; spacing may differ where the PDF broke a line after a hyphen
      // ("20- 26" read as "20-26") or cut a word in a narrow cell.
      expect(got.map((r) => r.map(noSpace))).toEqual(want.map((r) => r.map(noSpace)));
      const cells = want.flat();
      const same = got.flat().filter((c, i) => c === cells[i]).length;
      expect(same / cells.length).toBeGreaterThanOrEqual(0.9);
    });

    it(`${base}: the .pdf's running text has the .docx's paragraphs`, async () => {
      const docx = await readPlanFile(corpusBytes(base, "docx"), `${base}.docx`);
      const pdf = await readPlanFile(corpusBytes(base, "pdf"), `${base}.pdf`);
      const words = (d: typeof docx) =>
        noSpace(
          d.blocks
            .filter((b) => b.kind === "paragraph")
            .map((b) => (b.kind === "paragraph" ? b.text : ""))
            .join(""),
        );
      // The header and signature tables have no borders: the PDF reads them as text, so the
      // PDF's running text contains the Word paragraphs and more.
      const pdfText = words(pdf);
      const missing = docx.blocks
        .filter((b) => b.kind === "paragraph")
        .filter((b) => b.kind === "paragraph" && !pdfText.includes(noSpace(b.text)));
      expect(missing.map((b) => (b.kind === "paragraph" ? squash(b.text).slice(0, 60) : ""))).toEqual([]);
    });
  }

  it("reads a .txt as text, in any of the encodings the CSV reader knows", async () => {
    const base = plans[0]!;
    const bytes = corpusBytes(base, "txt");
    const doc = await readPlanFile(bytes, "ke-hoach.txt");
    expect(doc.source).toBe("txt");
    // The text's own tables become table blocks (the web copies' " |" cell layout is read as
    // rows), so compare the words: nothing lost, nothing added.
    const words = (t: string) => squash(t.replace(/\|/g, " "));
    expect(words(documentToText(doc))).toBe(words(new TextDecoder().decode(bytes)));
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([..."Kế hoạch"].map((c) => c.charCodeAt(0))).buffer),
    ]);
    expect(documentToText(await readPlanFile(utf16, "x.txt"))).toBe("Kế hoạch");
  });

  it("decides by content, not by the name: a .docx named .txt is read as Word", async () => {
    const doc = await readPlanFile(corpusBytes(plans[0]!, "docx"), "ke-hoach.txt");
    expect(doc.source).toBe("docx");
  });

  it("reads a matrix given as .csv as one table", async () => {
    const csv = new TextEncoder().encode("Nhiệm vụ;Chủ trì;Phối hợp\n1.1 Tuyên truyền;Sở Tư pháp;Sở Nội vụ\n");
    const input = await readPlanInput(csv, "ma-tran.csv");
    expect(input.doc.blocks).toEqual([
      {
        kind: "table",
        rows: [
          ["Nhiệm vụ", "Chủ trì", "Phối hợp"],
          ["1.1 Tuyên truyền", "Sở Tư pháp", "Sở Nội vụ"],
        ],
      },
    ]);
    expect(input.workbook?.sheets.length).toBe(1);
  });
});

describe("readPlanFile refuses what it cannot read, with a message in both languages", () => {
  it("empty file", async () => {
    expect(await errorKey(new Uint8Array(), "a.docx")).toBe("planFile.empty");
  });
  it("legacy .doc (OLE2 with a WordDocument stream)", async () => {
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const name = new Uint8Array(new Uint16Array([..."WordDocument"].map((c) => c.charCodeAt(0))).buffer);
    ole.set(name, 1024);
    expect(await errorKey(ole, "ke-hoach.doc")).toBe("planFile.legacyDoc");
  });
  it("RTF, HTML and binary files", async () => {
    expect(await errorKey(new TextEncoder().encode("{\\rtf1\\ansi Kế hoạch}"), "a.rtf")).toBe("planFile.rtf");
    expect(await errorKey(new TextEncoder().encode("<!DOCTYPE html><html><body>x</body></html>"), "a.txt")).toBe(
      "planFile.html",
    );
    const binary = new Uint8Array(4096).map((_, i) => (i * 37) % 256);
    expect(await errorKey(binary, "a.bin")).toBe("planFile.binary");
  });
  it("a zip that is neither Word nor Excel", async () => {
    const JSZip = (await import("jszip")).default;
    const zip = new JSZip();
    zip.file("hello.txt", "x");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    expect(await errorKey(bytes, "a.docx")).toBe("planFile.unknownZip");
  });
  it("every refusal carries both languages", async () => {
    try {
      await readPlanFile(new Uint8Array(), "a.pdf");
    } catch (e) {
      expect(String((e as Error).message)).toContain("rỗng");
      expect(String((e as Error).message)).toContain("empty");
    }
    expect.assertions(2);
  });
});
