/**
 * Deleting and ordering whole sheets of the in-memory workbook, with the Office adapter's rules
 * (src/office/arrange-sheets.ts): the last visible sheet stays; a sheet is blank only when no
 * cell has a value or a format and it has no chart, table or image; an order must name every
 * sheet once.
 */
import type ExcelJS from "exceljs";
import type { DeleteOptions } from "../core/ports/workbook";
import { chartKey, type ChartStore } from "./charts";

type OrderedSheet = ExcelJS.Worksheet & { orderNo: number };

const fold = (s: string) => s.toLocaleLowerCase("vi");

function isBlank(ws: ExcelJS.Worksheet, charts: ChartStore): boolean {
  if (charts.has(chartKey(ws.name))) return false;
  if (ws.getImages().length > 0 || ws.getTables().length > 0) return false;
  let used = false;
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const v = cell.value;
      if ((v !== null && v !== undefined && v !== "") || Object.keys(cell.style ?? {}).length > 0) used = true;
    }),
  );
  return !used;
}

export function deleteSheetsOf(
  wb: ExcelJS.Workbook,
  charts: ChartStore,
  names: string[],
  options: DeleteOptions = {},
): string[] {
  const wanted = new Set(names.map(fold));
  let visible = wb.worksheets.filter((ws) => ws.state === "visible").length;
  const deleted: string[] = [];
  for (const ws of wb.worksheets.filter((w) => wanted.has(fold(w.name)))) {
    if (options.onlyIfBlank && !isBlank(ws, charts)) continue;
    if (ws.state === "visible") {
      if (visible <= 1) continue;
      visible--;
    }
    wb.removeWorksheet(ws.id);
    charts.delete(chartKey(ws.name));
    deleted.push(ws.name);
  }
  return deleted;
}

export function arrangeSheetsOf(wb: ExcelJS.Workbook, order: string[]): boolean {
  const sheets = wb.worksheets as OrderedSheet[];
  const byName = new Map(sheets.map((ws) => [fold(ws.name), ws]));
  const wanted = order.map(fold);
  if (wanted.length !== sheets.length || new Set(wanted).size !== wanted.length || wanted.some((n) => !byName.has(n)))
    throw new Error("arrangeSheets: the order must name every sheet of the workbook once");
  const moved = sheets.some((ws, i) => fold(ws.name) !== wanted[i]);
  // ExcelJS lists and saves its sheets by orderNo
  wanted.forEach((n, i) => (byName.get(n)!.orderNo = i + 1));
  return moved;
}
