/**
 * Excel stops at 16,384 columns. The matrix sheet has one column per agency, so a ministry
 * consolidating every commune would pass it; such a sheet is split into as few sheets as needed,
 * of equal width, each repeating the leading columns (task code and title) so that every part
 * reads on its own: "Ma trận (1)", "Ma trận (2)", … in roster order. A sheet that fits is
 * returned as it is.
 */
import { columnLetters, parseAddress } from "../grid";
import type { OutRow, OutSheet } from "../sheet-model";

export const MAX_COLUMNS = 16_384;

/** How many parts a sheet `width` columns wide is split into, and how many columns each part moves. */
function partsOf(width: number, fixedCols: number, maxCols: number): { parts: number; size: number } {
  if (width <= maxCols) return { parts: 1, size: width };
  const room = maxCols - fixedCols;
  const moving = width - fixedCols;
  const parts = Math.ceil(moving / room);
  return { parts, size: Math.ceil(moving / parts) };
}

/**
 * The names `splitWideSheet` gives a sheet `width` columns wide, known before the sheet is
 * built: a writer lists the workbook's sheets before it makes any of them.
 */
export function splitWideNames(name: string, width: number, fixedCols: number, maxCols = MAX_COLUMNS): string[] {
  const { parts } = partsOf(width, fixedCols, maxCols);
  return parts === 1 ? [name] : Array.from({ length: parts }, (_, p) => `${name} (${p + 1})`);
}

export function splitWideSheet(sheet: OutSheet, fixedCols: number, maxCols = MAX_COLUMNS): OutSheet[] {
  const width = Math.max(
    sheet.columns.length,
    sheet.rows.reduce((w, r) => Math.max(w, r.cells.length), 0),
  );
  if (width <= maxCols) return [sheet];
  const { parts, size } = partsOf(width, fixedCols, maxCols);
  const out: OutSheet[] = [];
  for (let p = 0; p < parts; p++) {
    const from = fixedCols + p * size;
    const to = Math.min(width, from + size);
    const pick = <T>(xs: T[] | undefined): T[] | undefined => xs && [...xs.slice(0, fixedCols), ...xs.slice(from, to)];
    const rows: OutRow[] = sheet.rows.map((r) => ({
      ...r,
      cells: pick(r.cells)!,
      ...(r.cellStyles ? { cellStyles: pick(r.cellStyles) } : {}),
      ...(r.cellLayout ? { cellLayout: pick(r.cellLayout) } : {}),
    }));
    const last = fixedCols + (to - from) - 1;
    const merges = (sheet.merges ?? []).flatMap((m) => {
      const [a, b] = m.split(":");
      const start = parseAddress(a ?? "");
      const end = parseAddress(b ?? a ?? "");
      if (!start || !end || start.col >= fixedCols) return [];
      const endCol = Math.min(end.col, last);
      return endCol > start.col || end.row > start.row ? [`${a}:${columnLetters(endCol)}${end.row + 1}`] : [];
    });
    out.push({
      ...sheet,
      name: `${sheet.name} (${p + 1})`,
      columns: pick(sheet.columns) ?? [],
      rows,
      merges,
      // A filter or chart over the whole width would point past a part's columns.
      autoFilter: undefined,
      charts: undefined,
      active: false,
    });
  }
  return out;
}
