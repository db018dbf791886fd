import type ExcelJS from "exceljs";
import type { OutSheet } from "../core/sheet-model";
import { parseAddress } from "../core/grid";

/**
 * The parts of a sheet spec that make it a correctable table: an Excel table (ListObject) over
 * the header row and the rows below, and dropdown lists on the agency columns. Called after the
 * cells are written; the table takes the values already in place.
 */
export function addTableAndValidations(ws: ExcelJS.Worksheet, sheet: OutSheet): void {
  if (sheet.table) addTable(ws, sheet.table);
  for (const v of sheet.validations ?? []) {
    // One rule for the whole range (ExcelJS writes it as one <dataValidation sqref="…">).
    (
      ws as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }
    ).dataValidations.add(v.range, {
      type: "list",
      allowBlank: true,
      formulae: [v.list],
      showErrorMessage: v.strict,
      errorStyle: v.strict ? "stop" : "information",
    });
  }
}

function addTable(ws: ExcelJS.Worksheet, table: { name: string; range: string }): void {
  const [from, to] = table.range.split(":");
  const a = parseAddress(from ?? "");
  const b = parseAddress(to ?? "");
  if (!a || !b) throw new Error(`write-table: bad table range ${table.range}`);
  const header = ws.getRow(a.row + 1);
  const columns: ExcelJS.TableColumnProperties[] = [];
  for (let c = a.col; c <= b.col; c++) {
    const name = String(header.getCell(c + 1).value ?? "").trim() || `Cột ${c - a.col + 1}`;
    columns.push({ name, filterButton: true });
  }
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = a.row + 1; r <= b.row; r++) {
    const row = ws.getRow(r + 1);
    const values: ExcelJS.CellValue[] = [];
    for (let c = a.col; c <= b.col; c++) values.push(row.getCell(c + 1).value ?? null);
    rows.push(values);
  }
  ws.addTable({
    name: table.name,
    ref: from!,
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns,
    rows,
  });
}
