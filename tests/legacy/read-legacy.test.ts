import { describe, expect, it } from "@jest/globals";
import * as XLSX from "@e965/xlsx";
import { readSubmissionFile } from "../../src/xlsx/read-workbook";
import { serialFromIso } from "../../src/core/dates";

/** A workbook written by SheetJS in `bookType`: two sheets, the second very hidden, a merged area. */
function workbook(bookType: "biff8" | "ods" | "xlsx" | "xlml"): Uint8Array {
  const ws = XLSX.utils.aoa_to_sheet([
    ["Mã nhiệm vụ", "Tình trạng", "Ngày hoàn thành", "Số", "Đúng"],
    ["1.1", "Đã hoàn thành", new Date(Date.UTC(2022, 1, 5)), 12.5, true],
    ["1.2", "Gộp ô", null, null, false],
  ]);
  // Dates as serials with a date format, as a spreadsheet application stores them.
  ws["C2"] = { t: "n", v: serialFromIso("2022-02-05"), z: "dd/mm/yyyy" };
  ws["!merges"] = [{ s: { r: 2, c: 1 }, e: { r: 2, c: 2 } }];
  ws["C3"] = { t: "s", v: "bị che" };
  const meta = XLSX.utils.aoa_to_sheet([
    ["agencyId", "SLDTBXH"],
    ["period", "2022"],
  ]);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, "Báo cáo");
  XLSX.utils.book_append_sheet(wb, meta, "_kehoach_meta");
  wb.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 2 }] };
  return new Uint8Array(XLSX.write(wb, { bookType, type: "array" }) as ArrayBuffer);
}

describe(".xls and .ods are read into the same grids as an .xlsx", () => {
  const expected = [
    ["Mã nhiệm vụ", "Tình trạng", "Ngày hoàn thành", "Số", "Đúng"],
    ["1.1", "Đã hoàn thành", { kind: "date", serial: serialFromIso("2022-02-05") }, 12.5, true],
    // The merged area B3:C3 keeps its top-left value only; the value under it is dropped.
    ["1.2", "Gộp ô", null, null, false],
  ];

  for (const [label, bookType, fileName] of [
    ["Excel 97–2003 .xls", "biff8", "bao-cao.xls"],
    ["OpenDocument .ods", "ods", "bao-cao.ods"],
    ["Excel 2003 XML named .xls", "xlml", "bao-cao-xml.xls"],
    ["the same workbook as .xlsx (direct reader)", "xlsx", "bao-cao.xlsx"],
  ] as const) {
    it(label, async () => {
      const wb = await readSubmissionFile(workbook(bookType), fileName);
      expect(wb.fileName).toBe(fileName);
      expect(wb.sheets.map((s) => s.name)).toEqual(["Báo cáo", "_kehoach_meta"]);
      // LibreOffice and Excel 2003 XML have no "very hidden": hidden is enough to keep it out of sight.
      // SheetJS writes no visibility into .ods (the LibreOffice test covers a hidden .ods sheet).
      if (bookType !== "ods") expect(wb.sheets[1]!.state).not.toBe("visible");
      expect(wb.sheets[0]!.rows.map((r) => r.slice(0, 5))).toEqual(expected.map((r) => [...r, null, null].slice(0, 5)));
      expect(wb.sheets[1]!.rows).toEqual([
        ["agencyId", "SLDTBXH"],
        ["period", "2022"],
      ]);
    });
  }

  it("loads SheetJS only for these formats (the .xlsx path does not import it)", async () => {
    const src = await import("node:fs").then((fs) => fs.readFileSync("src/xlsx/read-workbook.ts", "utf8"));
    expect(src).not.toMatch(/^import .*@e965\/xlsx/m);
    expect(src).toMatch(/await import\([^)]*"\.\.\/legacy\/read-legacy"\)/);
  });
});
