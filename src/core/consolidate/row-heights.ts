/**
 * Row heights for wrapped text. Neither Excel nor LibreOffice grows a row to fit wrapped text
 * when it opens a file written by a library, so without a height a long result or a reminder
 * body overlaps the rows below. The estimate errs on the tall side.
 */
import type { CellStyle, OutRow, OutSheet, OutValue, StreamedSheet, WritableSheet } from "../sheet-model";
import { isStreamed } from "../sheet-model";

/** Styles whose text wraps (see the writers' style tables). */
const WRAPPING: ReadonlySet<CellStyle> = new Set(["wrap", "muted", "good", "warn", "bad", "info", "neutral", "header"]);
/** Points per line of 12 pt Times New Roman, with the row's padding. */
const LINE_POINTS = 15.5;
const PADDING_POINTS = 3;
/** Excel's highest row. */
export const MAX_ROW_POINTS = 409;
/**
 * Characters of proportional Vietnamese text per unit of column width (a unit is one "0" of the
 * workbook's default Calibri 11). Times New Roman 12 fits about one letter per unit: LibreOffice
 * (Liberation Serif, metric-compatible) wraps a 32-unit column after 31–33 characters. 1.25 let
 * the last line of a long cell fall below its row.
 */
export const CHARS_PER_WIDTH = 1;

function textOf(v: OutValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "object") return "date" in v ? "00/00/0000" : v.text;
  return String(v);
}

/**
 * Lines a text takes in a column `width` wide, wrapping at spaces; a word longer than a line is
 * cut. Characters are counted as code points. One pass over the text, no split: a summary has a
 * cell of this kind for every line of every file.
 */
export function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * CHARS_PER_WIDTH) - 1);
  // Most cells (a status, a date, a code) are shorter than a line: no character need be looked at
  // but the line breaks (a code point is one or two UTF-16 units, so length bounds their count).
  if (text.length <= perLine && !text.includes("\n")) return 1;
  let lines = 0;
  let current = 0;
  let count = 1;
  let word = 0;
  for (let i = 0; i <= text.length; i++) {
    // The end of the text closes the last paragraph as a line break would.
    const c = i < text.length ? text.charCodeAt(i) : 0x0a;
    if (c !== 0x20 && c !== 0x0a) {
      // The second half of a surrogate pair is the same character as the first.
      if (c < 0xdc00 || c > 0xdfff || i === 0 || !isHighSurrogate(text.charCodeAt(i - 1))) word++;
      continue;
    }
    if (current === 0) current = word;
    else if (current + 1 + word <= perLine) current += 1 + word;
    else {
      count++;
      current = word;
    }
    if (current > perLine) {
      const cut = Math.ceil(current / perLine) - 1;
      count += cut;
      current -= cut * perLine;
    }
    word = 0;
    if (c === 0x0a) {
      lines += count;
      current = 0;
      count = 1;
    }
  }
  return Math.max(1, lines);
}

/** The first half of a UTF-16 surrogate pair. */
export function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** The height in points that `lines` lines of wrapped text need (before the 409 pt cap). */
export function pointsForLines(lines: number): number {
  return Math.ceil(lines * LINE_POINTS + PADDING_POINTS);
}

/** The most lines of wrapped text a row can show: Excel stops a row at 409 pt. */
export const MAX_ROW_LINES = Math.floor((MAX_ROW_POINTS - PADDING_POINTS) / LINE_POINTS);

/** Lines the row's tallest cell needs, from its text and its column's width. */
export function rowLines(sheet: Pick<OutSheet, "columns">, row: OutRow): number {
  let lines = 1;
  // A loop, not cells.forEach: rows hold arrays of several kinds (text, numbers, mixed, with gaps).
  for (let c = 0; c < row.cells.length; c++) {
    const text = textOf(row.cells[c]);
    if (text === "") continue;
    const style = row.cellStyles?.[c] ?? row.style ?? sheet.columns[c]?.style;
    const width = sheet.columns[c]?.width ?? 10;
    const wraps = style !== undefined && WRAPPING.has(style);
    lines = Math.max(lines, wraps ? wrappedLines(text, width) : text.split("\n").length);
  }
  return lines;
}

function rowHeight(sheet: Pick<OutSheet, "columns">, row: OutRow): number | undefined {
  if (row.height !== undefined || row.style === "title" || row.style === "subtitle") return row.height;
  const lines = rowLines(sheet, row);
  return lines <= 1 ? undefined : Math.min(MAX_ROW_POINTS, pointsForLines(lines));
}

/**
 * The row with a height when its wrapped text needs more than one line, in the one shape every
 * written row has: all five fields, those a builder left out undefined. Builders make rows of
 * many shapes; the code that reads them here and in the sheet writer is then compiled for one,
 * not thrown away and compiled again as each new shape turns up.
 */
function fitted(sheet: Pick<OutSheet, "columns">, row: OutRow): OutRow {
  const one: OutRow = {
    cells: row.cells,
    style: row.style,
    cellStyles: row.cellStyles,
    height: row.height,
    cellLayout: row.cellLayout,
  };
  one.height = rowHeight(sheet, one);
  return one;
}

function* fittedRows(sheet: Pick<OutSheet, "columns">, rows: Iterable<OutRow>): Generator<OutRow> {
  for (const row of rows) yield fitted(sheet, row);
}

/**
 * The sheet with a height on every row whose wrapped text needs more than one line. A row's
 * height depends on that row alone, so a streamed body is fitted row by row as it is taken.
 */
export function fitRowHeights(sheet: OutSheet): OutSheet;
export function fitRowHeights(sheet: StreamedSheet): StreamedSheet;
export function fitRowHeights(sheet: WritableSheet): WritableSheet;
export function fitRowHeights(sheet: WritableSheet): WritableSheet {
  if (isStreamed(sheet))
    return {
      ...sheet,
      head: sheet.head.map((row) => fitted(sheet, row)),
      body: fittedRows(sheet, sheet.body),
    };
  return { ...sheet, rows: sheet.rows.map((row) => fitted(sheet, row)) };
}
