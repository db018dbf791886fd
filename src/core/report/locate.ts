/**
 * Finding the parts of the template in a returned workbook, wherever the agency moved them:
 * the report sheet (by its column labels, not its name or position), the table's header
 * row, each column, the header block above, beside or below the table, and the hidden
 * metadata sheet when it survived.
 */
import { cellAddress, type Cell, type Sheet, type WorkbookData } from "../grid";
import { foldKey } from "../text";
import {
  META_KEYS,
  META_SHEET,
  REPORT_SHEET,
  type ColumnKey,
  type HeaderFieldKey,
  type MetaKey,
} from "../template/layout";
import { labelKey, matchColumnLabel, matchColumnLabelExact, matchHeaderLabel } from "./labels";
import { cellText, isBlank, readStatus, readTaskCode } from "./values";

export interface LocatedColumn {
  key: ColumnKey;
  col: number;
  label: string;
  /** recognised as a near spelling, not an exact label or alias */
  fuzzy: boolean;
  /** the row holding the label, when the header spans two rows and it is the lower one */
  row?: number;
}

export interface LocatedHeaderField {
  key: HeaderFieldKey;
  labelRow: number;
  labelCol: number;
  label: string;
  /** where the value is, or would be if it were filled in */
  valueRow: number;
  valueCol: number;
  raw: Cell;
  /** "Đơn vị báo cáo: Sở Tài chính" written in one cell */
  inline: boolean;
}

/** One row of the table that carries a task code or something an agency wrote. 0-based row. */
export interface RawLine {
  row: number;
  cells: Partial<Record<ColumnKey, Cell>>;
  taskCode: string | null;
}

export interface LocatedReport {
  sheet: Sheet;
  /** rows × columns that exist in the sheet; every issue's cell lies inside */
  bounds: { rows: number; cols: number };
  headerRow: number;
  /** the last row of the header: headerRow + 1 when sub-columns sit under a merged parent */
  headerLastRow?: number;
  columns: Partial<Record<ColumnKey, LocatedColumn>>;
  extraColumns: { col: number; label: string }[];
  duplicateColumns: { col: number; label: string; key: ColumnKey }[];
  header: Partial<Record<HeaderFieldKey, LocatedHeaderField>>;
  lines: RawLine[];
  /** rows after a blank row with something in a column the agency fills, not read as lines */
  skippedRows?: number[];
  /** the metadata sheet's values, or null when the sheet is gone */
  meta: Partial<Record<MetaKey, string>> | null;
  /** other sheets holding an equally good report table: only `sheet` is read */
  otherReportSheets: string[];
}

/** How far down to look for the table header: agencies add title rows, not hundreds. */
const MAX_HEADER_SCAN_ROWS = 200;
/** Longer cells are content, not labels; skipping them keeps the scan cheap. */
const MAX_LABEL_LENGTH = 60;

const META_KEY = foldKey(META_SHEET);
const REPORT_KEY = foldKey(REPORT_SHEET);

/** The template's hidden metadata sheet, whatever case or marks a re-save gave its name. */
export function isMetaSheet(s: Sheet): boolean {
  return s.name === META_SHEET || foldKey(s.name) === META_KEY;
}

export function boundsOf(sheet: Sheet): { rows: number; cols: number } {
  let cols = 0;
  for (const r of sheet.rows) if (r.length > cols) cols = r.length;
  return { rows: sheet.rows.length, cols };
}

export function readMeta(wb: WorkbookData): Partial<Record<MetaKey, string>> | null {
  const sheet = wb.sheets.find(isMetaSheet);
  if (!sheet) return null;
  const meta: Partial<Record<MetaKey, string>> = {};
  for (const row of sheet.rows) {
    const k = cellText(row[0]);
    const v = cellText(row[1]);
    if ((META_KEYS as readonly string[]).includes(k) && v !== "") meta[k as MetaKey] = v;
  }
  return meta;
}

interface HeaderRowCandidate {
  sheetIndex: number;
  row: number;
  exactKeys: number;
}

/** Distinct column keys a row's cells name exactly; fuzzy matching waits for the winner. */
function exactScore(row: Cell[]): number {
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
function findHeaderRow(wb: WorkbookData): { best: HeaderRowCandidate; rivals: string[] } | null {
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

function locateColumns(
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
function subHeaderColumns(upper: Cell[], lower: Cell[]): Set<number> | null {
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
function isNumberingRow(row: Cell[]): boolean {
  const values = row.map(cellText).filter((t) => t !== "");
  if (values.length < 3) return false;
  const nums = values.map((t) => /^\(?(\d{1,2})\)?$/.exec(t));
  if (nums.some((m) => m === null)) return false;
  const n = nums.map((m) => Number(m![1]));
  return n.every((v, i) => i === 0 || v > n[i - 1]!);
}

/** Columns an agency fills in: a row with any of these is a report line even without a code. */
const INPUT_COLUMNS: readonly ColumnKey[] = ["status", "completedOn", "result", "difficulties", "proposals"];

function locateLines(
  sheet: Sheet,
  headerRow: number,
  columns: Partial<Record<ColumnKey, LocatedColumn>>,
): { lines: RawLine[]; skipped: number[] } {
  const lines: RawLine[] = [];
  const skipped: number[] = [];
  const located = Object.values(columns) as LocatedColumn[];
  let gapSinceCoded = false;
  let seenCoded = false;
  for (let r = headerRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    if (r <= headerRow + 2 && isNumberingRow(row)) continue;
    // The header repeated (a second block pasted below, or a page's header copied): not a line.
    if (exactScore(row) >= 3) continue;
    const cells: Partial<Record<ColumnKey, Cell>> = {};
    let any = false;
    for (const c of located) {
      const v = row[c.col];
      if (v !== undefined && v !== null) cells[c.key] = v;
      if (!isBlank(v)) any = true;
    }
    if (!any) {
      if (seenCoded) gapSinceCoded = true;
      continue;
    }
    const codeCell = cells.taskCode;
    const taskCode = isBlank(codeCell) ? null : readTaskCode(codeCell);
    if (taskCode !== null) {
      lines.push({ row: r, cells, taskCode });
      seenCoded = true;
      gapSinceCoded = false;
      continue;
    }
    // A row without a code: a group heading (only STT and content), a signature block under
    // the table (after a blank row), or a task the agency added without its code.
    const hasInput = INPUT_COLUMNS.some((k) => !isBlank(cells[k]));
    if (!hasInput) continue;
    // After a blank row, a signature block is likelier than a task, unless the status column
    // holds a status: then it is a task the agency added below a gap, and dropping it would
    // lose it silently. Anything else is skipped, and said (one note per file).
    if (!gapSinceCoded || readStatus(cells.status).ok) lines.push({ row: r, cells, taskCode: null });
    else skipped.push(r);
  }
  return { lines, skipped };
}

/** Where the header block may be: above the table, beside it, or below its last line. */
function inHeaderArea(
  r: number,
  c: number,
  loc: { headerRow: number; firstCol: number; lastCol: number; lastLineRow: number },
): boolean {
  if (r < loc.headerRow) return true;
  if (r > loc.lastLineRow) return true;
  return c < loc.firstCol || c > loc.lastCol;
}

function locateHeader(
  sheet: Sheet,
  bounds: { rows: number; cols: number },
  area: { headerRow: number; firstCol: number; lastCol: number; lastLineRow: number },
): Partial<Record<HeaderFieldKey, LocatedHeaderField>> {
  const found: Partial<Record<HeaderFieldKey, LocatedHeaderField>> = {};
  const isLabel = (r: number, c: number): boolean => {
    const t = sheet.rows[r]?.[c];
    return typeof t === "string" && t.length <= MAX_LABEL_LENGTH && matchHeaderLabel(t) !== null;
  };
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== "string" || v.length > 400 || !inHeaderArea(r, c, area)) continue;
      const text = cellText(v);
      if (text === "") continue;
      const colon = text.indexOf(":");
      if (colon > 0 && colon < text.length - 1 && colon <= MAX_LABEL_LENGTH) {
        const m = matchHeaderLabel(text.slice(0, colon));
        if (m && !found[m.key]) {
          found[m.key] = {
            key: m.key,
            labelRow: r,
            labelCol: c,
            label: text.slice(0, colon),
            valueRow: r,
            valueCol: c,
            raw: text.slice(colon + 1).trim(),
            inline: true,
          };
          continue;
        }
      }
      if (text.length > MAX_LABEL_LENGTH) continue;
      const m = matchHeaderLabel(text);
      if (!m || found[m.key]) continue;
      found[m.key] = {
        key: m.key,
        labelRow: r,
        labelCol: c,
        label: text,
        ...valueBeside(sheet, bounds, area, r, c, isLabel),
        inline: false,
      };
    }
  }
  return found;
}

/** The value of a label: the first filled cell within three to its right, else the one below. */
function valueBeside(
  sheet: Sheet,
  bounds: { rows: number; cols: number },
  area: { headerRow: number; firstCol: number; lastCol: number; lastLineRow: number },
  r: number,
  c: number,
  isLabel: (r: number, c: number) => boolean,
): { valueRow: number; valueCol: number; raw: Cell } {
  const row = sheet.rows[r] ?? [];
  for (let k = c + 1; k <= c + 3 && k < row.length; k++) {
    if (isLabel(r, k)) break;
    if (!isBlank(row[k])) return { valueRow: r, valueCol: k, raw: row[k]! };
  }
  const below = sheet.rows[r + 1]?.[c];
  if (!isBlank(below) && inHeaderArea(r + 1, c, area) && !isLabel(r + 1, c)) {
    return { valueRow: r + 1, valueCol: c, raw: below! };
  }
  // Empty: point at the cell to the right, where the template expects the value, when it exists.
  return c + 1 < bounds.cols ? { valueRow: r, valueCol: c + 1, raw: null } : { valueRow: r, valueCol: c, raw: null };
}

/** Finds the report in a workbook; null when no sheet has the template's table. */
export function locateReport(wb: WorkbookData): LocatedReport | null {
  const meta = readMeta(wb);
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

/** A1 address of a header field's value cell. */
export function headerValueAddress(f: LocatedHeaderField): string {
  return cellAddress(f.valueRow, f.valueCol);
}

export { labelKey };
