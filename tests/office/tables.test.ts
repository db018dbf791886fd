/**
 * Excel tables through the Office adapter, on the stand-in: the sheet's table is made over its
 * range under its name, a rewrite replaces it without a name clash (the old sheet still holds
 * the name until the swap) in no more requests than a sheet without a table, and a user's table
 * of the same name elsewhere keeps it while ours is named as Excel names a copy.
 */
import { describe, expect, it } from "@jest/globals";
import { installStandin } from "../office-standin/install";
import { createExcelPort } from "../../src/office/excel-port";
import type { OutSheet } from "../../src/core/sheet-model";

function detail(rows: number, name = "Chi tiết"): OutSheet {
  return {
    name,
    columns: [{ width: 8 }, { width: 30 }, { width: 14 }],
    rows: [
      { cells: ["CHI TIẾT"], style: "title" },
      { cells: ["Mã NV", "Đơn vị", "Đánh giá"], style: "header" },
      ...Array.from({ length: rows }, (_, i) => ({
        cells: ["1.1", `Đơn vị ${i + 1}`, i % 2 ? "=1+1" : "Đang thực hiện"],
        style: "wrap" as const,
      })),
    ],
    merges: ["A1:C1"],
    freeze: { rows: 2, cols: 0 },
    table: { name: "ChiTietTheoDonVi", range: `A2:C${2 + rows}` },
  };
}

describe("tables through the Office adapter", () => {
  it("makes the sheet's table over its range, under its name and style; text stays text", async () => {
    const excel = installStandin(["Sheet1"]);
    await createExcelPort().writeSheets([detail(3)]);
    const s = excel.findSheet("Chi tiết")!;
    expect(s.tables).toEqual([
      { name: "ChiTietTheoDonVi", range: "A2:C5", style: "TableStyleMedium2", hasHeaders: true },
    ]);
    expect(s.cell(3, 2)!.value).toBe("=1+1");
    expect(s.cell(3, 2)!.formula).toBeUndefined();
  });

  it("replaces the table when the sheet is written again, with one table of that name in the workbook", async () => {
    const excel = installStandin(["Sheet1"]);
    const port = createExcelPort();
    await port.writeSheets([detail(3)]);
    excel.resetCounters();
    await port.writeSheets([detail(7)]);
    const withTable = excel.syncCount;
    excel.resetCounters();
    await port.writeSheets([{ ...detail(7, "Khác"), table: undefined }]);
    expect(withTable).toBe(excel.syncCount);
    const tables = excel.sheets.flatMap((s) => s.tables.map((t) => ({ sheet: s.name, ...t })));
    expect(tables.map((t) => [t.sheet, t.name, t.range])).toEqual([["Chi tiết", "ChiTietTheoDonVi", "A2:C9"]]);
  });

  it("leaves a user's table of the same name alone: ours is named as Excel names a copy", async () => {
    const excel = installStandin(["Sheet1"]);
    const port = createExcelPort();
    await port.writeSheets([detail(2, "Của tôi")]); // stands for the user's own table named the same
    await port.writeSheets([detail(2)]);
    const ours = excel.findSheet("Chi tiết")!.tables;
    expect(ours).toHaveLength(1);
    expect(ours[0]!.name).toBe("ChiTietTheoDonVi_2");
    expect(excel.findSheet("Của tôi")!.tables[0]!.name).toBe("ChiTietTheoDonVi");
  });

  it("refuses, as Excel does, a table over merged cells or the sheet's autofilter", async () => {
    const excel = installStandin(["Sheet1"]);
    await expect(createExcelPort().writeSheets([{ ...detail(2), merges: ["A3:B3"] }])).rejects.toThrow(/overlap/);
    await expect(createExcelPort().writeSheets([{ ...detail(2), autoFilter: "A2:C4" }])).rejects.toThrow(/overlap/);
    // a failed write leaves the workbook as it was
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });
});
