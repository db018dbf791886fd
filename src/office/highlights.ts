import { cellAddress, parseAddress } from "../core/grid";
import type { CellHighlight, HostCapabilities } from "../core/ports/workbook";
import { Batch, SMALL_OP_BYTES } from "./batch";

/** Cell fills that point at findings; the same colours as the summary's bad/warn/good styles. */
const HIGHLIGHT_FILL: Record<CellHighlight["kind"], string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  checked: "#E2EFDA",
};

/** Colours the cells of any number of sheets in one batch: one fill per rectangle, not per cell. */
export async function highlightCells(
  caps: HostCapabilities,
  groups: { sheet: string; cells: CellHighlight[] }[],
): Promise<void> {
  if (groups.every((g) => g.cells.length === 0)) return;
  await Excel.run(async (ctx) => {
    const batch = new Batch(ctx, caps, undefined);
    for (const g of groups) {
      const ws = ctx.workbook.worksheets.getItem(g.sheet);
      for (const h of highlightRanges(g.cells)) {
        await batch.reserve(SMALL_OP_BYTES);
        ws.getRange(h.address).format.fill.color = HIGHLIGHT_FILL[h.kind];
      }
    }
    await batch.flush();
  });
}

/**
 * Clears every fill of the named sheets (`format.fill.clear()`, ExcelApi 1.1) in one request.
 * The whole grid, not the used range: a fill on an emptied cell is outside the used range of
 * values, and Excel clears a whole-sheet format as one operation.
 */
export async function clearFills(sheets: string[]): Promise<void> {
  if (sheets.length === 0) return;
  await Excel.run(async (ctx) => {
    const all = ctx.workbook.worksheets.load("items/name");
    await ctx.sync();
    const wanted = new Set(sheets.map((n) => n.toLowerCase()));
    for (const ws of all.items) if (wanted.has(ws.name.toLowerCase())) ws.getRange().format.fill.clear();
    await ctx.sync();
  });
}

/**
 * Highlighted cells as few rectangles: one fill operation per block of adjacent cells of the
 * same kind (a whole row of errors is one range), not one per cell. A cell listed twice keeps
 * its last kind, as when each was coloured in turn; addresses that are not one cell pass as is.
 */
export function highlightRanges(cells: CellHighlight[]): { address: string; kind: CellHighlight["kind"] }[] {
  const out: { address: string; kind: CellHighlight["kind"] }[] = [];
  const last = new Map<string, { row: number; col: number; kind: CellHighlight["kind"] }>();
  for (const c of cells) {
    const p = parseAddress(c.cell);
    if (!p) out.push({ address: c.cell, kind: c.kind });
    else last.set(`${p.row},${p.col}`, { ...p, kind: c.kind });
  }
  // horizontal runs per row and kind, then runs of equal column span stacked over consecutive rows
  const sorted = [...last.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.row - b.row || a.col - b.col);
  const runs: { row: number; col: number; cols: number; rows: number; kind: CellHighlight["kind"] }[] = [];
  for (const c of sorted) {
    const r = runs[runs.length - 1];
    if (r && r.kind === c.kind && r.row === c.row && r.col + r.cols === c.col) r.cols++;
    else runs.push({ row: c.row, col: c.col, cols: 1, rows: 1, kind: c.kind });
  }
  const rects: typeof runs = [];
  const open = new Map<string, (typeof runs)[number]>(); // keyed by kind, span and the row it would grow into
  const key = (kind: string, col: number, cols: number, row: number) => `${kind},${col},${cols},${row}`;
  for (const r of runs) {
    const above = open.get(key(r.kind, r.col, r.cols, r.row));
    if (above) open.delete(key(r.kind, r.col, r.cols, r.row));
    const q = above ?? r;
    if (above) above.rows++;
    else rects.push(r);
    open.set(key(q.kind, q.col, q.cols, q.row + q.rows), q);
  }
  for (const q of rects) {
    const tl = cellAddress(q.row, q.col);
    out.push({
      address: q.rows === 1 && q.cols === 1 ? tl : `${tl}:${cellAddress(q.row + q.rows - 1, q.col + q.cols - 1)}`,
      kind: q.kind,
    });
  }
  return out;
}
