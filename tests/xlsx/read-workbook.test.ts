import { describe, expect, it } from "@jest/globals";
import ExcelJS from "exceljs";
import { readSubmissionFile } from "../../src/xlsx/read-workbook";
import { readXlsx, toCell } from "../../src/xlsx/read-exceljs";
import { toBytes } from "../../src/xlsx/template-writer";
import { META_SHEET, REPORT_LAYOUT, REPORT_SHEET } from "../../src/core/template/layout";
import { isDateCell, parseAddress, type Cell, type WorkbookData } from "../../src/core/grid";
import { serialFromIso } from "../../src/core/dates";
import { tableCellAddress, headerValueAddress } from "../../src/xlsx/template-writer";
import { editWorkbook, makeTemplate } from "../helpers/template-files";

function at(wb: WorkbookData, sheet: string, a1: string): Cell {
  const s = wb.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  const { row, col } = parseAddress(a1)!;
  return s.rows[row]?.[col] ?? null;
}

async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return toBytes(await wb.xlsx.writeBuffer());
}

// Top-level await: jest's describe callbacks must be synchronous.
const { bytes, content } = await makeTemplate();
const data = await readSubmissionFile(bytes, "mau.xlsx");

describe("readXlsx on the project's own template", () => {
  it("keeps every sheet, in order, with its visibility", () => {
    expect(data.sheets.map((s) => [s.name, s.state])).toEqual([
      [REPORT_SHEET, "visible"],
      ["Hướng dẫn", "visible"],
      ["Danh mục", "visible"],
      [META_SHEET, "veryHidden"],
    ]);
    expect(data.fileName).toBe("mau.xlsx");
  });

  it("reads prefilled cells at the addresses the writer used; merged title only in its master", () => {
    expect(at(data, REPORT_SHEET, tableCellAddress(0, "taskCode"))).toBe(content.rows[0]!.taskCode);
    expect(at(data, REPORT_SHEET, tableCellAddress(0, "no"))).toBe(1);
    expect(at(data, REPORT_SHEET, headerValueAddress("plan"))).toBe("4587/KH-UBND");
    expect(String(at(data, REPORT_SHEET, "A1"))).toContain("4587/KH-UBND");
    expect(at(data, REPORT_SHEET, "B1")).toBeNull();
    // Empty styled cells are not values.
    expect(at(data, REPORT_SHEET, tableCellAddress(0, "status"))).toBeNull();
    const report = data.sheets[0]!;
    expect(report.rows.length).toBe(REPORT_LAYOUT.tableHeaderRow + 1 + content.rows.length);
  });
});

describe("readXlsx cell values", () => {
  it("turns a filled-in template's dates into serials and keeps text", async () => {
    const { bytes } = await makeTemplate();
    const filled = await editWorkbook(bytes, (wb) => {
      const ws = wb.getWorksheet(REPORT_SHEET)!;
      ws.getCell(headerValueAddress("reportDate")).value = new Date(Date.UTC(2022, 10, 10));
      ws.getCell(tableCellAddress(0, "status")).value = "Đã hoàn thành";
      ws.getCell(tableCellAddress(0, "completedOn")).value = new Date(Date.UTC(2022, 1, 9));
      ws.getCell(tableCellAddress(1, "completedOn")).value = "31/02/2022";
    });
    const data = await readXlsx(filled, "filled.xlsx");
    expect(at(data, REPORT_SHEET, headerValueAddress("reportDate"))).toEqual({
      kind: "date",
      serial: serialFromIso("2022-11-10"),
    });
    expect(at(data, REPORT_SHEET, tableCellAddress(0, "completedOn"))).toEqual({
      kind: "date",
      serial: serialFromIso("2022-02-09"),
    });
    expect(at(data, REPORT_SHEET, tableCellAddress(1, "completedOn"))).toBe("31/02/2022");
    expect(at(data, REPORT_SHEET, tableCellAddress(0, "status"))).toBe("Đã hoàn thành");
  });

  it("gives formulas' cached results, error values, rich text, hyperlink text, booleans", async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = { formula: "1+1", result: 2 };
      ws.getCell("A2").value = { formula: "A9", result: { error: "#REF!" } };
      ws.getCell("A3").value = { error: "#N/A" };
      ws.getCell("A4").value = { richText: [{ text: "Sở " }, { font: { bold: true }, text: "Tài chính" }] };
      ws.getCell("A5").value = { text: "stc@kontum.gov.vn", hyperlink: "mailto:stc@kontum.gov.vn" };
      ws.getCell("A6").value = true;
      ws.getCell("A7").value = { formula: 'TEXT(1,"0")', result: "1" };
      ws.getCell("A8").value = { formula: "DATE(2022,11,15)", result: new Date(Date.UTC(2022, 10, 15)) };
      ws.getCell("C3").value = "=SUM(A1:A2)"; // text that looks like a formula stays text
    });
    const data = await readXlsx(bytes, "values.xlsx");
    expect(at(data, "S", "A1")).toBe(2);
    expect(at(data, "S", "A2")).toEqual({ kind: "error", code: "#REF!" });
    expect(at(data, "S", "A3")).toEqual({ kind: "error", code: "#N/A" });
    expect(at(data, "S", "A4")).toBe("Sở Tài chính");
    expect(at(data, "S", "A5")).toBe("stc@kontum.gov.vn");
    expect(at(data, "S", "A6")).toBe(true);
    expect(at(data, "S", "A7")).toBe("1");
    const d = at(data, "S", "A8");
    expect(isDateCell(d) && d.serial).toBe(serialFromIso("2022-11-15"));
    expect(at(data, "S", "C3")).toBe("=SUM(A1:A2)");
    expect(data.sheets[0]!.rows[2]).toEqual([{ kind: "error", code: "#N/A" }, null, "=SUM(A1:A2)"]);
  });

  it("keeps hidden sheets marked and merged values in the master cell only", async () => {
    const bytes = await workbookBytes((wb) => {
      const a = wb.addWorksheet("Visible");
      a.getCell("B2").value = "gộp";
      a.mergeCells("B2:D3");
      wb.addWorksheet("Hidden", { state: "hidden" }).getCell("A1").value = 1;
    });
    const data = await readXlsx(bytes, "m.xlsx");
    expect(data.sheets.map((s) => s.state)).toEqual(["visible", "hidden"]);
    expect(at(data, "Visible", "B2")).toBe("gộp");
    for (const a1 of ["C2", "D2", "B3", "D3"]) expect(at(data, "Visible", a1)).toBeNull();
  });

  it("gives 1900-system serials for a workbook in the 1904 date system", async () => {
    const bytes = await workbookBytes((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = new Date(Date.UTC(2022, 10, 15));
      ws.getCell("A1").numFmt = "dd/mm/yyyy";
    });
    const data = await readXlsx(bytes, "mac.xlsx");
    expect(at(data, "S", "A1")).toEqual({ kind: "date", serial: serialFromIso("2022-11-15") });
  });

  it("refuses a sheet whose used area passes the cell limit", async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet("Big");
      ws.getCell("A1").value = 1;
      ws.getCell("Z2000").value = 1;
    });
    await expect(readXlsx(bytes, "big.xlsx", { maxCellsPerSheet: 10_000 })).rejects.toMatchObject({
      key: "files.tooManyCells",
    });
    await expect(readXlsx(bytes, "big.xlsx")).resolves.toBeTruthy();
  });

  it("toCell never returns undefined or an object it does not know", () => {
    for (const v of [
      undefined,
      {},
      { foo: 1 },
      Number.NaN,
      new Date(Number.NaN),
      { formula: "A1" },
      { richText: [{}] },
    ]) {
      expect(toCell(v)).toBeNull();
    }
  });
});
