import type { Cell, Sheet } from "../core/grid";
import type { SheetInfo } from "../core/ports/workbook";
import { REQUEST_BUDGET } from "./batch";

/**
 * Reading sheets: one sync to list the sheets, then one for the used ranges with their cells. Two
 * syncs for ordinary reads, whatever the number of sheets or rows. When that answer would pass
 * the 5 MB response cap of Excel on the web (which refuses it without sending it), one sync for
 * the used ranges' sizes and then the cells in slices whose answers fit.
 */

/**
 * What one cell costs in a read's answer: its value, number format and value type as JSON.
 * Generous, so that long texts in some cells do not push a slice over the cap.
 */
const RESPONSE_BYTES_PER_CELL = 60;

export async function listSheets(): Promise<SheetInfo[]> {
  return Excel.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets.load("items/name,items/visibility");
    await ctx.sync();
    return sheets.items.map((s) => ({ name: s.name, visibility: visibilityOf(s.visibility) }));
  });
}

export async function readSheets(names: string[]): Promise<Sheet[]> {
  return Excel.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets.load("items/name,items/visibility");
    await ctx.sync();
    const wanted = new Set(names.map((n) => n.toLowerCase()));
    const found = sheets.items.filter((s) => wanted.has(s.name.toLowerCase()));
    if (found.length === 0) return [];
    // Every used range whole, in one request: one round trip fewer than asking the sizes first.
    const whole = found.map((s) =>
      s.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount,values,numberFormat,valueTypes"),
    );
    try {
      await ctx.sync();
      return found.map((s, i): Sheet => ({
        name: s.name,
        rows: wholeRows(whole[i]!),
        state: visibilityOf(s.visibility),
      }));
    } catch {
      // Too large for one answer (5 MB on the web; 5 million cells anywhere). Any other refusal
      // is met again by the careful read below, and thrown from there.
    }
    // First the sizes, then the cells in slices whose answer fits the 5 MB response cap.
    const used = found.map((s) => s.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount"));
    await ctx.sync();
    const slices: { sheet: number; row: number; rows: number; range?: Excel.Range }[] = [];
    found.forEach((_, i) => {
      const u = used[i]!;
      if (u.isNullObject) return;
      const rowsPer = Math.max(1, Math.floor(REQUEST_BUDGET / 2 / (RESPONSE_BYTES_PER_CELL * u.columnCount)));
      for (let r = 0; r < u.rowCount; r += rowsPer)
        slices.push({ sheet: i, row: r, rows: Math.min(rowsPer, u.rowCount - r) });
    });
    // Load slice by slice under the estimate; an answer still over the cap (long texts) is
    // read again in halves, as often as needed. Excel drops the loads of a refused request,
    // so load() returns the slices whose loads did arrive, never the ones it split.
    type Slice = (typeof slices)[number];
    const load = async (group: Slice[]): Promise<Slice[]> => {
      const requested = group.map((sl): Slice => {
        const u = used[sl.sheet]!;
        return {
          ...sl,
          range: found[sl.sheet]!.getRangeByIndexes(u.rowIndex + sl.row, u.columnIndex, sl.rows, u.columnCount).load(
            "values,numberFormat,valueTypes",
          ),
        };
      });
      try {
        await ctx.sync();
        return requested;
      } catch (e) {
        if (!isTooLarge(e) || group.every((sl) => sl.rows === 1)) throw e;
        const halves = group.flatMap((sl) => {
          if (sl.rows === 1) return [sl];
          const h = Math.ceil(sl.rows / 2);
          return [
            { ...sl, rows: h },
            { ...sl, row: sl.row + h, rows: sl.rows - h },
          ];
        });
        const mid = Math.ceil(halves.length / 2);
        return [...(await load(halves.slice(0, mid))), ...(await load(halves.slice(mid)))];
      }
    };
    const loaded: Slice[] = [];
    let group: Slice[] = [];
    let bytes = 0;
    for (const sl of slices) {
      const size = sl.rows * used[sl.sheet]!.columnCount * RESPONSE_BYTES_PER_CELL;
      if (group.length > 0 && bytes + size > REQUEST_BUDGET) {
        loaded.push(...(await load(group)));
        group = [];
        bytes = 0;
      }
      group.push(sl);
      bytes += size;
    }
    if (group.length > 0) loaded.push(...(await load(group)));
    loaded.sort((a, b) => a.sheet - b.sheet || a.row - b.row);
    const rowsOf = found.map((_, i): Cell[][] => {
      const u = used[i]!;
      return u.isNullObject ? [] : Array.from({ length: u.rowIndex }, () => []);
    });
    for (const sl of loaded) {
      const u = used[sl.sheet]!;
      const r = sl.range!;
      r.values.forEach((vr, y) => {
        const row: Cell[] = new Array<Cell>(u.columnIndex).fill(null);
        vr.forEach((v, x) => row.push(toCell(v, r.valueTypes[y]?.[x], r.numberFormat[y]?.[x])));
        rowsOf[sl.sheet]!.push(row);
      });
    }
    return found.map((s, i): Sheet => ({ name: s.name, rows: rowsOf[i]!, state: visibilityOf(s.visibility) }));
  });
}

function isTooLarge(e: unknown): boolean {
  return (
    (typeof e === "object" && e !== null && (e as { code?: unknown }).code === "RequestPayloadSizeLimitExceeded") ||
    /RequestPayloadSizeLimitExceeded/.test(String(e))
  );
}

/** A used range read whole, padded so that rows[0][0] is A1; an empty sheet has no rows. */
function wholeRows(u: Excel.Range): Cell[][] {
  if (u.isNullObject) return [];
  const rows: Cell[][] = Array.from({ length: u.rowIndex }, () => []);
  u.values.forEach((vr, y) => {
    const row: Cell[] = new Array<Cell>(u.columnIndex).fill(null);
    vr.forEach((v, x) => row.push(toCell(v, u.valueTypes[y]?.[x], u.numberFormat[y]?.[x])));
    rows.push(row);
  });
  return rows;
}

function toCell(value: unknown, type: string | undefined, format: string | undefined): Cell {
  if (type === "Error") return { kind: "error", code: String(value) };
  if (value === "" || value === null || value === undefined || type === "Empty") return null;
  if (typeof value === "number") return format && isDateFormat(format) ? { kind: "date", serial: value } : value;
  if (typeof value === "boolean") return value;
  return String(value);
}

/** Whether a number format shows a date: it has d, m or y outside quotes and brackets. */
export function isDateFormat(format: string): boolean {
  if (format === "@" || format === "General") return false;
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "");
  return /[dy]/i.test(bare) || (/(^|[^h:])m+([^:s]|$)/i.test(bare) && /[/.-]/.test(bare));
}

export function visibilityOf(v: string): SheetInfo["visibility"] {
  if (v === "Hidden") return "hidden";
  if (v === "VeryHidden") return "veryHidden";
  return "visible";
}
