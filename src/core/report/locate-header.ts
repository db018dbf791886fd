/**
 * The header block (phần đầu báo cáo): each field's label and value, above the table, beside
 * it or below it, as "label | value" cells or "label: value" in one cell.
 */
import type { Cell, Sheet } from "../grid";
import type { HeaderFieldKey } from "../template/layout";
import { matchHeaderLabel } from "./labels";
import { MAX_LABEL_LENGTH, type LocatedHeaderField } from "./located";
import { cellText, isBlank } from "./values";

/** The table's extent: the header block lies outside it. */
export interface HeaderArea {
  headerRow: number;
  firstCol: number;
  lastCol: number;
  lastLineRow: number;
}

/** Where the header block may be: above the table, beside it, or below its last line. */
function inHeaderArea(r: number, c: number, loc: HeaderArea): boolean {
  if (r < loc.headerRow) return true;
  if (r > loc.lastLineRow) return true;
  return c < loc.firstCol || c > loc.lastCol;
}

export function locateHeader(
  sheet: Sheet,
  bounds: { rows: number; cols: number },
  area: HeaderArea,
): Partial<Record<HeaderFieldKey, LocatedHeaderField>> {
  const found: Partial<Record<HeaderFieldKey, LocatedHeaderField>> = {};
  const isLabel = (r: number, c: number): boolean => {
    const t = sheet.rows[r]?.[c];
    return typeof t === "string" && t.length <= MAX_LABEL_LENGTH && matchHeaderLabel(t) !== null;
  };
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== "string" || v.length > 400 || !inHeaderArea(r, c, area)) continue;
      const text = cellText(v);
      if (text === "") continue;
      const colon = text.indexOf(":");
      if (colon > 0 && colon < text.length - 1 && colon <= MAX_LABEL_LENGTH) {
        const m = matchHeaderLabel(text.slice(0, colon));
        if (m && !found[m.key]) {
          found[m.key] = {
            key: m.key,
            labelRow: r,
            labelCol: c,
            label: text.slice(0, colon),
            valueRow: r,
            valueCol: c,
            raw: text.slice(colon + 1).trim(),
            inline: true,
          };
          continue;
        }
      }
      if (text.length > MAX_LABEL_LENGTH) continue;
      const m = matchHeaderLabel(text);
      if (!m || found[m.key]) continue;
      found[m.key] = {
        key: m.key,
        labelRow: r,
        labelCol: c,
        label: text,
        ...valueBeside(sheet, bounds, area, r, c, isLabel),
        inline: false,
      };
    }
  }
  return found;
}

/** The value of a label: the first filled cell within three to its right, else the one below. */
function valueBeside(
  sheet: Sheet,
  bounds: { rows: number; cols: number },
  area: HeaderArea,
  r: number,
  c: number,
  isLabel: (r: number, c: number) => boolean,
): { valueRow: number; valueCol: number; raw: Cell } {
  const row = sheet.rows[r] ?? [];
  for (let k = c + 1; k <= c + 3 && k < row.length; k++) {
    if (isLabel(r, k)) break;
    if (!isBlank(row[k])) return { valueRow: r, valueCol: k, raw: row[k]! };
  }
  const below = sheet.rows[r + 1]?.[c];
  if (!isBlank(below) && inHeaderArea(r + 1, c, area) && !isLabel(r + 1, c)) {
    return { valueRow: r + 1, valueCol: c, raw: below! };
  }
  // Empty: point at the cell to the right, where the template expects the value, when it exists.
  return c + 1 < bounds.cols ? { valueRow: r, valueCol: c + 1, raw: null } : { valueRow: r, valueCol: c, raw: null };
}
