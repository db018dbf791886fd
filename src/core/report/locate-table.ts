/**
 * The report table: the best header row of the workbook (by exact column labels), a second
 * header row under merged parents, and which column holds what.
 */
import type { Cell, Sheet, WorkbookData } from "../grid";
import { foldKey } from "../text";
import { REPORT_SHEET, type ColumnKey } from "../template/layout";
import { matchColumnLabel, matchColumnLabelExact } from "./labels";
import { MAX_LABEL_LENGTH, type LocatedColumn, type LocatedReport } from "./located";
import { isMetaSheet } from "./meta-sheet";
import { cellText, isBlank } from "./values";

/** How far down to look for the table header: agencies add title rows, not hundreds. */
const MAX_HEADER_SCAN_ROWS = 200;

const REPORT_KEY = foldKey(REPORT_SHEET);

export interface HeaderRowCandidate {
  sheetIndex: number;
  row: number;
  exactKeys: number;
}

/** Distinct column keys a row's cells name exactly; fuzzy matching waits for the winner. */
export function exactScore(row: Cell[]): number {
  const keys = new Set<ColumnKey>();
  for (const c of row) {
    if (typeof c !== "string" || c.length > MAX_LABEL_LENGTH) continue;
    const key = matchColumnLabelExact(c);
    if (key) keys.add(key);
  }
  return keys.size;
}

/**
 * The best table header row of the workbook, and the other sheets that hold one just as good
 * (an agency that copied the sheet, or kept last year's next to this year's).
 */
export function findHeaderRow(wb: WorkbookData): { best: HeaderRowCandidate; rivals: string[] } | null {
  const perSheet: HeaderRowCandidate[] = [];
  wb.sheets.forEach((sheet, sheetIndex) => {
    if (isMetaSheet(sheet)) return;
    let top: HeaderRowCandidate | null = null;
    const limit = Math.min(sheet.rows.length, MAX_HEADER_SCAN_ROWS);
    for (let r = 0; r < limit; r++) {
      const score = exactScore(sheet.rows[r] ?? []);
      if (score >= 3 && (!top || score > top.exactKeys)) top = { sheetIndex, row: r, exactKeys: score };
    }
    if (top) perSheet.push(top);
  });
  if (perSheet.length === 0) return null;
  // Most labels first; on a tie the visible sheet, then the one still named "Báo cáo", then the first.
  const ranked = [...perSheet].sort(
    (a, b) =>
      b.exactKeys - a.exactKeys ||
      sheetRank(wb.sheets[a.sheetIndex]!, REPORT_KEY) - sheetRank(wb.sheets[b.sheetIndex]!, REPORT_KEY) ||
      a.sheetIndex - b.sheetIndex,
  );
  const best = ranked[0]!;
  const rivals = ranked
    .slice(1)
    .filter((c) => c.exactKeys === best.exactKeys && wb.sheets[c.sheetIndex]!.state !== "veryHidden");
  return { best, rivals: rivals.map((c) => wb.sheets[c.sheetIndex]!.name) };
}

function sheetRank(s: Sheet, preferred: string): number {
  const hidden = s.state && s.state !== "visible" ? 2 : 0;
  return hidden + (foldKey(s.name) === preferred ? 0 : 1);
}

export function locateColumns(
  row: Cell[],
  lowerCols: ReadonlySet<number> = new Set(),
  lowerRow = -1,
): Pick<LocatedReport, "columns" | "extraColumns" | "duplicateColumns"> {
  const columns: Partial<Record<ColumnKey, LocatedColumn>> = {};
  const extraColumns: { col: number; label: string }[] = [];
  const duplicateColumns: { col: number; label: string; key: ColumnKey }[] = [];
  row.forEach((c, col) => {
    const label = cellText(c);
    if (label === "") return;
    const m = label.length <= MAX_LABEL_LENGTH ? matchColumnLabel(label) : null;
    if (!m) {
      extraColumns.push({ col, label });
      return;
    }
    if (columns[m.key]) {
      duplicateColumns.push({ col, label, key: m.key });
      return;
    }
    columns[m.key] = { key: m.key, col, label, fuzzy: m.fuzzy, ...(lowerCols.has(col) ? { row: lowerRow } : {}) };
  });
  return { columns, extraColumns, duplicateColumns };
}

/**
 * A two-row header: a parent label merged over sub-columns ("Kết quả thực hiện" above
 * "Tình trạng | Ngày hoàn thành | Kết quả"), the other labels merged down over both rows.
 * Only the first cell of a merge holds its text, so the upper row has the parent and blanks,
 * the lower row the sub-labels. Returns the columns whose label comes from the lower row, or
 * null when the row below is not such a sub-header (a line, a numbering row, nothing).
 * Every text of the lower row must sit where the upper row is blank or starts a parent (a
 * label followed by blanks that the lower row fills), so a data line never qualifies: its
 * code and content sit under labels of their own.
 */
export function subHeaderColumns(upper: Cell[], lower: Cell[]): Set<number> | null {
  const cols = new Set<number>();
  let labelled = 0;
  for (let c = 0; c < lower.length; c++) {
    const v = lower[c];
    if (isBlank(v)) continue;
    if (typeof v !== "string" || v.length > MAX_LABEL_LENGTH) return null;
    const above = upper[c];
    const parent = !isBlank(above) && isBlank(upper[c + 1]) && !isBlank(lower[c + 1]);
    if (!isBlank(above) && !parent) return null;
    cols.add(c);
    if (matchColumnLabel(v)) labelled++;
  }
  return labelled >= 1 ? cols : null;
}

/** The row of column numbers some forms put under the header: "(1) (2) (3)" or "1 2 3". */
export function isNumberingRow(row: Cell[]): boolean {
  // A loop, not row.map: rows come as arrays of several kinds (numbers only, with gaps, mixed),
  // and code specialised for one kind would be thrown away at the next.
  const values: string[] = [];
  for (let c = 0; c < row.length; c++) {
    const t = cellText(row[c]);
    if (t !== "") values.push(t);
  }
  if (values.length < 3) return false;
  // Every value a small number, each larger than the one before: "1 2 3 …" or "(1) (2) (3) …".
  let previous = -1;
  for (let i = 0; i < values.length; i++) {
    const m = /^\(?(\d{1,2})\)?$/.exec(values[i]!);
    if (!m || Number(m[1]) <= previous) return false;
    previous = Number(m[1]);
  }
  return true;
}
