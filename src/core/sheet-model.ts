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
  /** column widths in characters */
  columns: { width: number; style?: CellStyle }[];
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
}

export const MAX_SHEET_NAME = 31;

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
