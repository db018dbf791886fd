import { cellAddress, parseAddress, type Cell, type Sheet } from "../core/grid";
import type { OutSheet } from "../core/sheet-model";
import {
  CancelledError,
  type CellHighlight,
  type HostCapabilities,
  type SheetInfo,
  type WorkbookPort,
  type WriteOptions,
} from "../taskpane/port";

export { CancelledError };
import {
  STYLE_FORMATS,
  anchorEnd,
  blockAddress,
  boundingRange,
  columnWidthPoints,
  jsonBytes,
  renderSheet,
  type RenderedSheet,
} from "./render";

/**
 * The only code that calls the Excel JavaScript API. Rules it keeps (issue 5, TOOLCHAIN.md):
 * - reads: one sync to list the sheets, one to load every used range: two per batch, whatever
 *   the number of sheets or rows;
 * - writes: whole 2-D arrays, number formats set BEFORE values ("@" for every string, so text
 *   from a submission never becomes a formula), dates as serials with dd/mm/yyyy, formats
 *   applied to rectangular blocks of equal style, never cell by cell in a loop that syncs;
 * - requests are flushed before they reach REQUEST_BUDGET bytes, below the 5 MB cap of Excel on
 *   the web; so the number of syncs is constant (3 per write) until a write carries more than
 *   the budget, and then grows with the bytes, not with the number of agencies;
 * - replacing sheets: new sheets are built under temporary names; when all are complete the old
 *   ones are renamed to backups and the new ones renamed in, in one request, and only then are
 *   the backups deleted. A failure or a cancel before that deletes the new sheets and gives the
 *   old ones their names back, so the workbook is as it was.
 */

/** Bytes per request; Excel on the web refuses above 5 MB, and the envelope adds some. */
export const REQUEST_BUDGET = 4 * 1024 * 1024;
/**
 * What one cell costs in a read's answer: its value, number format and value type as JSON.
 * Generous, so that long texts in some cells do not push a slice over the cap.
 */
const RESPONSE_BYTES_PER_CELL = 60;
/** A style op, a hyperlink or a merge: a generous estimate of its JSON size in a request. */
const SMALL_OP_BYTES = 200;

const HIGHLIGHT_FILL: Record<CellHighlight["kind"], string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  checked: "#E2EFDA",
};

const CHART_TYPES = { bar: "BarClustered", column: "ColumnClustered", pie: "Pie" } as const;

export function detectCapabilities(): HostCapabilities {
  const req = Office.context?.requirements;
  const has = (v: string) => {
    try {
      return !!req?.isSetSupported("ExcelApi", v);
    } catch {
      return false;
    }
  };
  return { suspendCalculation: has("1.6"), hyperlinks: has("1.7"), createWorkbook: has("1.8"), autoFilter: has("1.9") };
}

/** Queues operations and syncs before a request would exceed the budget. */
class Batch {
  private bytes = 0;
  /** calculation is suspended per request, so again after each sync, before the next operation */
  private suspended = false;
  constructor(
    private readonly ctx: Excel.RequestContext,
    private readonly caps: HostCapabilities,
    private readonly signal: AbortSignal | undefined,
  ) {}
  /** Makes room for `n` more bytes in the current request, syncing first when needed. */
  async reserve(n: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + n > REQUEST_BUDGET) await this.flush();
    if (!this.suspended && this.caps.suspendCalculation) {
      this.ctx.application.suspendApiCalculationUntilNextSync();
      this.suspended = true;
    }
    this.bytes += n;
  }
  async flush(): Promise<void> {
    if (this.signal?.aborted) throw new CancelledError();
    await this.ctx.sync();
    this.bytes = 0;
    this.suspended = false;
  }
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

export function createExcelPort(): WorkbookPort {
  const caps = detectCapabilities();

  async function listSheets(): Promise<SheetInfo[]> {
    return Excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load("items/name,items/visibility");
      await ctx.sync();
      return sheets.items.map((s) => ({ name: s.name, visibility: visibilityOf(s.visibility) }));
    });
  }

  async function readSheets(names: string[]): Promise<Sheet[]> {
    return Excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load("items/name,items/visibility");
      await ctx.sync();
      const wanted = new Set(names.map((n) => n.toLowerCase()));
      const found = sheets.items.filter((s) => wanted.has(s.name.toLowerCase()));
      // First the sizes, then the cells in slices whose answer fits the 5 MB response cap of
      // Excel on the web: three syncs for ordinary workbooks, more only for megabytes of cells.
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
      const isTooLarge = (e: unknown) =>
        (typeof e === "object" && e !== null && (e as { code?: unknown }).code === "RequestPayloadSizeLimitExceeded") ||
        /RequestPayloadSizeLimitExceeded/.test(String(e));
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

  async function writeSheets(out: OutSheet[], options: WriteOptions = {}): Promise<void> {
    const { signal, onProgress } = options;
    if (out.length === 0) return;
    const rendered = out.map(renderSheet);
    // The sheets as they were (id → name), to put back if the write fails before the swap is done.
    // (an object, because its fields are set inside the Excel.run callback and read in catch)
    const state: { before: Map<string, string> | null; swapped: boolean } = { before: null, swapped: false };
    const backups: string[] = [];
    const total = out.length + 2;
    try {
      await Excel.run(async (ctx) => {
        const existing = ctx.workbook.worksheets.load("items/name,items/position,items/id");
        await ctx.sync();
        state.before = new Map(existing.items.map((s) => [s.id, s.name]));
        const taken = new Set(existing.items.map((s) => s.name.toLowerCase()));
        const freeName = (prefix: string) => {
          for (let i = 0; ; i++) {
            const name = `${prefix}${i}`;
            if (!taken.has(name)) {
              taken.add(name);
              return name;
            }
          }
        };
        const temps = out.map(() => freeName("~kehoach-tmp"));
        onProgress?.(1, total);
        const batch = new Batch(ctx, caps, signal);
        for (let i = 0; i < out.length; i++) {
          await queueSheet(ctx, batch, temps[i]!, out[i]!, rendered[i]!);
          onProgress?.(2 + i, total);
        }

        // The swap goes in the same request as the last cells, after them: a batch is not a
        // transaction (a failing operation leaves the earlier ones applied), so nothing is
        // deleted until the new sheets carry their names. Old sheets are renamed to backups, the
        // new ones renamed in, and only after that request succeeded are the backups deleted.
        // A failure or a cancel before then is undone in the catch below.
        const olds = out.map((o) => existing.items.find((s) => s.name.toLowerCase() === o.name.toLowerCase()));
        await batch.reserve(SMALL_OP_BYTES * 4 * out.length);
        olds.forEach((s) => {
          if (!s) return;
          const b = freeName("~kehoach-old");
          backups.push(b);
          s.name = b;
        });
        const news = out.map((o, i) => {
          const ws = ctx.workbook.worksheets.getItem(temps[i]!);
          ws.name = o.name;
          if (options.veryHidden?.includes(o.name)) ws.visibility = "VeryHidden";
          if (options.activate && i === 0) ws.activate();
          return ws;
        });
        // Each new sheet goes just before its backup, which is deleted later; in order of
        // position, each earlier insertion moves the later backups one place to the right.
        const placed = out
          .map((_, i) => i)
          .filter((i) => olds[i])
          .sort((a, b) => olds[a]!.position - olds[b]!.position);
        placed.forEach((i, k) => (news[i]!.position = olds[i]!.position + k));
        await batch.flush();
        state.swapped = true;
        for (const s of olds) s?.delete();
        await ctx.sync();
        onProgress?.(total, total);
      });
    } catch (e) {
      if (!state.swapped) {
        if (state.before) await restoreSheets(state.before).catch(() => undefined);
      } else {
        // The new sheets are in place; only backups are left over. Try once more from a fresh
        // request, and report the error only if they are still there.
        await deleteSheets(backups);
        return;
      }
      throw e;
    }
  }

  /** Deletes the sheets created since `before` was taken and gives renamed sheets their names back. */
  async function restoreSheets(before: Map<string, string>): Promise<void> {
    await Excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load("items/name,items/id");
      await ctx.sync();
      // deletes first, so a renamed old sheet can take its name back from a new one
      for (const s of sheets.items) if (!before.has(s.id)) s.delete();
      for (const s of sheets.items) {
        const name = before.get(s.id);
        if (name !== undefined && name !== s.name) s.name = name;
      }
      await ctx.sync();
    });
  }

  async function queueSheet(
    ctx: Excel.RequestContext,
    batch: Batch,
    name: string,
    sheet: OutSheet,
    r: RenderedSheet,
  ): Promise<void> {
    await batch.reserve(SMALL_OP_BYTES);
    const ws = ctx.workbook.worksheets.add(name);
    // Number formats before values, so text is text when it lands. A new sheet is all General:
    // send only the other formats, as blocks, unless one whole array is smaller.
    const blockBytes = r.formatBlocks.reduce((n, b) => n + SMALL_OP_BYTES + b.rows * b.cols * (b.value.length + 3), 0);
    const arrayBytes = r.numberFormats.reduce((n, row) => n + jsonBytes(row), 0);
    const formatsInBlocks = blockBytes < arrayBytes;
    if (formatsInBlocks) {
      for (const b of r.formatBlocks) {
        const bytes = SMALL_OP_BYTES + b.rows * b.cols * (b.value.length + 3);
        // a block larger than the budget is split by rows
        const rowsPer = Math.max(1, Math.floor(REQUEST_BUDGET / 2 / Math.max(1, bytes / b.rows)));
        for (let start = 0; start < b.rows; start += rowsPer) {
          const n = Math.min(rowsPer, b.rows - start);
          await batch.reserve(SMALL_OP_BYTES + n * b.cols * (b.value.length + 3));
          ws.getRangeByIndexes(b.row + start, b.col, n, b.cols).numberFormat = Array.from({ length: n }, () =>
            new Array<string>(b.cols).fill(b.value),
          );
        }
      }
    }
    if (r.rows > 0) {
      // Rows in slices that fit the request budget.
      let start = 0;
      while (start < r.rows) {
        let end = start;
        let bytes = 0;
        while (end < r.rows) {
          const b = jsonBytes(r.values[end]) + (formatsInBlocks ? 0 : jsonBytes(r.numberFormats[end])) + 2;
          if (end > start && bytes + b > REQUEST_BUDGET / 2) break;
          bytes += b;
          end++;
        }
        await batch.reserve(bytes);
        const range = ws.getRangeByIndexes(start, 0, end - start, r.cols);
        if (!formatsInBlocks) range.numberFormat = r.numberFormats.slice(start, end);
        range.values = r.values.slice(start, end);
        start = end;
      }
    }
    for (const b of r.blocks) {
      const f = STYLE_FORMATS[b.style];
      await batch.reserve(SMALL_OP_BYTES);
      const range = ws.getRange(blockAddress(b));
      if (f.bold) range.format.font.bold = true;
      if (f.italic) range.format.font.italic = true;
      if (f.size) range.format.font.size = f.size;
      if (f.fontColor) range.format.font.color = f.fontColor;
      if (f.fill) range.format.fill.color = f.fill;
      if (f.wrap) range.format.wrapText = true;
    }
    // One operation per run of equal widths or heights, not one per column or row: a sheet of
    // 500 agencies' rows of the same height is one request item.
    for (const run of equalRuns(sheet.columns.map((col) => columnWidthPoints(col.width)))) {
      await batch.reserve(SMALL_OP_BYTES);
      ws.getRangeByIndexes(0, run.start, 1, run.count).format.columnWidth = run.value;
    }
    for (const run of equalRuns(sheet.rows.map((row) => row.height))) {
      await batch.reserve(SMALL_OP_BYTES);
      ws.getRangeByIndexes(run.start, 0, run.count, 1).format.rowHeight = run.value;
    }
    for (const m of sheet.merges ?? []) {
      await batch.reserve(SMALL_OP_BYTES);
      ws.getRange(m).merge(false);
    }
    // Range.hyperlink is ExcelApi 1.7; without it the cell keeps the link's text (already written).
    if (caps.hyperlinks) {
      for (const l of r.links) {
        await batch.reserve(SMALL_OP_BYTES + jsonBytes(l));
        const cell = ws.getRangeByIndexes(l.row, l.col, 1, 1);
        cell.hyperlink =
          l.address !== undefined
            ? { address: l.address, textToDisplay: l.text }
            : { documentReference: l.documentReference, textToDisplay: l.text };
      }
      if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.cols > 0)) {
        await batch.reserve(SMALL_OP_BYTES);
        if (sheet.freeze.rows > 0 && sheet.freeze.cols > 0)
          ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, sheet.freeze.rows, sheet.freeze.cols));
        else if (sheet.freeze.rows > 0) ws.freezePanes.freezeRows(sheet.freeze.rows);
        else ws.freezePanes.freezeColumns(sheet.freeze.cols);
      }
      if (sheet.tabColor) ws.tabColor = sheet.tabColor;
    }
    if (caps.autoFilter && sheet.autoFilter) {
      await batch.reserve(SMALL_OP_BYTES);
      ws.autoFilter.apply(ws.getRange(sheet.autoFilter));
    }
    for (const chart of sheet.charts ?? []) {
      await batch.reserve(SMALL_OP_BYTES * 2);
      const c = ws.charts.add(
        CHART_TYPES[chart.type],
        ws.getRange(boundingRange(chart.categories, chart.values)),
        "Columns",
      );
      c.title.text = chart.title;
      c.setPosition(chart.anchor.cell, anchorEnd(chart.anchor.cell, chart.anchor.widthCols, chart.anchor.heightRows));
    }
  }

  async function deleteSheets(names: string[]): Promise<void> {
    if (names.length === 0) return;
    await Excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load("items/name");
      await ctx.sync();
      const doomed = new Set(names.map((n) => n.toLowerCase()));
      for (const s of sheets.items) if (doomed.has(s.name.toLowerCase())) s.delete();
      await ctx.sync();
    });
  }

  async function selectCell(sheet: string, cell: string): Promise<void> {
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await ctx.sync();
    });
  }

  async function highlightCells(groups: { sheet: string; cells: CellHighlight[] }[]): Promise<void> {
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

  async function openWorkbook(base64: string): Promise<boolean> {
    if (!caps.createWorkbook) return false;
    try {
      await Excel.createWorkbook(base64);
      return true;
    } catch {
      // Some hosts refuse (pop-up blockers, Excel on the web in some tenants): the pane offers the download.
      return false;
    }
  }

  return { capabilities: () => caps, listSheets, readSheets, writeSheets, selectCell, highlightCells, openWorkbook };
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

/** Runs of consecutive equal values, skipping undefined (nothing to set). */
export function equalRuns<T>(values: (T | undefined)[]): { start: number; count: number; value: T }[] {
  const runs: { start: number; count: number; value: T }[] = [];
  values.forEach((v, i) => {
    if (v === undefined) return;
    const last = runs[runs.length - 1];
    if (last && last.start + last.count === i && last.value === v) last.count++;
    else runs.push({ start: i, count: 1, value: v });
  });
  return runs;
}

function visibilityOf(v: string): SheetInfo["visibility"] {
  if (v === "Hidden") return "hidden";
  if (v === "VeryHidden") return "veryHidden";
  return "visible";
}
