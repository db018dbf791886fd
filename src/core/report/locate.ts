/**
 * Finding the parts of the template in a returned workbook, wherever the agency moved them:
 * the report sheet (by its column labels, not its name or position), the table's header
 * row, each column, the header block above, beside or below the table, and the hidden
 * metadata sheet when it survived.
 */
import type { Sheet, WorkbookData } from "../grid";
import type { LocatedColumn, LocatedReport } from "./located";
import { readMeta, type TemplateMeta } from "./meta-sheet";
import { findHeaderRow, locateColumns, subHeaderColumns } from "./locate-table";
import { locateLines } from "./locate-lines";
import { locateHeader } from "./locate-header";

export function boundsOf(sheet: Sheet): { rows: number; cols: number } {
  let cols = 0;
  for (const r of sheet.rows) if (r.length > cols) cols = r.length;
  return { rows: sheet.rows.length, cols };
}

/** Finds the report in a workbook; null when no sheet has the template's table. */
export function locateReport(wb: WorkbookData, known?: TemplateMeta): LocatedReport | null {
  const meta = known ?? readMeta(wb);
  const found = findHeaderRow(wb);
  if (!found) return null;
  const cand = found.best;
  const sheet = wb.sheets[cand.sheetIndex]!;
  const bounds = boundsOf(sheet);
  const upper = sheet.rows[cand.row] ?? [];
  const lowerRow = cand.row + 1;
  const sub = subHeaderColumns(upper, sheet.rows[lowerRow] ?? []);
  // The two rows read as one, column by column, the lower label winning over its parent.
  const headerCells = sub
    ? Array.from({ length: Math.max(upper.length, sheet.rows[lowerRow]!.length) }, (_, c) =>
        sub.has(c) ? sheet.rows[lowerRow]![c]! : (upper[c] ?? null),
      )
    : upper;
  const cols = locateColumns(headerCells, sub ?? new Set(), lowerRow);
  const lastHeaderRow = sub ? lowerRow : cand.row;
  const { lines, skipped } = locateLines(sheet, lastHeaderRow, cols.columns);
  const colIdx = (Object.values(cols.columns) as LocatedColumn[]).map((c) => c.col);
  const area = {
    headerRow: cand.row,
    firstCol: Math.min(...colIdx),
    lastCol: Math.max(...colIdx, ...cols.extraColumns.map((e) => e.col)),
    lastLineRow: lines.length > 0 ? lines[lines.length - 1]!.row : cand.row,
  };
  const header = locateHeader(sheet, bounds, area);
  return {
    sheet,
    bounds,
    headerRow: cand.row,
    ...(sub ? { headerLastRow: lowerRow } : {}),
    ...cols,
    header,
    lines,
    ...(skipped.length > 0 ? { skippedRows: skipped } : {}),
    meta,
    otherReportSheets: found.rivals,
  };
}
