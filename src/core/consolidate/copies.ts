/**
 * The imported copy of each current submission, one sheet per agency, so that every check
 * result can link to the very cell it points at. Cells keep their addresses; values are
 * written as the agency typed them, as text, numbers or dates, never as formulas.
 */
import { TAB_COLORS } from "../palette";
import { isDateCell, isErrorCell, type Cell, type Sheet } from "../grid";
import { isoFromSerial } from "../dates";
import { FORBIDDEN_SHEET_CHARS, MAX_SHEET_NAME, type OutRow, type OutSheet, type OutValue } from "../sheet-model";

const FORBIDDEN = new RegExp(FORBIDDEN_SHEET_CHARS.source, "g");

/**
 * A sheet name from a prefix and an agency's short name, ≤ 31 characters and unique
 * (case-insensitively, as Excel compares) among `taken`, which it extends.
 */
export function uniqueSheetName(base: string, taken: Set<string>): string {
  const clean =
    base
      .replace(FORBIDDEN, " ")
      .replace(/\s+/g, " ")
      .trim()
      .replace(/^'+|'+$/g, "") || "Sheet";
  const fits = (s: string, room: number) => Array.from(s).slice(0, room).join("").trim();
  let name = fits(clean, MAX_SHEET_NAME);
  // Numbering resumes where it stopped for this base: `taken` only grows, so the numbers below
  // are still taken, and thousands of agencies whose names share 31 characters stay linear.
  let counters = NEXT_SUFFIX.get(taken);
  if (!counters) NEXT_SUFFIX.set(taken, (counters = new Map()));
  let n = counters.get(clean) ?? 2;
  if (taken.has(name.toLocaleLowerCase("vi"))) {
    for (; ; n++) {
      const suffix = ` (${n})`;
      name = fits(clean, MAX_SHEET_NAME - suffix.length) + suffix;
      if (!taken.has(name.toLocaleLowerCase("vi"))) break;
    }
    counters.set(clean, n + 1);
  }
  taken.add(name.toLocaleLowerCase("vi"));
  return name;
}

const NEXT_SUFFIX = new WeakMap<Set<string>, Map<string, number>>();

function outValue(c: Cell | undefined): OutValue {
  if (c === undefined || c === null) return null;
  if (isDateCell(c)) {
    const iso = isoFromSerial(c.serial);
    return iso ? { date: iso } : c.serial;
  }
  if (isErrorCell(c)) return c.code;
  return c;
}

function displayLength(v: OutValue): number {
  if (v === null) return 0;
  if (typeof v === "string") return v.split("\n").reduce((m, l) => Math.max(m, l.length), 0);
  if (typeof v === "object") return "date" in v ? 10 : v.text.length;
  return String(v).length;
}

/** A copy of a report sheet under a new name, cell for cell. */
export function copyOfSheet(sheet: Sheet, name: string): OutSheet {
  const rows: OutRow[] = sheet.rows.map((r) => ({ cells: r.map(outValue), style: "wrap" as const }));
  // One pass over the cells, no spread of a whole column into Math.max (150,000 rows overflow the stack).
  const longest: number[] = [];
  for (const r of rows)
    r.cells.forEach((v, c) => {
      const n = displayLength(v);
      if (n > (longest[c] ?? 4)) longest[c] = n;
    });
  const width = rows.reduce((w, r) => Math.max(w, r.cells.length), 0);
  const columns = Array.from({ length: width }, (_, c) => ({ width: Math.min(45, (longest[c] ?? 4) + 2) }));
  // No title row is added: cell A1 of the copy must stay the agency's own A1.
  return { name, columns, rows, tabColor: TAB_COLORS.copy, print: { landscape: true, fitToWidth: true } };
}
