/**
 * Deleting and ordering whole sheets of the in-memory workbook, with the Office adapter's rules
 * (src/office/arrange-sheets.ts): the last visible sheet stays; a sheet is blank only when no
 * cell has a value or a format and it has no chart, table or image; an order must name every
 * sheet once.
 */
import type ExcelJS from "exceljs";
import { assertNamesEverySheetOnce, sparingLastVisible, type DeleteOptions } from "../core/ports/workbook";
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
  const doomed = wb.worksheets.filter(
    (ws) => wanted.has(fold(ws.name)) && (!options.onlyIfBlank || isBlank(ws, charts)),
  );
  const isVisible = (ws: ExcelJS.Worksheet) => ws.state === "visible";
  const deleted = sparingLastVisible(doomed, wb.worksheets.filter(isVisible).length, isVisible);
  for (const ws of deleted) {
    wb.removeWorksheet(ws.id);
    charts.delete(chartKey(ws.name));
  }
  return deleted.map((ws) => ws.name);
}

export function arrangeSheetsOf(wb: ExcelJS.Workbook, order: string[]): boolean {
  const sheets = wb.worksheets as OrderedSheet[];
  const byName = new Map(sheets.map((ws) => [fold(ws.name), ws]));
  const wanted = order.map(fold);
  assertNamesEverySheetOnce(
    sheets.map((ws) => fold(ws.name)),
    wanted,
  );
  const moved = sheets.some((ws, i) => fold(ws.name) !== wanted[i]);
  // ExcelJS lists and saves its sheets by orderNo
  wanted.forEach((n, i) => (byName.get(n)!.orderNo = i + 1));
  return moved;
}
