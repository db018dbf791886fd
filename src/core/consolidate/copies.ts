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
  for (let n = 2; taken.has(name.toLocaleLowerCase("vi")); n++) {
    const suffix = ` (${n})`;
    name = fits(clean, MAX_SHEET_NAME - suffix.length) + suffix;
  }
  taken.add(name.toLocaleLowerCase("vi"));
  return name;
}

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
  if (typeof v === "string") return Math.max(...v.split("\n").map((l) => l.length));
  if (typeof v === "object") return "date" in v ? 10 : v.text.length;
  return String(v).length;
}

/** A copy of a report sheet under a new name, cell for cell. */
export function copyOfSheet(sheet: Sheet, name: string): OutSheet {
  const rows: OutRow[] = sheet.rows.map((r) => ({ cells: r.map(outValue), style: "wrap" as const }));
  const width = Math.max(0, ...sheet.rows.map((r) => r.length));
  const columns = Array.from({ length: width }, (_, c) => {
    const longest = Math.max(4, ...rows.map((r) => displayLength(r.cells[c] ?? null)));
    return { width: Math.min(45, longest + 2) };
  });
  // No title row is added: cell A1 of the copy must stay the agency's own A1.
  return { name, columns, rows, tabColor: TAB_COLORS.copy, print: { landscape: true, fitToWidth: true } };
}
