/**
 * Merged areas applied to a grid the way Excel shows them: a value survives in the area's
 * top-left cell only. Each area is clipped to the used area first, so `A30:XFD1048576` costs no
 * more than the cells that exist; areas that do not overlap cover the used area at most once,
 * so more work than that proves an overlap, and the sheet is refused instead of looping.
 */
import type { Cell } from "../../core/grid";
import type { Area } from "./cell-refs";

/** Blanks the non-top-left cells of each area; false when the areas overlap (nothing is then promised). */
export function applyMerges(rows: Cell[][], merges: readonly Area[]): boolean {
  let usedCols = 0;
  for (const r of rows) if (r && r.length > usedCols) usedCols = r.length;
  const usedRows = rows.length;
  let budget = usedRows * usedCols;
  const touched: number[] = [];
  for (const m of merges) {
    const bottom = Math.min(m.bottom, usedRows - 1);
    const right = Math.min(m.right, usedCols - 1);
    if (m.top > bottom || m.left > right) continue;
    budget -= (bottom - m.top + 1) * (right - m.left + 1);
    if (budget < 0) return false;
    for (let r = m.top; r <= bottom; r++) {
      const line = rows[r];
      if (!line) continue;
      const end = Math.min(right, line.length - 1);
      for (let c = m.left; c <= end; c++) if (r !== m.top || c !== m.left) line[c] = null;
      touched.push(r);
    }
  }
  // A value hidden under a merged area counts neither for its row's length nor for the sheet's.
  for (const r of touched) {
    const line = rows[r]!;
    while (line.length > 0 && line[line.length - 1] === null) line.pop();
  }
  while (rows.length > 0 && (rows[rows.length - 1]?.length ?? 0) === 0) rows.pop();
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return true;
}
