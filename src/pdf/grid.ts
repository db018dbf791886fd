import type { Rule } from "./rules";

/**
 * Ruled tables of a page: the borders that touch each other form a grid; its row lines and
 * column lines cut it into cells; a border missing inside the grid merges two cells (a cell
 * spanning columns, or rows). Text is placed afterwards by position.
 */
export interface Grid {
  /** row lines, top first (PDF y grows upwards) */
  ys: number[];
  /** column lines, left first */
  xs: number[];
  /** root cell index (row * cols + col) of each grid position, after merges */
  root: number[];
}

const SNAP = 1.5;
const TOUCH = 2.5;
/** A page with more rules than this is a drawing, not a table: no grid is looked for. */
const MAX_RULES = 3000;

function distinct(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) if (out.length === 0 || v - out[out.length - 1]! > SNAP) out.push(v);
  return out;
}

function covers(rules: readonly Rule[], at: number, pos: number): boolean {
  return rules.some((r) => Math.abs(r.at - at) <= SNAP && r.from - TOUCH <= pos && pos <= r.to + TOUCH);
}

/** Connected groups of touching rules; each with at least two of each direction is a grid. */
export function findGrids(rules: readonly Rule[]): Grid[] {
  if (rules.length > MAX_RULES) return [];
  const parent = rules.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const hs = rules.map((r, i) => [r, i] as const).filter(([r]) => r.dir === "h");
  const vs = rules.map((r, i) => [r, i] as const).filter(([r]) => r.dir === "v");
  for (const [h, hi] of hs)
    for (const [v, vi] of vs) {
      const touches = v.at >= h.from - TOUCH && v.at <= h.to + TOUCH && h.at >= v.from - TOUCH && h.at <= v.to + TOUCH;
      if (touches) parent[find(hi)] = find(vi);
    }
  const groups = new Map<number, Rule[]>();
  rules.forEach((r, i) => {
    const g = find(i);
    const list = groups.get(g) ?? [];
    list.push(r);
    groups.set(g, list);
  });
  const grids: Grid[] = [];
  for (const group of groups.values()) {
    const h = group.filter((r) => r.dir === "h");
    const v = group.filter((r) => r.dir === "v");
    if (h.length < 2 || v.length < 2) continue;
    const ys = distinct(h.map((r) => r.at)).reverse();
    // Double borders a hair apart would make empty sliver columns.
    const xs = distinct(v.map((r) => r.at)).filter((x, i, all) => i === 0 || x - all[i - 1]! >= 3);
    if (ys.length < 2 || xs.length < 2) continue;
    grids.push({ ys, xs, root: merge(ys, xs, h, v) });
  }
  return grids;
}

function merge(ys: number[], xs: number[], h: Rule[], v: Rule[]): number[] {
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  // Union towards the top-left cell, so a root is always its merged cell's top-left position.
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let r = 0; r < rows; r++) {
    const midY = (ys[r]! + ys[r + 1]!) / 2;
    for (let c = 1; c < cols; c++) if (!covers(v, xs[c]!, midY)) union(r * cols + c - 1, r * cols + c);
  }
  for (let r = 1; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const midX = (xs[c]! + xs[c + 1]!) / 2;
      if (!covers(h, ys[r]!, midX)) union((r - 1) * cols + c, r * cols + c);
    }
  return parent.map((_, i) => find(i));
}

/** The grid position (row * cols + col) of a point, or -1 outside the grid. */
export function positionOf(grid: Grid, x: number, y: number): number {
  const { xs, ys } = grid;
  if (x < xs[0]! - 1 || x > xs[xs.length - 1]! + 1 || y > ys[0]! + 1 || y < ys[ys.length - 1]! - 1) return -1;
  let row = 0;
  while (row < ys.length - 2 && y < ys[row + 1]!) row++;
  let col = 0;
  while (col < xs.length - 2 && x > xs[col + 1]!) col++;
  return row * (xs.length - 1) + col;
}
