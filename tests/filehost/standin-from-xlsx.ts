/**
 * An .xlsx opened "in Excel" for the tests: its sheets, visibility, values and number formats
 * put into a fresh Excel stand-in, so the Office adapter reads what Excel would read from the
 * file (strings as text, dates as serials with a date format, very hidden sheets very hidden).
 */
import ExcelJS from "exceljs";
import { installStandin } from "../office-standin/install";
import type { ExcelStandin } from "../office-standin/excel-standin";
import { toCell } from "../../src/xlsx/read-exceljs";
import { isDateCell } from "../../src/core/grid";

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

export async function standinFromXlsx(bytes: Uint8Array): Promise<ExcelStandin> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer);
  const excel = installStandin([]);
  for (const ws of wb.worksheets) {
    const sheet = excel.addSheet(ws.name);
    sheet.visibility = VISIBILITY[ws.state as keyof typeof VISIBILITY] ?? "Visible";
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const v = toCell(cell.value);
        if (v === null || (typeof v === "object" && !isDateCell(v))) return;
        const target = sheet.cellForWrite(r - 1, c - 1);
        if (typeof v === "object") {
          target.value = v.serial;
          target.numberFormat = "dd/mm/yyyy";
        } else {
          target.value = v;
          target.numberFormat = typeof v === "string" ? "@" : cell.numFmt || "General";
        }
      }),
    );
  }
  excel.activeSheet = excel.sheets.find((s) => s.visibility === "Visible")?.name ?? null;
  return excel;
}
