import { clipCellText, type CellStyle, type OutSheet, type OutValue } from "../core/sheet-model";
import { serialFromIso } from "../core/dates";
import { COLORS, STATUS_COLORS } from "../core/palette";
import { parseAddress, columnLetters, cellAddress } from "../core/grid";

/**
 * Turns a writer-neutral OutSheet into what the Office.js writer sends: one 2-D array of values,
 * one 2-D array of number formats, and formats grouped into rectangular blocks of equal style.
 * Pure (no Office.js), so the grouping is tested in Node; src/office/queue-sheet.ts queues it.
 */

export const TEXT_FORMAT = "@";
export const DATE_FORMAT = "dd/mm/yyyy";

export interface StyleFormat {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
}

/** Office.js wants "#RRGGBB"; the one palette (core/palette.ts) holds "RRGGBB". */
const hex = (rgb: string) => `#${rgb}`;
const status = (k: keyof typeof STATUS_COLORS): StyleFormat => ({
  fill: hex(STATUS_COLORS[k].fill),
  fontColor: hex(STATUS_COLORS[k].font),
});

/** What each named style looks like in Excel: the colours of the one palette the file writers use. */
export const STYLE_FORMATS: Record<CellStyle, StyleFormat> = {
  title: { bold: true, size: 14, fontColor: hex(COLORS.heading) },
  subtitle: { italic: true, fontColor: hex(COLORS.note) },
  header: { bold: true, fill: hex(COLORS.headerFill), wrap: true },
  label: { bold: true },
  text: {},
  wrap: { wrap: true },
  number: {},
  percent: {},
  date: {},
  muted: { fontColor: hex(COLORS.muted) },
  good: status("good"),
  warn: status("warn"),
  bad: status("bad"),
  info: status("info"),
  neutral: status("neutral"),
};

export type RenderValue = string | number | boolean;

export interface StyleBlock {
  style: CellStyle;
  /** 0-based top-left and size */
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface LinkCell {
  row: number;
  col: number;
  /** an external address (https:, mailto:) or an internal reference "'Sheet'!A1" */
  address?: string;
  documentReference?: string;
  text: string;
}

export interface Block<T> {
  value: T;
  /** 0-based top-left and size */
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface RenderedSheet {
  rows: number;
  cols: number;
  values: RenderValue[][];
  numberFormats: string[][];
  blocks: StyleBlock[];
  /** the number formats other than General as rectangles of one format each */
  formatBlocks: Block<string>[];
  links: LinkCell[];
}

function isDate(v: OutValue): v is { date: string } {
  return typeof v === "object" && v !== null && "date" in v;
}
function isLink(v: OutValue): v is { link: string; text: string } {
  return typeof v === "object" && v !== null && "link" in v;
}

export function renderSheet(sheet: OutSheet): RenderedSheet {
  const rows = sheet.rows.length;
  const cols = Math.max(sheet.columns.length, ...sheet.rows.map((r) => r.cells.length), 1);
  const values: RenderValue[][] = [];
  const numberFormats: string[][] = [];
  const links: LinkCell[] = [];
  const styleGrid: (CellStyle | undefined)[][] = [];
  sheet.rows.forEach((row, r) => {
    const vr: RenderValue[] = [];
    const fr: string[] = [];
    const styles: (CellStyle | undefined)[] = [];
    for (let c = 0; c < cols; c++) {
      const v: OutValue = row.cells[c] ?? null;
      const style = row.cellStyles?.[c] ?? row.style ?? sheet.columns[c]?.style;
      styles.push(style);
      if (v === null) {
        vr.push("");
        fr.push("General");
      } else if (typeof v === "string") {
        // Excel refuses the whole write for one cell over 32,767 characters (a joined results cell can be).
        vr.push(clipCellText(v));
        // Text is set as text BEFORE the values: "=HYPERLINK(…)" from a submission stays words.
        fr.push(TEXT_FORMAT);
      } else if (typeof v === "number") {
        vr.push(v);
        fr.push(style === "percent" ? "0%" : style === "number" && Number.isInteger(v) ? "#,##0" : "General");
      } else if (typeof v === "boolean") {
        vr.push(v);
        fr.push("General");
      } else if (isDate(v)) {
        vr.push(serialFromIso(v.date));
        fr.push(DATE_FORMAT);
      } else if (isLink(v)) {
        vr.push(clipCellText(v.text));
        fr.push(TEXT_FORMAT);
        const internal = v.link.startsWith("#");
        links.push(
          internal
            ? { row: r, col: c, documentReference: v.link.slice(1), text: clipCellText(v.text) }
            : { row: r, col: c, address: v.link, text: clipCellText(v.text) },
        );
      }
    }
    values.push(vr);
    numberFormats.push(fr);
    styleGrid.push(styles);
  });
  const blocks: StyleBlock[] = rectangles(styleGrid, (st) => st !== undefined && hasVisibleFormat(st)).map((b) => ({
    ...b,
    style: b.value!,
  }));
  // A new sheet is all "General": only the other formats need sending.
  const formatBlocks = rectangles(numberFormats, (f) => f !== "General");
  return { rows, cols, values, numberFormats, blocks, formatBlocks, links };
}

/**
 * Rectangles of equal value covering the cells `keep` accepts: runs of equal values in a row,
 * extended downwards while the next row repeats the same run. A uniform table is one block.
 */
export function rectangles<T>(grid: readonly (readonly T[])[], keep: (v: T) => boolean): Block<T>[] {
  const open = new Map<string, Block<T>>();
  const out: Block<T>[] = [];
  grid.forEach((row, r) => {
    const seen = new Set<string>();
    let c = 0;
    while (c < row.length) {
      const v = row[c] as T;
      let end = c;
      while (end + 1 < row.length && row[end + 1] === v) end++;
      if (keep(v)) {
        const key = `${String(v)}|${c}|${end}`;
        seen.add(key);
        const b = open.get(key);
        if (b && b.row + b.rows === r) b.rows++;
        else {
          const nb: Block<T> = { value: v, row: r, col: c, rows: 1, cols: end - c + 1 };
          out.push(nb);
          open.set(key, nb);
        }
      }
      c = end + 1;
    }
    for (const key of [...open.keys()]) if (!seen.has(key)) open.delete(key);
  });
  return out;
}

function hasVisibleFormat(style: CellStyle): boolean {
  return Object.keys(STYLE_FORMATS[style]).length > 0;
}

export function blockAddress(b: { row: number; col: number; rows: number; cols: number }): string {
  const tl = cellAddress(b.row, b.col);
  return b.rows === 1 && b.cols === 1 ? tl : `${tl}:${cellAddress(b.row + b.rows - 1, b.col + b.cols - 1)}`;
}

/** The bottom-right cell of a chart anchored at `cell`, `widthCols` × `heightRows` cells large. */
export function anchorEnd(cell: string, widthCols: number, heightRows: number): string {
  const p = parseAddress(cell) ?? { row: 0, col: 0 };
  return `${columnLetters(p.col + Math.max(1, widthCols) - 1)}${p.row + Math.max(1, heightRows)}`;
}

/** The smallest range covering two A1 ranges, e.g. categories "A5:A9" and values "C5:C9" → "A5:C9". */
export function boundingRange(a: string, b: string): string {
  const corners = [...a.split(":"), ...b.split(":")].map((x) => parseAddress(x.replace(/\$/g, "").replace(/^.*!/, "")));
  const ok = corners.filter((x): x is { row: number; col: number } => x !== null);
  if (ok.length === 0) return a;
  const r0 = Math.min(...ok.map((x) => x.row));
  const r1 = Math.max(...ok.map((x) => x.row));
  const c0 = Math.min(...ok.map((x) => x.col));
  const c1 = Math.max(...ok.map((x) => x.col));
  return blockAddress({ row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 });
}

/** Excel's column width in points for a width in characters (8.43 characters ≈ 48 pt). */
export function columnWidthPoints(chars: number): number {
  return Math.round(chars * 5.7 + 5);
}

/** UTF-8 byte size of what a value array adds to a request, to keep each request under 5 MB. */
export function jsonBytes(x: unknown): number {
  const s = JSON.stringify(x);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    n += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
}
