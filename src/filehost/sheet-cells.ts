/**
 * Reading an in-memory ExcelJS worksheet the way the Office adapter reads Excel's used range:
 * rows padded so that rows[0][0] is A1, the used rectangle filled with nulls, dates as serials,
 * errors as error cells, a merged area's value in its top-left cell only, formulas as their
 * cached result. The same cell conversion as the submission reader (src/xlsx/read-workbook).
 */
import type ExcelJS from "exceljs";
import { parseAddress, type Cell, type Sheet } from "../core/grid";
import { toCell } from "../xlsx/read-exceljs";
import type { SheetInfo } from "../core/ports/workbook";

export function visibilityOf(ws: ExcelJS.Worksheet): SheetInfo["visibility"] {
  return ws.state === "hidden" || ws.state === "veryHidden" ? ws.state : "visible";
}

export function readWorksheet(ws: ExcelJS.Worksheet): Sheet {
  const found: { row: number; col: number; value: Cell }[] = [];
  let minRow = Infinity;
  let minCol = Infinity;
  let maxRow = -1;
  let maxCol = -1;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const value = toCell(cell.value);
      if (value === null) return;
      const r = rowNumber - 1;
      const c = colNumber - 1;
      found.push({ row: r, col: c, value });
      minRow = Math.min(minRow, r);
      minCol = Math.min(minCol, c);
      maxRow = Math.max(maxRow, r);
      maxCol = Math.max(maxCol, c);
    });
  });
  const rows: Cell[][] = [];
  if (maxRow >= 0) {
    for (let r = 0; r < minRow; r++) rows.push([]);
    for (let r = minRow; r <= maxRow; r++) rows.push(new Array<Cell>(maxCol + 1).fill(null));
    for (const f of found) rows[f.row]![f.col] = f.value;
  }
  return { name: ws.name, rows, state: visibilityOf(ws) };
}

/** Every cell of an A1 address or range ("C4", "B2:D5"); null for an address that is neither. */
export function cellsOf(address: string): { row: number; col: number }[] | null {
  const [a, b] = address.replace(/\$/g, "").split(":");
  const from = parseAddress(a ?? "");
  const to = b === undefined ? from : parseAddress(b);
  if (!from || !to) return null;
  const out: { row: number; col: number }[] = [];
  for (let r = Math.min(from.row, to.row); r <= Math.max(from.row, to.row); r++)
    for (let c = Math.min(from.col, to.col); c <= Math.max(from.col, to.col); c++) out.push({ row: r, col: c });
  return out;
}
