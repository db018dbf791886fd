/**
 * Workbooks for comparing the direct reader with the ExcelJS reader: every kind of cell value
 * the ExcelJS reader distinguishes, and a comparison that names the file and sheet that differ.
 */
import { expect } from "@jest/globals";
import ExcelJS from "exceljs";
import { readSubmissionFile } from "../../../src/xlsx/read-workbook";
import { readXlsx } from "../../../src/xlsx/read-exceljs";
import { toBytes } from "../../../src/xlsx/convert";
import { editWorkbook, makeTemplate, HDAKHA, STC } from "../../helpers/template-files";
import { REPORT_SHEET } from "../../../src/core/template/layout";
import { headerValueAddress, tableCellAddress } from "../../../src/xlsx/template-writer";
async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return toBytes(await wb.xlsx.writeBuffer());
}

/** Workbooks with every kind of cell the ExcelJS reader distinguishes. */
export async function tricky(): Promise<[string, Uint8Array][]> {
  const { bytes } = await makeTemplate();
  const filled = await editWorkbook(bytes, (wb) => {
    const ws = wb.getWorksheet(REPORT_SHEET)!;
    ws.getCell(headerValueAddress("reportDate")).value = new Date(Date.UTC(2022, 10, 10, 13, 45));
    ws.getCell(tableCellAddress(0, "status")).value = "Đã hoàn thành";
    ws.getCell(tableCellAddress(0, "completedOn")).value = new Date(Date.UTC(2022, 1, 9));
    ws.getCell(tableCellAddress(1, "completedOn")).value = "31/02/2022";
    ws.getCell(tableCellAddress(1, "result")).value = {
      richText: [{ text: "Kết quả " }, { text: "tốt", font: { bold: true } }],
    };
  });
  const values = await workbookBytes((wb) => {
    const ws = wb.addWorksheet("Giá trị");
    ws.getCell("A1").value = { formula: "1+1", result: 2 };
    ws.getCell("A2").value = { formula: "A9", result: { error: "#REF!" } };
    ws.getCell("A3").value = { error: "#N/A" };
    ws.getCell("A4").value = { richText: [{ text: "Sở " }, { font: { bold: true }, text: "Tài chính" }] };
    ws.getCell("A5").value = { text: "stc@kontum.gov.vn", hyperlink: "mailto:stc@kontum.gov.vn" };
    ws.getCell("A6").value = true;
    ws.getCell("A7").value = { formula: 'TEXT(1,"0")', result: "1" };
    ws.getCell("A8").value = { formula: "DATE(2022,11,15)", result: new Date(Date.UTC(2022, 10, 15)) };
    ws.getCell("B1").value = 1234.5;
    ws.getCell("B1").numFmt = '#,##0.0 "đồng"';
    ws.getCell("B2").value = 44880.75;
    ws.getCell("B2").numFmt = "[$-42A]dd/mm/yyyy hh:mm";
    ws.getCell("B3").value = "  khoảng trắng  \n dòng 2 <&> \"'";
    ws.getCell("B4").value = "";
    ws.getCell("C3").value = "=SUM(A1:A2)";
    ws.getCell("D10").value = "gộp";
    ws.mergeCells("D10:F12");
    ws.getCell("E11").value = "dưới vùng gộp";
    ws.getCell("H1").value = { sharedFormula: "A1", result: 7 } as unknown as ExcelJS.CellValue;
    wb.addWorksheet("Ẩn", { state: "hidden" }).getCell("A1").value = 1;
    wb.addWorksheet("Rất ẩn", { state: "veryHidden" }).getCell("C2").value = "x";
    wb.addWorksheet("Trống");
  });
  const mac = await workbookBytes((wb) => {
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = new Date(Date.UTC(2022, 10, 15));
    ws.getCell("A1").numFmt = "dd/mm/yyyy";
  });
  const out: [string, Uint8Array][] = [
    ["filled", filled],
    ["values", values],
    ["1904", mac],
  ];
  for (const a of [STC, HDAKHA]) out.push([`template ${a.id}`, (await makeTemplate(a, "2022")).bytes]);
  return out;
}

/** Reads each workbook with both readers, expects the same sheets and cells; returns the number of values compared. */
export async function compareReaders(corpus: readonly [string, Uint8Array][]): Promise<number> {
  let cells = 0;
  for (const [name, bytes] of corpus) {
    const viaExcelJs = await readXlsx(bytes, name);
    const direct = await readSubmissionFile(bytes, name);
    expect(direct.sheets.map((s) => [s.name, s.state])).toEqual(viaExcelJs.sheets.map((s) => [s.name, s.state]));
    for (let i = 0; i < direct.sheets.length; i++) {
      const sheet = direct.sheets[i]!.name;
      expect({ name, sheet, rows: direct.sheets[i]!.rows }).toEqual({ name, sheet, rows: viaExcelJs.sheets[i]!.rows });
      for (const r of direct.sheets[i]!.rows) cells += r.filter((c) => c !== null).length;
    }
  }
  return cells;
}
