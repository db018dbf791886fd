/**
 * Sheets the product generates, as writer-neutral data. The ExcelJS writer (CLI, downloads)
 * and the Office.js writer (add-in) both render this, so the add-in and the CLI produce the
 * same workbook content.
 *
 * Every string is literal text: there is no way to put a formula here. Text that came from a
 * submission therefore can never be evaluated, whatever it starts with.
 */

export type OutValue =
  | string
  | number
  | boolean
  | null
  /** a real date, written as a serial with a dd/mm/yyyy format */
  | { date: string }
  /** a hyperlink: `mailto:`, `https:`, or an internal `#'Sheet'!A1` target */
  | { link: string; text: string };

/** Named styles; each writer maps them to its own formats. */
export type CellStyle =
  | "title"
  | "subtitle"
  | "header"
  | "label"
  | "text"
  | "wrap"
  | "number"
  | "percent"
  | "date"
  | "muted"
  | "good" // green: done on time, submitted on time
  | "warn" // amber: done late, late, in progress
  | "bad" // red: overdue, missing, error
  | "info" // blue: ongoing
  | "neutral"; // grey: no report

export interface OutRow {
  cells: OutValue[];
  /** style for the whole row; `cellStyles[i]` overrides it for one cell */
  style?: CellStyle;
  cellStyles?: (CellStyle | undefined)[];
  /** row height in points, when text needs more than one line */
  height?: number;
  /**
   * Optional layout per cell on top of the style: `rotate: 90` writes the text upwards (narrow
   * matrix columns with long agency names), `center` centres it. Writers may ignore it.
   */
  cellLayout?: ({ rotate?: 90; center?: boolean } | undefined)[];
}

export interface ChartSpec {
  type: "bar" | "pie" | "column";
  title: string;
  /** A1 ranges within the same sheet */
  categories: string;
  values: string;
  /** where to place the chart: top-left cell and size in cells */
  anchor: { cell: string; widthCols: number; heightRows: number };
  /** optional fill colour per data point, "RRGGBB", so a status chart uses the status colours */
  pointColors?: string[];
}

export interface OutSheet {
  name: string;
  /**
   * Column widths in characters; `key` names what a summary column holds (core/consolidate
   * sheet specs), so a consumer finds a column by key, never by its translated header text.
   */
  columns: { width: number; style?: CellStyle; key?: string }[];
  rows: OutRow[];
  /** frozen rows/columns at the top-left */
  freeze?: { rows: number; cols: number };
  /** merged ranges, "A1:F1" */
  merges?: string[];
  /** an autofilter over the header row and the data below, "A3:K40" */
  autoFilter?: string;
  print?: { landscape: boolean; fitToWidth: boolean };
  charts?: ChartSpec[];
  tabColor?: string;
  /** the sheet shown when the workbook opens (the first one when none says so) */
  active?: boolean;
  /**
   * An Excel table (ListObject) over `range`, whose first row is the header row already in
   * `rows`: the user sorts, filters and adds rows that stay part of it. Not with `autoFilter`.
   */
  table?: { name: string; range: string };
  /** Dropdown lists, where the host supports data validation. */
  validations?: ListValidation[];
}

/**
 * A sheet whose rows are made while they are written: the summary's sheets with a row per file,
 * agency or finding (tens of thousands at 20,000 files) never exist whole. The first rows
 * (title, header) are given whole, so a writer can read the header of a table; the body is made
 * one row at a time as it is taken, and can be gone through once only.
 */
export interface StreamedSheet extends Omit<OutSheet, "rows" | "charts"> {
  head: OutRow[];
  body: Iterable<OutRow>;
  /**
   * How many rows (head and body) and columns the rows span: known before the body is made, as
   * a worksheet states its extent before its rows. A writer refuses a body that does not match.
   */
  extent: { rows: number; cols: number };
  /** a chart reads its figures back from the rows: only whole sheets carry charts */
  charts?: never;
}

/** A sheet as a writer takes it: whole, or with its body made as it is written. */
export type WritableSheet = OutSheet | StreamedSheet;

export function isStreamed(sheet: WritableSheet): sheet is StreamedSheet {
  return "body" in sheet;
}

/** The sheet with every row made, for a consumer that needs them all at once (the pane's writer). */
export function wholeSheet(sheet: WritableSheet): OutSheet {
  if (!isStreamed(sheet)) return sheet;
  const { head, body, extent: _extent, charts: _charts, ...rest } = sheet;
  return { ...rest, rows: [...head, ...body] };
}

/**
 * Cells of `range` offer the values of `list`, an A1 range (another sheet's column, so the list
 * follows the user's edits there). `strict: false` lets other text through (a cell may hold
 * several names), so the list helps without refusing.
 */
export interface ListValidation {
  range: string;
  list: string;
  strict: boolean;
}

export const MAX_SHEET_NAME = 31;

/** Excel's hard limit on the text of one cell (UTF-16 units); longer text makes it refuse the write. */
export const MAX_CELL_TEXT = 32767;

/**
 * Cell text as Excel can hold it, the same for the .xlsx writer and the pane: line breaks as
 * "\n" (a bare carriage return would become a line feed in any XML reader anyway, so it is done
 * here, visibly), and text over 32,767 characters cut, ending in "…" so the cut shows, without
 * splitting a letter outside the BMP in two.
 */
export function clipCellText(raw: string): string {
  const text = raw.replace(/\r\n?/g, "\n");
  if (text.length <= MAX_CELL_TEXT) return text;
  let end = MAX_CELL_TEXT - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end) + "…";
}

/** Characters Excel refuses in a sheet name. */
export const FORBIDDEN_SHEET_CHARS = /[[\]:*?/\\]/;
const FORBIDDEN_ALL = new RegExp(FORBIDDEN_SHEET_CHARS.source, "g");

/**
 * A name Excel accepts for a sheet made from outside text (a file name, an agency's name):
 * each forbidden character becomes `replacement`, apostrophes at either end (refused by
 * Excel) are dropped, and it is cut to 31 characters without splitting a letter in two.
 * Returns "" when nothing is left; the caller chooses the fallback.
 */
export function safeSheetName(raw: string, replacement = "_"): string {
  let out = "";
  // Excel counts UTF-16 units, as String.length does; a letter outside the BMP is kept whole or left out.
  for (const ch of raw.replace(FORBIDDEN_ALL, replacement).replace(/^'+/, "")) {
    if (out.length + ch.length > MAX_SHEET_NAME) break;
    out += ch;
  }
  return out.replace(/'+$/, "");
}
