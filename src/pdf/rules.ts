/**
 * The ruled lines of a PDF page (table borders), from its operator list: every straight
 * horizontal or vertical stroke, and every filled rectangle thin enough to be drawn as a line
 * (Word draws borders that way), in page coordinates (the current transform applied).
 */
export interface Rule {
  /** "h": from x0 to x1 at y; "v": from y0 to y1 at x */
  dir: "h" | "v";
  at: number;
  from: number;
  to: number;
}

/** pdfjs's operator numbers this needs (passed in, so this stays independent of the library). */
export interface OpCodes {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  endPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
}

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: Matrix): Matrix {
  // n applied first, then m (PDF's "cm" pre-multiplies the current transform).
  return [
    n[0] * m[0] + n[1] * m[2],
    n[0] * m[1] + n[1] * m[3],
    n[2] * m[0] + n[3] * m[2],
    n[2] * m[1] + n[3] * m[3],
    n[4] * m[0] + n[5] * m[2] + m[4],
    n[4] * m[1] + n[5] * m[3] + m[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** Lines thinner than this (points) count as a rule when drawn as a filled rectangle. */
const THIN = 2.5;
/** Shorter strokes are underlines, ticks or glyph parts, not borders. */
const MIN_LENGTH = 4;

export function pageRules(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, ops: OpCodes): Rule[] {
  const rules: Rule[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === ops.transform && args) ctm = multiply(ctm, args.map(Number) as Matrix);
    else if (fn === ops.paintFormXObjectBegin && args) {
      stack.push(ctm);
      const m = args[0];
      if (Array.isArray(m) || ArrayBuffer.isView(m)) ctm = multiply(ctm, Array.from(m as ArrayLike<number>) as Matrix);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
    else if (fn === ops.constructPath && args && args[0] !== ops.endPath) {
      const paths = args[1] as ArrayLike<unknown> | undefined;
      const data = paths?.[0];
      if (data && ArrayBuffer.isView(data)) addPath(data as unknown as ArrayLike<number>, ctm, rules);
    }
  }
  return rules;
}

/** Walks a path (pdfjs's DrawOPS: 0 moveTo, 1 lineTo, 2 curveTo, 3 quadraticCurveTo, 4 closePath). */
function addPath(d: ArrayLike<number>, m: Matrix, out: Rule[]): void {
  const points: [number, number][] = [];
  let start: [number, number] | null = null;
  let cur: [number, number] | null = null;
  const segment = (a: [number, number], b: [number, number]) => {
    const dx = Math.abs(a[0] - b[0]);
    const dy = Math.abs(a[1] - b[1]);
    if (dy < 0.5 && dx >= MIN_LENGTH)
      out.push({ dir: "h", at: (a[1] + b[1]) / 2, from: Math.min(a[0], b[0]), to: Math.max(a[0], b[0]) });
    else if (dx < 0.5 && dy >= MIN_LENGTH)
      out.push({ dir: "v", at: (a[0] + b[0]) / 2, from: Math.min(a[1], b[1]), to: Math.max(a[1], b[1]) });
  };
  for (let i = 0; i < d.length;) {
    const op = d[i++];
    if (op === 0) {
      cur = apply(m, d[i]!, d[i + 1]!);
      start = cur;
      points.push(cur);
      i += 2;
    } else if (op === 1) {
      const p = apply(m, d[i]!, d[i + 1]!);
      if (cur) segment(cur, p);
      cur = p;
      points.push(p);
      i += 2;
    } else if (op === 2) {
      cur = apply(m, d[i + 4]!, d[i + 5]!);
      i += 6;
    } else if (op === 3) {
      cur = apply(m, d[i + 2]!, d[i + 3]!);
      i += 4;
    } else if (op === 4) {
      if (cur && start) segment(cur, start);
      cur = start;
    } else break;
  }
  // A thin filled rectangle is a border drawn as a fill: its long axis is the rule.
  if (points.length >= 4 && points.length <= 8) {
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    if (y1 - y0 < THIN && x1 - x0 >= MIN_LENGTH) out.push({ dir: "h", at: (y0 + y1) / 2, from: x0, to: x1 });
    else if (x1 - x0 < THIN && y1 - y0 >= MIN_LENGTH) out.push({ dir: "v", at: (x0 + x1) / 2, from: y0, to: y1 });
  }
}
