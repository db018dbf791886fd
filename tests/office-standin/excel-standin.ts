/**
 * A STAND-IN for the subset of the Excel JavaScript API (Office.js) that src/office uses.
 * Real Excel cannot run on this machine, so the adapter's unit tests and the browser end-to-end
 * test run against this in-memory model instead. It is NOT Office.js and does not try to be
 * complete; it copies the behaviours that matter for the adapter's correctness:
 *
 * - the request/sync model: setters and method calls are queued and take effect at `sync()`;
 *   loaded properties are readable only after the sync that loaded them succeeded
 *   (PropertyNotLoaded; a failed or refused request delivers no loaded values);
 * - `sync()` calls are counted, with the bytes of each request (JSON size of the queued
 *   operations), and a request over 5 MB fails with RequestPayloadSizeLimitExceeded, as on
 *   Excel on the web;
 * - a string over 32,767 characters in `Range.values` fails the request (InvalidArgument);
 * - strings written through `Range.values` that start with "=", "+" or "-" become formulas,
 *   and numeric-looking strings become numbers, UNLESS the cell's number format is "@" (text);
 * - requirement sets: `Office.context.requirements.isSetSupported("ExcelApi", v)` answers from
 *   a configurable version, and APIs newer than it fail at sync (ApiNotFound);
 * - operations run in order and a failing one stops the batch (earlier ones stay applied, as in
 *   Excel: a batch is not a transaction). `failWhen` injects a failure for tests.
 *
 * See Microsoft's docs for the real semantics; TESTING.md lists what must be checked by hand.
 */

import { TableCollectionProxy, overlaps, type StandinTable } from "./tables";

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/**
 * While a sync runs, loaded values wait here and are delivered only if the whole request
 * succeeds: Excel drops the answer of a failed or refused request, so a proxy whose load was in
 * it stays unloaded (PropertyNotLoaded), as in Office.js.
 */
let pendingLoads: (() => void)[] | null = null;

export class StandinError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "OfficeExtension.Error";
  }
}

export interface StandinCell {
  value: string | number | boolean;
  formula?: string;
  numberFormat: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  wrap?: boolean;
  hAlign?: string;
  hyperlink?: { address?: string; documentReference?: string; textToDisplay?: string };
}

export interface StandinChart {
  type: string;
  source: string;
  title: string;
  position: string | null;
}

export class StandinSheet {
  readonly cells = new Map<string, StandinCell>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly charts: StandinChart[] = [];
  readonly merges: string[] = [];
  /** Excel tables (ListObjects) on the sheet */
  readonly tables: StandinTable[] = [];
  freeze: { rows: number; cols: number } | null = null;
  autoFilter: string | null = null;
  /** dropdown lists set through Range.dataValidation: address → list source */
  readonly validations = new Map<string, string>();
  /** tables, pivot tables and shapes on the sheet: only counted (a blank sheet has none) */
  readonly objects = { tables: 0, pivotTables: 0, shapes: 0 };
  tabColor = "";
  protected = false;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  constructor(
    readonly id: number,
    public name: string,
  ) {}

  cell(r: number, c: number): StandinCell | undefined {
    return this.cells.get(`${r},${c}`);
  }
  cellForWrite(r: number, c: number): StandinCell {
    const k = `${r},${c}`;
    let cell = this.cells.get(k);
    if (!cell) {
      cell = { value: "", numberFormat: "General" };
      this.cells.set(k, cell);
    }
    return cell;
  }
}

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export function colLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function parseCellRef(a: string): { row: number; col: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(a.trim());
  if (!m) throw new StandinError("InvalidArgument", `bad address ${a}`);
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export function parseRect(address: string): Rect {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b] = local.split(":");
  const p = parseCellRef(a!);
  const q = b ? parseCellRef(b) : p;
  return {
    row: Math.min(p.row, q.row),
    col: Math.min(p.col, q.col),
    rows: Math.abs(q.row - p.row) + 1,
    cols: Math.abs(q.col - p.col) + 1,
  };
}

export function rectAddress(r: Rect): string {
  const tl = `${colLetters(r.col)}${r.row + 1}`;
  if (r.rows === 1 && r.cols === 1) return tl;
  return `${tl}:${colLetters(r.col + r.cols - 1)}${r.row + r.rows}`;
}

/** The arithmetic Excel would compute for "=1+2*3"; anything else is a #NAME? error. */
function evaluateFormula(f: string): string | number {
  const body = f.replace(/^[=+]/, "");
  if (/^[\d\s+\-*/().]+$/.test(body)) {
    try {
      const v = Function(`"use strict"; return (${body});`)() as unknown;
      if (typeof v === "number" && Number.isFinite(v)) return v;
    } catch {
      /* falls through to #NAME? */
    }
  }
  return "#NAME?";
}

type Op = { desc: unknown; run: () => void };

function minor(v: string): number {
  const m = /^1\.(\d+)$/.exec(v);
  return m ? Number(m[1]) : 0;
}

export class ExcelStandin {
  sheets: StandinSheet[] = [];
  private nextId = 1;
  /** highest ExcelApi 1.x supported, e.g. 9 for 1.9 */
  apiMinor = 9;
  displayLanguage = "vi-VN";
  payloadLimit = PAYLOAD_LIMIT;
  /** sync() calls since the last reset, and the request bytes of each */
  syncCount = 0;
  syncBytes: number[] = [];
  /** the size of each accepted sync's answer (loaded cells) */
  responseBytes: number[] = [];
  /** answers refused for exceeding the payload limit */
  refusedResponses = 0;
  /**
   * Milliseconds the stand-in itself spent applying requests. In Excel that work runs in the host,
   * not in the pane's JavaScript, so a benchmark subtracts it from the page's main-thread time.
   */
  hostMs = 0;
  /**
   * Delay of each sync's answer, in ms, plus `roundTripMsPerMB` per megabyte of request and answer:
   * a model of the round trip to Excel (0 by default, for tests). It is waited without blocking the
   * page, as a real round trip is.
   */
  roundTripMs = 0;
  roundTripMsPerMB = 0;
  calcSuspensions = 0;
  selection: { sheet: string; address: string } | null = null;
  activeSheet: string | null = null;
  createdWorkbooks: string[] = [];
  /** throws from the operation for which it returns true (to test failures midway) */
  failWhen: ((desc: Record<string, unknown>) => boolean) | null = null;

  constructor(sheetNames: string[] = ["Sheet1"]) {
    for (const n of sheetNames) this.addSheet(n);
    this.activeSheet = this.sheets[0]?.name ?? null;
  }

  resetCounters(): void {
    this.syncCount = 0;
    this.syncBytes = [];
    this.responseBytes = [];
    this.refusedResponses = 0;
    this.hostMs = 0;
  }

  supports(version: string): boolean {
    return minor(version) <= this.apiMinor;
  }

  requireApi(version: string, what: string): void {
    if (!this.supports(version)) throw new StandinError("ApiNotFound", `${what} needs ExcelApi ${version}`);
  }

  findSheet(name: string): StandinSheet | undefined {
    const k = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === k);
  }

  addSheet(name: string): StandinSheet {
    if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw new StandinError("InvalidArgument", `invalid sheet name "${name}"`);
    }
    if (this.findSheet(name)) throw new StandinError("ItemAlreadyExists", `sheet "${name}" exists`);
    const s = new StandinSheet(this.nextId++, name);
    this.sheets.push(s);
    return s;
  }

  /** A plain copy of the workbook's content, for assertions (and for `window` in the e2e test). */
  snapshot(): {
    name: string;
    visibility: string;
    values: (string | number | boolean)[][];
    formulas: Record<string, string>;
    formats: Record<string, string>;
    fills: Record<string, string>;
    hyperlinks: Record<string, string>;
    charts: StandinChart[];
    freeze: { rows: number; cols: number } | null;
    tables: StandinTable[];
  }[] {
    return this.sheets.map((s) => {
      let maxR = -1;
      let maxC = -1;
      for (const [k, c] of s.cells) {
        if (c.value === "" && !c.formula) continue;
        const [r, col] = k.split(",").map(Number) as [number, number];
        maxR = Math.max(maxR, r);
        maxC = Math.max(maxC, col);
      }
      const values: (string | number | boolean)[][] = [];
      for (let r = 0; r <= maxR; r++) {
        const row: (string | number | boolean)[] = [];
        for (let c = 0; c <= maxC; c++) row.push(s.cell(r, c)?.value ?? "");
        values.push(row);
      }
      const formulas: Record<string, string> = {};
      const formats: Record<string, string> = {};
      const fills: Record<string, string> = {};
      const hyperlinks: Record<string, string> = {};
      for (const [k, c] of s.cells) {
        const [r, col] = k.split(",").map(Number) as [number, number];
        const a = `${colLetters(col)}${r + 1}`;
        if (c.formula) formulas[a] = c.formula;
        if (c.numberFormat !== "General") formats[a] = c.numberFormat;
        if (c.fill) fills[a] = c.fill;
        if (c.hyperlink) hyperlinks[a] = c.hyperlink.address ?? `#${c.hyperlink.documentReference ?? ""}`;
      }
      return {
        name: s.name,
        visibility: s.visibility,
        values,
        formulas,
        formats,
        fills,
        hyperlinks,
        charts: [...s.charts],
        freeze: s.freeze,
        tables: s.tables.map((t) => ({ ...t })),
      };
    });
  }

  // ---- the API surface -------------------------------------------------------------------

  /** The `Excel` namespace object (the subset used). */
  excelNamespace(): Record<string, unknown> {
    return {
      run: async <T>(batch: (ctx: RequestContext) => Promise<T>): Promise<T> => {
        const ctx = new RequestContext(this);
        const result = await batch(ctx);
        // Excel.run sends what is still queued when the batch returns.
        if (ctx.pending()) await ctx.sync();
        return result;
      },
      createWorkbook: async (base64?: string): Promise<void> => {
        this.requireApi("1.8", "Excel.createWorkbook");
        this.createdWorkbooks.push(base64 ?? "");
      },
      RequestContext,
    };
  }

  /** The `Office` namespace object (the subset used). */
  officeNamespace(): Record<string, unknown> {
    const info = { host: "Excel", platform: "OfficeOnline" };
    const context = {
      requirements: {
        isSetSupported: (name: string, version?: string) => name === "ExcelApi" && this.supports(version ?? "1.1"),
      },
    };
    // a getter, so a test can switch the display language after installing
    Object.defineProperty(context, "displayLanguage", { get: () => this.displayLanguage, enumerable: true });
    return {
      onReady: (cb?: (i: typeof info) => void) => {
        cb?.(info);
        return Promise.resolve(info);
      },
      HostType: { Excel: "Excel" },
      context,
    };
  }

  /** Installs `Office` and `Excel` on the given global object. */
  install(target: Record<string, unknown>): void {
    target.Office = this.officeNamespace();
    target.Excel = this.excelNamespace();
  }
}

function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export class RequestContext {
  private queue: Op[] = [];
  /** bytes of the loaded values in the current sync's answer */
  responseBytes = 0;
  readonly workbook: WorkbookProxy;
  readonly application: { suspendApiCalculationUntilNextSync: () => void };
  constructor(readonly excel: ExcelStandin) {
    this.workbook = new WorkbookProxy(this);
    this.application = {
      suspendApiCalculationUntilNextSync: () => {
        this.enqueue({ op: "suspendCalc" }, () => {
          excel.requireApi("1.6", "suspendApiCalculationUntilNextSync");
          excel.calcSuspensions++;
        });
      },
    };
  }

  pending(): boolean {
    return this.queue.length > 0;
  }

  enqueue(desc: Record<string, unknown>, run: () => void): void {
    this.queue.push({ desc, run });
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const bytes = utf8Bytes(JSON.stringify(ops.map((o) => o.desc)));
    this.excel.syncCount++;
    this.excel.syncBytes.push(bytes);
    // A real request is asynchronous: let other tasks run, as the pane's cancel button does.
    await new Promise((r) => setTimeout(r, this.excel.roundTripMs));
    const started = performance.now();
    try {
      this.apply(ops, bytes);
    } finally {
      this.excel.hostMs += performance.now() - started;
    }
    if (this.excel.roundTripMsPerMB > 0) {
      const mb = (bytes + this.responseBytes) / (1024 * 1024);
      await new Promise((r) => setTimeout(r, mb * this.excel.roundTripMsPerMB));
    }
  }

  /** Runs a request's operations in order, as Excel does; its answer is delivered only if all succeed. */
  private apply(ops: Op[], bytes: number): void {
    if (bytes > this.excel.payloadLimit) {
      throw new StandinError(
        "RequestPayloadSizeLimitExceeded",
        `request of ${bytes} bytes exceeds ${this.excel.payloadLimit}`,
      );
    }
    this.responseBytes = 0;
    const loads: (() => void)[] = [];
    pendingLoads = loads;
    try {
      for (const op of ops) {
        const desc = op.desc as Record<string, unknown>;
        if (this.excel.failWhen?.(desc))
          throw new StandinError("GeneralException", `injected failure at ${JSON.stringify(desc).slice(0, 80)}`);
        op.run();
      }
    } finally {
      pendingLoads = null;
    }
    // Excel on the web caps the answer too: loading megabytes of cells in one sync fails.
    if (this.responseBytes > this.excel.payloadLimit) {
      this.excel.refusedResponses++;
      throw new StandinError(
        "RequestPayloadSizeLimitExceeded",
        `response of ${this.responseBytes} bytes exceeds ${this.excel.payloadLimit}`,
      );
    }
    for (const deliver of loads) deliver();
    this.excel.responseBytes.push(this.responseBytes);
  }
}

/** A value readable only after the sync that loaded it. */
class Loadable<T> {
  private v: T | undefined;
  private loaded = false;
  constructor(private readonly what: string) {}
  set(v: T): void {
    const deliver = () => {
      this.v = v;
      this.loaded = true;
    };
    if (pendingLoads) pendingLoads.push(deliver);
    else deliver();
  }
  get(): T {
    if (!this.loaded) throw new StandinError("PropertyNotLoaded", `${this.what} was not loaded and synced`);
    return this.v as T;
  }
}

class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: WorkbookTablesProxy;
  readonly application: RequestContext["application"];
  constructor(private readonly ctx: RequestContext) {
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.tables = new WorkbookTablesProxy(ctx);
    this.application = ctx.application;
  }
  getSelectedRange(): RangeProxy {
    const ex = this.ctx.excel;
    const sheet = new WorksheetProxy(this.ctx, () => {
      const s = ex.findSheet(ex.selection?.sheet ?? ex.activeSheet ?? "");
      if (!s) throw new StandinError("ItemNotFound", "no active sheet");
      return s;
    });
    return new RangeProxy(this.ctx, sheet, () => parseRect(ex.selection?.address ?? "A1"));
  }
}

/** `workbook.tables`: every table's name and sheet, once loaded (ExcelApi 1.1). */
class WorkbookTablesProxy {
  private readonly itemsL = new Loadable<{ name: string; worksheet: { name: string } }[]>("tables.items");
  constructor(private readonly ctx: RequestContext) {}
  get items(): { name: string; worksheet: { name: string } }[] {
    return this.itemsL.get();
  }
  load(_props?: string | string[]): this {
    this.ctx.enqueue({ op: "tables.load" }, () => {
      this.ctx.excel.requireApi("1.1", "tables");
      this.itemsL.set(
        this.ctx.excel.sheets.flatMap((s) => s.tables.map((t) => ({ name: t.name, worksheet: { name: s.name } }))),
      );
    });
    return this;
  }
}

class WorksheetCollectionProxy {
  private readonly itemsL = new Loadable<WorksheetProxy[]>("worksheets.items");
  constructor(private readonly ctx: RequestContext) {}
  get items(): WorksheetProxy[] {
    return this.itemsL.get();
  }
  load(_props?: string | string[] | Record<string, unknown>): this {
    this.ctx.enqueue({ op: "worksheets.load" }, () => {
      const list = [...this.ctx.excel.sheets];
      this.itemsL.set(
        list.map((s) => {
          const p = new WorksheetProxy(this.ctx, () => s);
          p.fill(s);
          return p;
        }),
      );
    });
    return this;
  }
  add(name: string): WorksheetProxy {
    let created: StandinSheet | null = null;
    this.ctx.enqueue({ op: "worksheets.add", name }, () => {
      created = this.ctx.excel.addSheet(name);
    });
    return new WorksheetProxy(this.ctx, () => {
      if (!created) throw new StandinError("InvalidObjectPath", `sheet "${name}" was not created`);
      return created;
    });
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => {
      const s = this.ctx.excel.findSheet(name);
      if (!s) throw new StandinError("ItemNotFound", `no sheet "${name}"`);
      return s;
    });
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.excel.findSheet(name) ?? null);
  }
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.excel.findSheet(this.ctx.excel.activeSheet ?? "") ?? null);
  }
}

class WorksheetProxy {
  private resolved: StandinSheet | null | undefined;
  private readonly idL = new Loadable<string>("worksheet.id");
  private readonly nameL = new Loadable<string>("worksheet.name");
  private readonly visL = new Loadable<string>("worksheet.visibility");
  private readonly posL = new Loadable<number>("worksheet.position");
  private readonly nullL = new Loadable<boolean>("worksheet.isNullObject");
  readonly charts: ChartCollectionProxy;
  readonly pivotTables: CountedCollectionProxy;
  readonly shapes: CountedCollectionProxy;
  readonly freezePanes: {
    freezeRows: (n: number) => void;
    freezeColumns: (n: number) => void;
    freezeAt: (r: RangeProxy | string) => void;
    unfreeze: () => void;
  };
  readonly protection: {
    protect: (options?: unknown, password?: string) => void;
    unprotect: (password?: string) => void;
  };
  readonly autoFilter: { apply: (range: RangeProxy | string) => void };
  readonly tables: TableCollectionProxy & { getCount(): ClientResult<number> };

  constructor(
    readonly ctx: RequestContext,
    private readonly resolver: () => StandinSheet | null,
  ) {
    this.charts = new ChartCollectionProxy(ctx, this);
    // Tables the pane made (detail sheet) and objects a test put there to stand for the user's own.
    const tableCount = new CountedCollectionProxy(
      ctx,
      "1.4",
      () => this.sheet().objects.tables + this.sheet().tables.length,
    );
    this.tables = Object.assign(
      new TableCollectionProxy({
        enqueue: (desc, run) => ctx.enqueue(desc, run),
        requireApi: (v, what) => ctx.excel.requireApi(v, what),
        sheet: () => this.sheet(),
        allTables: () => ctx.excel.sheets.flatMap((s) => s.tables),
        rect: (r) => (typeof r === "string" ? parseRect(r) : r.rect()),
        parseRect,
        address: rectAddress,
        error: (code, message) => new StandinError(code, message),
      }),
      { getCount: () => tableCount.getCount() },
    );
    this.pivotTables = new CountedCollectionProxy(ctx, "1.4", () => this.sheet().objects.pivotTables);
    this.shapes = new CountedCollectionProxy(ctx, "1.9", () => this.sheet().objects.shapes);
    const op = (desc: Record<string, unknown>, fn: (s: StandinSheet) => void) =>
      this.ctx.enqueue(desc, () => fn(this.sheet()));
    this.freezePanes = {
      freezeRows: (n) =>
        op({ op: "freezeRows", n }, (s) => {
          this.ctx.excel.requireApi("1.7", "freezePanes");
          s.freeze = { rows: n, cols: s.freeze?.cols ?? 0 };
        }),
      freezeColumns: (n) =>
        op({ op: "freezeColumns", n }, (s) => {
          this.ctx.excel.requireApi("1.7", "freezePanes");
          s.freeze = { rows: s.freeze?.rows ?? 0, cols: n };
        }),
      freezeAt: (r) =>
        op({ op: "freezeAt" }, (s) => {
          this.ctx.excel.requireApi("1.7", "freezePanes");
          const rect = typeof r === "string" ? parseRect(r) : r.rect();
          s.freeze = { rows: rect.row + rect.rows, cols: rect.col + rect.cols };
        }),
      unfreeze: () =>
        op({ op: "unfreeze" }, (s) => {
          s.freeze = null;
        }),
    };
    this.protection = {
      protect: () =>
        op({ op: "protect" }, (s) => {
          this.ctx.excel.requireApi("1.2", "protection");
          s.protected = true;
        }),
      unprotect: () =>
        op({ op: "unprotect" }, (s) => {
          s.protected = false;
        }),
    };
    this.autoFilter = {
      apply: (range) =>
        op({ op: "autoFilter" }, (s) => {
          this.ctx.excel.requireApi("1.9", "autoFilter");
          const rect = typeof range === "string" ? parseRect(range) : range.rect();
          // a table has its own filter: Excel refuses a sheet's autofilter over one
          const table = s.tables.find((t) => overlaps(rect, parseRect(t.range)));
          if (table) throw new StandinError("InvalidOperation", `the autofilter would overlap table ${table.name}`);
          s.autoFilter = rectAddress(rect);
        }),
    };
  }

  resolveOrNull(): StandinSheet | null {
    if (this.resolved === undefined) this.resolved = this.resolver();
    return this.resolved;
  }
  sheet(): StandinSheet {
    const s = this.resolveOrNull();
    if (!s) throw new StandinError("InvalidObjectPath", "the worksheet is a null object");
    return s;
  }
  fill(s: StandinSheet): void {
    // Office.js ids are GUID strings; a sheet keeps its id when renamed or moved
    this.idL.set(`{00000000-0000-0000-0000-${String(s.id).padStart(12, "0")}}`);
    this.nameL.set(s.name);
    this.visL.set(s.visibility);
    this.posL.set(this.ctx.excel.sheets.indexOf(s));
    this.nullL.set(false);
  }

  get id(): string {
    return this.idL.get();
  }
  get name(): string {
    return this.nameL.get();
  }
  set name(v: string) {
    this.ctx.enqueue({ op: "rename", to: v }, () => {
      const s = this.sheet();
      const clash = this.ctx.excel.findSheet(v);
      if (clash && clash !== s) throw new StandinError("ItemAlreadyExists", `sheet "${v}" exists`);
      if (!v || v.length > 31 || /[[\]:*?/\\]/.test(v))
        throw new StandinError("InvalidArgument", `invalid sheet name "${v}"`);
      if (this.ctx.excel.activeSheet === s.name) this.ctx.excel.activeSheet = v;
      s.name = v;
    });
  }
  get visibility(): string {
    return this.visL.get();
  }
  set visibility(v: string) {
    this.ctx.enqueue({ op: "visibility", v }, () => {
      this.sheet().visibility = v as StandinSheet["visibility"];
    });
  }
  get position(): number {
    return this.posL.get();
  }
  set position(p: number) {
    this.ctx.enqueue({ op: "position", p }, () => {
      const list = this.ctx.excel.sheets;
      const s = this.sheet();
      list.splice(list.indexOf(s), 1);
      list.splice(Math.min(p, list.length), 0, s);
    });
  }
  get isNullObject(): boolean {
    return this.nullL.get();
  }
  set tabColor(c: string) {
    this.ctx.enqueue({ op: "tabColor", c }, () => {
      this.ctx.excel.requireApi("1.7", "tabColor");
      this.sheet().tabColor = c;
    });
  }
  load(_props?: string | string[]): this {
    this.ctx.enqueue({ op: "worksheet.load" }, () => {
      const s = this.resolveOrNull();
      if (s) this.fill(s);
      else this.nullL.set(true);
    });
    return this;
  }
  delete(): void {
    this.ctx.enqueue({ op: "deleteSheet" }, () => {
      const s = this.sheet();
      const ex = this.ctx.excel;
      if (ex.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0) {
        throw new StandinError("InvalidOperation", "a workbook must keep one visible sheet");
      }
      ex.sheets.splice(ex.sheets.indexOf(s), 1);
      if (ex.activeSheet === s.name) ex.activeSheet = ex.sheets.find((x) => x.visibility === "Visible")?.name ?? null;
    });
  }
  activate(): void {
    this.ctx.enqueue({ op: "activate" }, () => {
      this.ctx.excel.activeSheet = this.sheet().name;
    });
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.ctx, this, () => parseRect(address ?? "A1:XFD1048576"));
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    return new RangeProxy(this.ctx, this, () => ({ row, col, rows, cols }));
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(
      this.ctx,
      this,
      () => {
        const s = this.sheet();
        let minR = Infinity,
          minC = Infinity,
          maxR = -1,
          maxC = -1;
        for (const [k, c] of s.cells) {
          const hasValue = c.value !== "" || !!c.formula;
          if (valuesOnly ? !hasValue : !hasValue && c.numberFormat === "General" && !c.fill) continue;
          const [r, col] = k.split(",").map(Number) as [number, number];
          minR = Math.min(minR, r);
          minC = Math.min(minC, col);
          maxR = Math.max(maxR, r);
          maxC = Math.max(maxC, col);
        }
        return maxR < 0 ? null : { row: minR, col: minC, rows: maxR - minR + 1, cols: maxC - minC + 1 };
      },
      true,
    );
  }
}

type Grid<T> = T[][];

class RangeProxy {
  private resolved: Rect | null | undefined;
  private readonly valuesL = new Loadable<Grid<string | number | boolean>>("range.values");
  private readonly formatsL = new Loadable<Grid<string>>("range.numberFormat");
  private readonly typesL = new Loadable<Grid<string>>("range.valueTypes");
  private readonly addressL = new Loadable<string>("range.address");
  private readonly rowIndexL = new Loadable<number>("range.rowIndex");
  private readonly colIndexL = new Loadable<number>("range.columnIndex");
  private readonly rowCountL = new Loadable<number>("range.rowCount");
  private readonly colCountL = new Loadable<number>("range.columnCount");
  private readonly nullL = new Loadable<boolean>("range.isNullObject");
  readonly format: RangeFormatProxy;
  readonly dataValidation: { rule: unknown; errorAlert: unknown };

  constructor(
    readonly ctx: RequestContext,
    readonly ws: WorksheetProxy,
    private readonly resolver: () => Rect | null,
    private readonly nullable = false,
  ) {
    this.format = new RangeFormatProxy(this);
    // Range.dataValidation (ExcelApi 1.8): a list rule is recorded on the sheet by address.
    const range = () => this;
    this.dataValidation = {
      set rule(v: unknown) {
        const source = (v as { list?: { source?: string } }).list?.source ?? "";
        range().mutate({ op: "dataValidation.rule", source }, () => {
          range().ctx.excel.requireApi("1.8", "dataValidation");
          range().ws.sheet().validations.set(rectAddress(range().rect()), source);
        });
      },
      get rule() {
        return undefined;
      },
      set errorAlert(_v: unknown) {
        range().mutate({ op: "dataValidation.errorAlert" }, () =>
          range().ctx.excel.requireApi("1.8", "dataValidation"),
        );
      },
      get errorAlert() {
        return undefined;
      },
    };
  }

  rectOrNull(): Rect | null {
    if (this.resolved === undefined) this.resolved = this.resolver();
    return this.resolved;
  }
  rect(): Rect {
    const r = this.rectOrNull();
    if (!r) throw new StandinError("InvalidObjectPath", "the range is a null object");
    return r;
  }
  /** Runs fn for each cell of the range, with the 2-D value (or the single value) for it. */
  eachCell<T>(v: T | Grid<T>, what: string, fn: (cell: StandinCell, value: T) => void): void {
    const s = this.ws.sheet();
    const r = this.rect();
    const isGrid = Array.isArray(v);
    if (isGrid) {
      const g = v as Grid<T>;
      if (g.length !== r.rows || g.some((row) => !Array.isArray(row) || row.length !== r.cols)) {
        throw new StandinError(
          "InvalidArgument",
          `${what}: ${g.length}×${g[0]?.length ?? 0} array for a ${r.rows}×${r.cols} range`,
        );
      }
    }
    for (let i = 0; i < r.rows; i++) {
      for (let j = 0; j < r.cols; j++) {
        fn(s.cellForWrite(r.row + i, r.col + j), isGrid ? (v as Grid<T>)[i]![j]! : (v as T));
      }
    }
  }
  mutate(desc: Record<string, unknown>, fn: () => void): void {
    this.ctx.enqueue({ ...desc, sheetRange: "range" }, () => {
      if (this.ws.sheet().protected) throw new StandinError("AccessDenied", "the sheet is protected");
      fn();
    });
  }

  get values(): Grid<string | number | boolean> {
    return this.valuesL.get();
  }
  set values(v: Grid<string | number | boolean> | string | number | boolean) {
    this.mutate({ op: "values", v }, () =>
      this.eachCell(v, "values", (cell, value) => {
        // Excel refuses the whole request for one text over its cell limit
        if (typeof value === "string" && value.length > 32767)
          throw new StandinError("InvalidArgument", `text of ${value.length} characters in one cell`);
        delete cell.formula;
        if (typeof value === "string" && cell.numberFormat !== "@") {
          if (/^[=+-]./s.test(value) && !/^[+-]?\d+(\.\d+)?$/.test(value)) {
            cell.formula = value.startsWith("=") ? value : `=${value}`;
            cell.value = evaluateFormula(value);
            return;
          }
          if (/^[+-]?\d+(\.\d+)?$/.test(value.trim())) {
            cell.value = Number(value);
            return;
          }
        }
        cell.value = value;
      }),
    );
  }
  get numberFormat(): Grid<string> {
    return this.formatsL.get();
  }
  set numberFormat(v: Grid<string> | string) {
    this.mutate({ op: "numberFormat", v }, () =>
      this.eachCell(v, "numberFormat", (cell, f) => {
        cell.numberFormat = f;
      }),
    );
  }
  get valueTypes(): Grid<string> {
    return this.typesL.get();
  }
  get address(): string {
    return this.addressL.get();
  }
  get rowIndex(): number {
    return this.rowIndexL.get();
  }
  get columnIndex(): number {
    return this.colIndexL.get();
  }
  get rowCount(): number {
    return this.rowCountL.get();
  }
  get columnCount(): number {
    return this.colCountL.get();
  }
  get isNullObject(): boolean {
    return this.nullL.get();
  }
  set hyperlink(h: { address?: string; documentReference?: string; textToDisplay?: string; screenTip?: string }) {
    this.mutate({ op: "hyperlink", h }, () => {
      this.ctx.excel.requireApi("1.7", "Range.hyperlink");
      this.eachCell(null, "hyperlink", (cell) => {
        cell.hyperlink = { ...h };
        if (h.textToDisplay !== undefined) cell.value = h.textToDisplay;
      });
    });
  }
  load(props?: string | string[]): this {
    // Only what is asked for is computed and counted in the answer, as in Excel.
    const wanted = new Set(
      (Array.isArray(props) ? props : (props ?? "values,numberFormat,valueTypes").split(",")).map((p) => p.trim()),
    );
    this.ctx.enqueue({ op: "range.load", props: [...wanted] }, () => {
      const ws = this.ws.resolveOrNull();
      const r = ws ? this.rectOrNull() : null;
      if (!r || !ws) {
        if (!this.nullable) throw new StandinError("InvalidObjectPath", "the range does not exist");
        this.nullL.set(true);
        return;
      }
      this.nullL.set(false);
      this.addressL.set(`${ws.name}!${rectAddress(r)}`);
      this.rowIndexL.set(r.row);
      this.colIndexL.set(r.col);
      this.rowCountL.set(r.rows);
      this.colCountL.set(r.cols);
      if (!wanted.has("values") && !wanted.has("numberFormat") && !wanted.has("valueTypes")) return;
      const vals: Grid<string | number | boolean> = [];
      const fmts: Grid<string> = [];
      const types: Grid<string> = [];
      for (let i = 0; i < r.rows; i++) {
        const vr: (string | number | boolean)[] = [];
        const fr: string[] = [];
        const tr: string[] = [];
        for (let j = 0; j < r.cols; j++) {
          const c = ws.cell(r.row + i, r.col + j);
          const v = c?.value ?? "";
          vr.push(v);
          fr.push(c?.numberFormat ?? "General");
          tr.push(
            typeof v === "number"
              ? "Double"
              : typeof v === "boolean"
                ? "Boolean"
                : v === ""
                  ? "Empty"
                  : /^#[A-Z0-9/]+[!?]?$/.test(v) && c?.formula
                    ? "Error"
                    : "String",
          );
        }
        vals.push(vr);
        fmts.push(fr);
        types.push(tr);
      }
      const answer: unknown[] = [];
      if (wanted.has("values")) {
        this.valuesL.set(vals);
        answer.push(vals);
      }
      if (wanted.has("numberFormat")) {
        this.formatsL.set(fmts);
        answer.push(fmts);
      }
      if (wanted.has("valueTypes")) {
        this.typesL.set(types);
        answer.push(types);
      }
      this.ctx.responseBytes += utf8Bytes(JSON.stringify(answer));
    });
    return this;
  }
  merge(_across?: boolean): void {
    this.mutate({ op: "merge" }, () => {
      this.ctx.excel.requireApi("1.2", "merge");
      this.ws.sheet().merges.push(rectAddress(this.rect()));
    });
  }
  select(): void {
    this.ctx.enqueue({ op: "select" }, () => {
      const s = this.ws.sheet();
      this.ctx.excel.activeSheet = s.name;
      this.ctx.excel.selection = { sheet: s.name, address: rectAddress(this.rect()) };
    });
  }
}

class RangeFormatProxy {
  readonly fill: { color: string; clear: () => void };
  readonly font: { bold: boolean; italic: boolean; color: string; size: number };
  constructor(private readonly range: RangeProxy) {
    const set = (desc: Record<string, unknown>, fn: (c: StandinCell) => void) =>
      this.range.mutate(desc, () => this.range.eachCell(null, String(desc.op), (c) => fn(c)));
    // Clearing touches only cells that exist (as Excel, a clear of the whole grid is one
    // operation): iterating every cell of "A1:XFD1048576" would never end.
    const clear = () =>
      this.range.mutate({ op: "fill.clear" }, () => {
        const r = this.range.rect();
        for (const [k, c] of this.range.ws.sheet().cells) {
          const [row, col] = k.split(",").map(Number) as [number, number];
          if (row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols) delete c.fill;
        }
      });
    const fill = { clear } as {
      color: string;
      clear: () => void;
    };
    Object.defineProperty(fill, "color", { set: (v: string) => set({ op: "fill", v }, (c) => (c.fill = v)) });
    this.fill = fill;
    const font = {} as { bold: boolean; italic: boolean; color: string; size: number };
    Object.defineProperty(font, "bold", { set: (v: boolean) => set({ op: "bold", v }, (c) => (c.bold = v)) });
    Object.defineProperty(font, "italic", { set: (v: boolean) => set({ op: "italic", v }, (c) => (c.italic = v)) });
    Object.defineProperty(font, "color", { set: (v: string) => set({ op: "fontColor", v }, (c) => (c.fontColor = v)) });
    Object.defineProperty(font, "size", { set: (v: number) => set({ op: "fontSize", v }, (c) => (c.fontSize = v)) });
    this.font = font;
  }
  set wrapText(v: boolean) {
    this.range.mutate({ op: "wrap", v }, () => this.range.eachCell(null, "wrap", (c) => (c.wrap = v)));
  }
  set horizontalAlignment(v: string) {
    this.range.mutate({ op: "hAlign", v }, () => this.range.eachCell(null, "hAlign", (c) => (c.hAlign = v)));
  }
  set verticalAlignment(v: string) {
    this.range.mutate({ op: "vAlign", v }, () => undefined);
  }
  set columnWidth(w: number) {
    this.range.mutate({ op: "columnWidth", w }, () => {
      const r = this.range.rect();
      for (let j = 0; j < r.cols; j++) this.range.ws.sheet().columnWidths.set(r.col + j, w);
    });
  }
  set rowHeight(h: number) {
    this.range.mutate({ op: "rowHeight", h }, () => {
      const r = this.range.rect();
      for (let i = 0; i < r.rows; i++) this.range.ws.sheet().rowHeights.set(r.row + i, h);
    });
  }
}

/** A `ClientResult`: its value is readable after the sync that computed it. */
class ClientResult<T> {
  private readonly l = new Loadable<T>("clientResult.value");
  constructor(ctx: RequestContext, desc: Record<string, unknown>, compute: () => T) {
    ctx.enqueue(desc, () => this.l.set(compute()));
  }
  get value(): T {
    return this.l.get();
  }
}

/** A collection the stand-in only counts (tables, pivot tables, shapes). */
class CountedCollectionProxy {
  constructor(
    private readonly ctx: RequestContext,
    private readonly api: string,
    private readonly count: () => number,
  ) {}
  getCount(): ClientResult<number> {
    return new ClientResult(this.ctx, { op: "getCount" }, () => {
      this.ctx.excel.requireApi(this.api, "getCount");
      return this.count();
    });
  }
}

class ChartCollectionProxy {
  constructor(
    private readonly ctx: RequestContext,
    private readonly ws: WorksheetProxy,
  ) {}
  getCount(): ClientResult<number> {
    return new ClientResult(this.ctx, { op: "charts.getCount" }, () => {
      this.ctx.excel.requireApi("1.4", "charts.getCount");
      return this.ws.sheet().charts.length;
    });
  }
  add(type: string, source: RangeProxy, _seriesBy?: string): ChartProxy {
    const chart: StandinChart = { type, source: "", title: "", position: null };
    this.ctx.enqueue({ op: "chart.add", type }, () => {
      chart.source = rectAddress(source.rect());
      this.ws.sheet().charts.push(chart);
    });
    return new ChartProxy(this.ctx, chart);
  }
}

class ChartProxy {
  readonly title: { text: string };
  constructor(
    private readonly ctx: RequestContext,
    private readonly chart: StandinChart,
  ) {
    const title = {} as { text: string };
    Object.defineProperty(title, "text", {
      set: (v: string) => this.ctx.enqueue({ op: "chart.title", v }, () => (this.chart.title = v)),
    });
    this.title = title;
  }
  setPosition(start: string, end?: string): void {
    this.ctx.enqueue({ op: "chart.position", start, end }, () => {
      this.chart.position = end ? `${start}:${end}` : start;
    });
  }
}
