/**
 * A1 references as written in sheet XML (`r`, `ref`), parsed without trusting their size:
 * anything past Excel's grid (XFD1048576) is refused as a reference, never allocated.
 */

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface CellRef {
  row: number;
  col: number;
}

/** "B12" → {row: 11, col: 1}; `$` allowed; null when malformed or outside Excel's grid. */
export function parseCellRef(s: string, from = 0, to = s.length): CellRef | null {
  let i = from;
  if (s.charCodeAt(i) === 0x24) i++;
  let col = 0;
  let letters = 0;
  while (i < to) {
    let c = s.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) c -= 0x20;
    if (c < 0x41 || c > 0x5a) break;
    col = col * 26 + (c - 0x40);
    if (++letters > 3) return null;
    i++;
  }
  if (letters === 0) return null;
  if (s.charCodeAt(i) === 0x24) i++;
  let row = 0;
  let digits = 0;
  while (i < to) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return null;
    row = row * 10 + (c - 0x30);
    if (++digits > 7) return null;
    i++;
  }
  if (digits === 0 || row < 1 || row > MAX_ROWS || col > MAX_COLS) return null;
  return { row: row - 1, col: col - 1 };
}

/** Column letters alone ("XFD" → 16383), for references that are only a column; null when malformed. */
export function parseColumnOnly(s: string): number | null {
  const ref = parseCellRef(`${s}1`);
  return ref ? ref.col : null;
}

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "A30:XFD1048576" or "C4" → an area with corners in order; null when either end is malformed. */
export function parseArea(ref: string): Area | null {
  const colon = ref.indexOf(":");
  const a = parseCellRef(ref, 0, colon < 0 ? ref.length : colon);
  const b = colon < 0 ? a : parseCellRef(ref, colon + 1);
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}
