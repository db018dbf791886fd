import { describe, it, expect } from "@jest/globals";
import { buildSummary } from "../../../src/core/consolidate/build";
import type { OutSheet, OutValue } from "../../../src/core/sheet-model";
import { checked, input, issue, submission } from "../../helpers/consolidate-builders";

function sheet(sheets: OutSheet[], name: string): OutSheet {
  const s = sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** Column index of a key (OutSheet.columns[].key): no consumer looks for a header text. */
function col(s: OutSheet, key: string): number {
  const i = s.columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`no column ${key} in ${s.name}`);
  return i;
}

function cellsOfFile(s: OutSheet, fileCol: number, file: string): OutValue[][] {
  return s.rows
    .map((r) => r.cells)
    .filter((c) => {
      const v = c[fileCol];
      return v === file || (typeof v === "object" && v !== null && "text" in v && v.text === file);
    });
}

describe("buildSummary with copies the workbook already holds (the pane's import sheets)", () => {
  const sub = submission("SKHDT", "skhdt.xlsx");
  const files = [
    checked(sub, [
      issue("skhdt.xlsx", "SKHDT", "F14"),
      issue("skhdt.xlsx", "SKHDT", "B2", { sheet: "Trang khác" }),
      issue("skhdt.xlsx", "SKHDT", null),
    ]),
  ];
  const copies = new Map([["skhdt.xlsx", { sheet: "NB01 Sở KH'ĐT", of: "Báo cáo" }]]);
  const sheets = buildSummary(input(files), { copies });

  it("links a finding's cell to the same cell of the copy, only when it is on the copied sheet", () => {
    const s = sheet(sheets, "Kết quả kiểm tra");
    const cells = cellsOfFile(s, col(s, "file"), "skhdt.xlsx").map((c) => c[col(s, "cell")]);
    expect(cells).toContainEqual({ link: "#'NB01 Sở KH''ĐT'!F14", text: "F14" });
    expect(cells).toContain("B2");
    expect(cells).toContain("");
  });

  it("links the submitted file to the top of its copy", () => {
    const s = sheet(sheets, "Tình hình nộp báo cáo");
    const [row] = cellsOfFile(s, col(s, "file"), "skhdt.xlsx");
    expect(row![col(s, "file")]).toEqual({ link: "#'NB01 Sở KH''ĐT'!A1", text: "skhdt.xlsx" });
  });

  it("makes no link without a copy", () => {
    const plain = buildSummary(input(files));
    const s = sheet(plain, "Kết quả kiểm tra");
    const links = s.rows.flatMap((r) => r.cells).filter((v) => typeof v === "object" && v !== null && "link" in v);
    expect(links).toEqual([]);
  });
});

describe("the summary's column specs", () => {
  const sheets = buildSummary(input([checked(submission("SKHDT", "a.xlsx"))]));

  it("key every column of the tables, and merge the title across exactly those columns", () => {
    for (const name of ["Tổng hợp theo nhiệm vụ", "Tình hình nộp báo cáo", "Kết quả kiểm tra", "Nhắc nhở", "Nhật ký"]) {
      const s = sheet(sheets, name);
      expect(s.columns.every((c) => typeof c.key === "string" && c.key !== "")).toBe(true);
      expect(new Set(s.columns.map((c) => c.key)).size).toBe(s.columns.length);
      const last = String.fromCharCode(64 + s.columns.length);
      expect(s.merges).toEqual([`A1:${last}1`, `A2:${last}2`]);
      // The header row has one label per column.
      expect(s.rows[3]!.cells).toHaveLength(s.columns.length);
    }
  });

  it("puts the autofilter over the header and every row below it", () => {
    const s = sheet(sheets, "Tình hình nộp báo cáo");
    expect(s.autoFilter).toBe(`A4:K${s.rows.length}`);
  });
});
