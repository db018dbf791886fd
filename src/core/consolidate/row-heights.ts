/**
 * Row heights for wrapped text. Neither Excel nor LibreOffice grows a row to fit wrapped text
 * when it opens a file written by a library, so without a height a long result or a reminder
 * body overlaps the rows below. The estimate errs on the tall side.
 */
import type { CellStyle, OutRow, OutSheet, OutValue } from "../sheet-model";

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
const CHARS_PER_WIDTH = 1;

function textOf(v: OutValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "object") return "date" in v ? "00/00/0000" : v.text;
  return String(v);
}

/** Lines a text takes in a column `width` wide, wrapping at spaces. */
export function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * CHARS_PER_WIDTH) - 1);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let current = 0;
    let count = 1;
    for (const word of paragraph.split(" ")) {
      const len = Array.from(word).length;
      if (current === 0) current = len;
      else if (current + 1 + len <= perLine) current += 1 + len;
      else {
        count++;
        current = len;
      }
      while (current > perLine) {
        count++;
        current -= perLine;
      }
    }
    lines += count;
  }
  return Math.max(1, lines);
}

/** The height in points that `lines` lines of wrapped text need (before the 409 pt cap). */
export function pointsForLines(lines: number): number {
  return Math.ceil(lines * LINE_POINTS + PADDING_POINTS);
}

/** The most lines of wrapped text a row can show: Excel stops a row at 409 pt. */
export const MAX_ROW_LINES = Math.floor((MAX_ROW_POINTS - PADDING_POINTS) / LINE_POINTS);

/** Lines the row's tallest cell needs, from its text and its column's width. */
export function rowLines(sheet: OutSheet, row: OutRow): number {
  let lines = 1;
  row.cells.forEach((v, c) => {
    const style = row.cellStyles?.[c] ?? row.style ?? sheet.columns[c]?.style;
    const text = textOf(v);
    if (text === "") return;
    const width = sheet.columns[c]?.width ?? 10;
    const wraps = style !== undefined && WRAPPING.has(style);
    lines = Math.max(lines, wraps ? wrappedLines(text, width) : text.split("\n").length);
  });
  return lines;
}

function rowHeight(sheet: OutSheet, row: OutRow): number | undefined {
  if (row.height !== undefined || row.style === "title" || row.style === "subtitle") return row.height;
  const lines = rowLines(sheet, row);
  return lines <= 1 ? undefined : Math.min(MAX_ROW_POINTS, pointsForLines(lines));
}

/** The sheet with a height on every row whose wrapped text needs more than one line. */
export function fitRowHeights(sheet: OutSheet): OutSheet {
  return {
    ...sheet,
    rows: sheet.rows.map((row) => {
      const height = rowHeight(sheet, row);
      return height === undefined || height === row.height ? row : { ...row, height };
    }),
  };
}
