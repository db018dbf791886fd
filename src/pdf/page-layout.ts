import type { PlanBlock, PlanTable } from "../core/plan/document";
import { findGrids, positionOf, type Grid } from "./grid";
import { ITEM_START, joinWrapped, linePitch, toLines, toParagraphs, type TextItem } from "./lines";
import type { Rule } from "./rules";

/** A page's blocks in reading order; tables keep their column lines for joining across pages. */
export interface PageBlock {
  block: PlanBlock;
  order: number;
  columns?: number[];
}

/**
 * One page: text inside a ruled grid becomes a table (one cell per merged area; a cell merged
 * over rows repeats its text in each, in its first column, as the Word reader does), the rest
 * becomes paragraphs. A lone page number at the top or bottom edge is dropped.
 */
export function layoutPage(items: readonly TextItem[], rules: readonly Rule[], pageHeight: number): PageBlock[] {
  const grids = findGrids(rules);
  const inGrid: TextItem[][] = grids.map(() => []);
  const free: TextItem[] = [];
  for (const it of items) {
    // a point inside the first letter, above the baseline
    const px = it.x + Math.min(it.width / 2, it.size / 3);
    const py = it.y + it.size * 0.3;
    const g = grids.findIndex((grid) => positionOf(grid, px, py) >= 0);
    if (g >= 0) inGrid[g]!.push(it);
    else free.push(it);
  }
  const out: PageBlock[] = [];
  grids.forEach((grid, g) => {
    const table = tableOf(grid, inGrid[g]!);
    if (table) out.push({ block: table.table, order: table.order, columns: grid.xs });
  });
  const lines = toLines(free).filter((l) => !isPageNumber(l.text, l.y, pageHeight));
  for (const p of toParagraphs(lines, true)) out.push({ block: { kind: "paragraph", text: p.text }, order: p.order });
  return out.sort((a, b) => a.order - b.order);
}

function isPageNumber(text: string, y: number, pageHeight: number): boolean {
  return /^(?:-\s*)?\d{1,3}(?:\s*-)?$/.test(text) && (y > pageHeight * 0.92 || y < pageHeight * 0.08);
}

function tableOf(grid: Grid, items: TextItem[]): { table: PlanTable; order: number } | null {
  if (items.length === 0) return null;
  const cols = grid.xs.length - 1;
  const rows = grid.ys.length - 1;
  const byCell = new Map<number, TextItem[]>();
  for (const it of items) {
    const pos = positionOf(grid, it.x + Math.min(it.width / 2, it.size / 3), it.y + it.size * 0.3);
    const root = grid.root[pos]!;
    const list = byCell.get(root) ?? [];
    list.push(it);
    byCell.set(root, list);
  }
  // the right edge of each merged cell: the line after its last column
  const lastCol = new Map<number, number>();
  grid.root.forEach((root, pos) => lastCol.set(root, Math.max(lastCol.get(root) ?? 0, pos % cols)));
  const text = new Map<number, string>();
  for (const [root, list] of byCell) {
    const lines = toLines(list);
    const left = grid.xs[root % cols]!;
    // the cell's padding, as far as left-aligned text shows it (Word's default is 5.4 pt)
    const pad = Math.min(6, Math.max(0, Math.min(...lines.map((l) => l.x0)) - left));
    const right = grid.xs[(lastCol.get(root) ?? root % cols) + 1]! - pad;
    text.set(
      root,
      toParagraphs(lines, false, linePitch(lines), right)
        .map((p) => p.text)
        .join("\n"),
    );
  }
  const out: string[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: string[] = [];
    for (let c = 0; c < cols; c++) {
      const root = grid.root[r * cols + c]!;
      row.push(root % cols === c ? (text.get(root) ?? "") : "");
    }
    if (row.some((cell) => cell !== "")) out.push(row);
  }
  if (out.length === 0) return null;
  return { table: { kind: "table", rows: out }, order: Math.min(...items.map((i) => i.order)) };
}

/**
 * Joins a table that runs over a page break: the next page's first block is a table with the
 * same columns. A header row repeated at the top of the page is dropped; a first row whose
 * first cell is empty while the row before has one is the rest of that row, cut by the break.
 */
export function joinPages(pages: PageBlock[][]): PlanBlock[] {
  const out: PageBlock[] = [];
  for (const page of pages) {
    page.forEach((b, i) => {
      const last = out[out.length - 1];
      if (i === 0 && last && continues(last, b)) {
        appendRows((last.block as PlanTable).rows, (b.block as PlanTable).rows);
        return;
      }
      out.push(b);
    });
  }
  return out.map((b) => b.block);
}

function continues(prev: PageBlock, next: PageBlock): boolean {
  if (prev.block.kind !== "table" || next.block.kind !== "table" || !prev.columns || !next.columns) return false;
  if (prev.columns.length !== next.columns.length) return false;
  return prev.columns.every((x, i) => Math.abs(x - next.columns![i]!) <= 3);
}

function appendRows(rows: string[][], more: string[][]): void {
  let rest = more;
  if (rest.length > 0 && rows.length > 0 && sameRow(rest[0]!, rows[0]!)) rest = rest.slice(1);
  const first = rest[0];
  const prev = rows[rows.length - 1];
  if (first && prev && first[0] === "" && prev[0] !== "" && first.length > 1) {
    first.forEach((cell, i) => {
      if (cell === "") return;
      const before = prev[i] ?? "";
      prev[i] = before === "" ? cell : ITEM_START.test(cell) ? `${before}\n${cell}` : joinWrapped(before, cell);
    });
    rest = rest.slice(1);
  }
  rows.push(...rest);
}

function sameRow(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((c, i) => c === b[i]);
}
