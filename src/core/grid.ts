/**
 * A workbook as the core sees it: plain cell values, whatever read it (ExcelJS in Node or
 * the browser, Office.js in the add-in, papaparse for CSV). Adapters convert to this once,
 * at the boundary, so the checks never touch a host API.
 */

/** Dates travel as Excel serial day numbers (1900 system, 1 = 1900-01-01), as Office.js gives them. */
export interface DateCell {
  kind: "date";
  serial: number;
}

/** A formula error value shown in the cell, e.g. "#REF!", "#N/A". */
export interface ErrorCell {
  kind: "error";
  code: string;
}

export type Cell = string | number | boolean | null | DateCell | ErrorCell;

export interface Sheet {
  name: string;
  /** row-major, rows[0][0] is A1; rows may be ragged */
  rows: Cell[][];
  state?: "visible" | "hidden" | "veryHidden";
}

export interface WorkbookData {
  /** the file name as received, for messages and for guessing the agency */
  fileName: string;
  sheets: Sheet[];
}

export function isDateCell(c: Cell): c is DateCell {
  return typeof c === "object" && c !== null && c.kind === "date";
}

export function isErrorCell(c: Cell): c is ErrorCell {
  return typeof c === "object" && c !== null && c.kind === "error";
}

/** "A1" address from 0-based row and column. */
export function cellAddress(row: number, col: number): string {
  return columnLetters(col) + String(row + 1);
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "B12" → {row: 11, col: 1}; null when not an A1 address. */
export function parseAddress(a1: string): { row: number; col: number } | null {
  const m = /^([A-Z]{1,3})(\d{1,7})$/.exec(a1.trim().toUpperCase());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/**
 * A sheet name as it must appear in a reference (`'Báo cáo'!A1`, a link target, a chart's
 * range, a validation list): always quoted, with apostrophes inside doubled as Excel wants.
 * Quoting every name is valid even where Excel would not need it, and one rule is simpler than two.
 */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
