import { describe, it, expect } from "@jest/globals";
import { textToDocument, rowsFromCells } from "../../../src/core/plan/text-document";
import type { PlanTable } from "../../../src/core/plan/document";

/** A table in the web copies' layout: each cell's indented lines, then a line that is just " |". */
function webTable(cells: string[]): string {
  return cells
    .map(
      (c) =>
        (c
          ? c
              .split("\n")
              .map((l) => `  ${l}\n`)
              .join("") + "\n"
          : "") + "   |\n\n",
    )
    .join("");
}

const tables = (text: string) => textToDocument(text).blocks.filter((b): b is PlanTable => b.kind === "table");

describe("text → document", () => {
  it("rebuilds the rows of a one-cell-per-block table from the header's width", () => {
    const text =
      "II. NỘI DUNG\n\n" +
      webTable([
        "STT",
        "Nhiệm vụ",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời hạn",
        "1",
        "Lập danh sách\nhộ nghèo",
        "Sở Nội vụ",
        "",
        "Quý I/2024",
        "2",
        "Rà soát",
        "Sở Xây dựng",
        "Sở Tài chính",
        "Năm 2024",
      ]) +
      "III. TỔ CHỨC THỰC HIỆN\n";
    const [t] = tables(text);
    expect(t!.rows).toEqual([
      ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn"],
      ["1", "Lập danh sách\nhộ nghèo", "Sở Nội vụ", "", "Quý I/2024"],
      ["2", "Rà soát", "Sở Xây dựng", "Sở Tài chính", "Năm 2024"],
    ]);
    const paragraphs = textToDocument(text).blocks.filter((b) => b.kind === "paragraph");
    expect(paragraphs.map((p) => (p.kind === "paragraph" ? p.text : ""))).toEqual([
      "II. NỘI DUNG",
      "III. TỔ CHỨC THỰC HIỆN",
    ]);
  });

  it("a group row spanning the table ends where the next numbered row starts", () => {
    const rows = rowsFromCells([
      "TT",
      "Nội dung",
      "Đơn vị chủ trì",
      "Thời gian",
      "A.",
      "Nhóm một",
      "1.",
      "Việc",
      "Sở Y tế",
      "2024",
    ]);
    expect(rows).toEqual([
      ["TT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
      ["A.", "Nhóm một"],
      ["1.", "Việc", "Sở Y tế", "2024"],
    ]);
  });

  it("cells without a header (letterhead, signature) stay one cell per row", () => {
    expect(rowsFromCells(["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])).toEqual([
      ["ỦY BAN NHÂN DÂN"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ]);
  });

  it("tab-separated rows are a table; a cell broken onto the next line joins its row", () => {
    const text =
      "STT\tNội dung\tCơ quan chủ trì\tThời gian\n1\tĐo đạc\tSở Xây dựng\t2025\n2\tCấp giấy\tSở Tư pháp\t2026\n\n";
    expect(tables(text)[0]!.rows).toEqual([
      ["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian"],
      ["1", "Đo đạc", "Sở Xây dựng", "2025"],
      ["2", "Cấp giấy", "Sở Tư pháp", "2026"],
    ]);
  });
});

describe("text pasted without blank lines", () => {
  it("a line that opens an item starts a paragraph; an agency heading alone on its line is one", () => {
    const doc = textToDocument(
      "III. TỔ CHỨC THỰC HIỆN\n1. Sở Tài chính\nBố trí kinh phí theo quy định.\n2. Sở Nội vụ chủ trì, phối hợp với\ncác sở, ngành rà soát biên chế.\n- Báo cáo kết quả.\n",
    );
    expect(doc.blocks.map((b) => (b.kind === "paragraph" ? b.text : ""))).toEqual([
      "III. TỔ CHỨC THỰC HIỆN",
      "1. Sở Tài chính",
      "Bố trí kinh phí theo quy định.",
      "2. Sở Nội vụ chủ trì, phối hợp với\ncác sở, ngành rà soát biên chế.",
      "- Báo cáo kết quả.",
    ]);
  });
});
