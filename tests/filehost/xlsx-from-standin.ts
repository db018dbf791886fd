/**
 * The workbook the add-in filled in Excel (the stand-in), saved as an .xlsx the way Excel would
 * hold it: values, number formats (dates as serials with a date format, so they come back as
 * dates), sheet visibility. Charts are not carried: the stand-in keeps no chart parts.
 */
import ExcelJS from "exceljs";
import type { ExcelStandin } from "../office-standin/excel-standin";
import { isDateFormat } from "../../src/office/read-sheets";

const STATE = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" } as const;
const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;

export async function xlsxFromStandin(excel: ExcelStandin): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of excel.sheets) {
    const ws = wb.addWorksheet(s.name, { state: STATE[s.visibility] });
    for (const [key, c] of s.cells) {
      if (c.value === "") continue;
      const [r, col] = key.split(",").map(Number) as [number, number];
      const cell = ws.getCell(r + 1, col + 1);
      const date = typeof c.value === "number" && isDateFormat(c.numberFormat);
      cell.value = date ? new Date(((c.value as number) - UNIX_EPOCH_SERIAL) * MS_PER_DAY) : c.value;
      if (c.numberFormat !== "General") cell.numFmt = c.numberFormat;
    }
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
