/**
 * The workbook port of the browser version: an in-memory ExcelJS workbook in place of the
 * workbook open in Excel. Same contract as the Office adapter (src/office/excel-port.ts):
 *  - listSheets / readSheets: every sheet with its visibility; the used range padded to A1;
 *  - writeSheets: all new sheets are built under temporary names; only when every one is
 *    complete are the old ones removed and the new ones named and put in their places. A failure
 *    or a cancel (checked between sheets) removes the temporary sheets: the workbook is as it was;
 *  - very hidden sheets stay very hidden in the saved file;
 *  - highlightCells: the same fills as in Excel;
 *  - selectCell: there is no grid to scroll in a browser page, so the choice is to make that
 *    sheet active and that cell the selection of the SAVED file (it opens there in Excel), and
 *    to tell the shell, which shows the address;
 *  - openWorkbook: a page cannot open an Excel window: false, and the pane offers the download.
 * Saving gives the .xlsx bytes, charts included (see ./charts.ts).
 */
import type ExcelJS from "exceljs";
import type { Sheet } from "../core/grid";
import type { OutSheet } from "../core/sheet-model";
import { addOutSheet } from "./add-sheet";
import { withFreeTableNames } from "./table-names";
import { sheetNameProblem } from "../xlsx/write/sheet-names";
import { toBytes } from "../xlsx/convert";
import { chartKey, withCharts, type ChartStore } from "./charts";
import { cellsOf, readWorksheet, visibilityOf } from "./sheet-cells";
import { FILE_HOST_CAPABILITIES } from "./port-types";
import { arrangeSheetsOf, deleteSheetsOf } from "./arrange-sheets";
import { CancelledError } from "../core/ports/cancel";
import type { CellHighlight, SheetInfo, WorkbookPort, WriteOptions } from "../core/ports/workbook";

/** The same colours as the Office adapter's highlights. */
const HIGHLIGHT_FILL: Record<CellHighlight["kind"], string> = {
  error: "FFFFC7CE",
  warning: "FFFFEB9C",
  checked: "FFE2EFDA",
};
/** One highlight address may not name more cells than this (a whole-sheet range is a mistake). */
const MAX_HIGHLIGHT_CELLS = 100_000;

export type ChangeKind = "write" | "highlight" | "select";

export interface FilePort extends WorkbookPort {
  /** the .xlsx file as it would be downloaded now */
  save(): Promise<Uint8Array>;
  /** called after every change of the workbook (and of the selection) */
  onChange(listener: (kind: ChangeKind) => void): () => void;
  /** the cell selectCell chose last, for the shell to show */
  selection(): { sheet: string; cell: string } | null;
  /** the chart specs held beside the workbook, for the work-in-progress store */
  charts(): ChartStore;
}

const fold = (s: string) => s.toLocaleLowerCase("vi");

type OrderedSheet = ExcelJS.Worksheet & { orderNo: number };

/** Yields to the page between sheets, so a Cancel click and the progress bar get their turn. */
const breathe = () => new Promise<void>((r) => setTimeout(r, 0));

export function createFilePort(wb: ExcelJS.Workbook, charts: ChartStore = new Map()): FilePort {
  const listeners = new Set<(kind: ChangeKind) => void>();
  let selected: { sheet: string; cell: string } | null = null;
  let activeName: string | null = null;
  const changed = (kind: ChangeKind) => listeners.forEach((l) => l(kind));
  const find = (name: string) => wb.worksheets.find((ws) => fold(ws.name) === fold(name));

  async function listSheets(): Promise<SheetInfo[]> {
    return wb.worksheets.map((ws) => ({ name: ws.name, visibility: visibilityOf(ws) }));
  }

  async function readSheets(names: string[]): Promise<Sheet[]> {
    const wanted = new Set(names.map(fold));
    return wb.worksheets.filter((ws) => wanted.has(fold(ws.name))).map(readWorksheet);
  }

  async function writeSheets(asked: OutSheet[], options: WriteOptions = {}): Promise<void> {
    const { signal, onProgress } = options;
    if (asked.length === 0) return;
    const out = withFreeTableNames(wb, asked);
    const seen = new Set<string>();
    for (const o of out) {
      const problem = sheetNameProblem(o.name);
      if (problem) throw new Error(`writeSheets: sheet name "${o.name}" ${problem}`);
      // Excel reserves "History" (ExcelJS refuses it when renaming, which would be mid-swap)
      if (fold(o.name) === "history") throw new Error(`writeSheets: sheet name "${o.name}" is reserved`);
      if (seen.has(fold(o.name))) throw new Error(`writeSheets: two sheets named "${o.name}"`);
      seen.add(fold(o.name));
    }
    const total = out.length + 2;
    const taken = new Set(wb.worksheets.map((ws) => fold(ws.name)));
    const temps: ExcelJS.Worksheet[] = [];
    onProgress?.(1, total);
    try {
      for (let i = 0; i < out.length; i++) {
        if (signal?.aborted) throw new CancelledError();
        let n = 0;
        while (taken.has(`~kehoach-tmp${n}`)) n++;
        taken.add(`~kehoach-tmp${n}`);
        // `active` is the shell's business (activate below): a written sheet never selects its own tab
        temps.push(addOutSheet(wb, { ...out[i]!, name: `~kehoach-tmp${n}`, active: false }));
        onProgress?.(2 + i, total, out[i]!.name);
        await breathe();
      }
      if (signal?.aborted) throw new CancelledError();
    } catch (e) {
      for (const ws of temps) wb.removeWorksheet(ws.id);
      throw e;
    }
    // The swap: nothing below can fail on a valid name, so it is all or nothing.
    const nextOrder = Math.max(0, ...wb.worksheets.map((ws) => (ws as OrderedSheet).orderNo)) + 1;
    out.forEach((o, i) => {
      const old = find(o.name) as OrderedSheet | undefined;
      const ws = temps[i]! as OrderedSheet;
      // the new sheet takes the old one's place; a sheet new to the workbook goes last, as in Excel
      ws.orderNo = old ? old.orderNo : nextOrder + i;
      if (old) wb.removeWorksheet(old.id);
      ws.name = o.name;
      ws.state = options.veryHidden?.includes(o.name) ? "veryHidden" : "visible";
      if (o.charts && o.charts.length > 0) charts.set(chartKey(o.name), { name: o.name, charts: o.charts });
      else charts.delete(chartKey(o.name));
    });
    if (options.activate && temps[0]!.state === "visible") activeName = out[0]!.name;
    onProgress?.(total, total);
    changed("write");
  }

  async function selectCell(sheet: string, cell: string): Promise<void> {
    const ws = find(sheet);
    if (!ws) throw new Error(`selectCell: no sheet "${sheet}"`);
    if (!cellsOf(cell)) throw new Error(`selectCell: not a cell address "${cell}"`);
    activeName = ws.name;
    selected = { sheet: ws.name, cell: cell.toUpperCase() };
    changed("select");
  }

  async function highlightCells(groups: { sheet: string; cells: CellHighlight[] }[]): Promise<void> {
    if (groups.every((g) => g.cells.length === 0)) return;
    // Every sheet and address is checked before the first fill: a bad one changes nothing.
    const plan = groups.map((g) => {
      const ws = find(g.sheet);
      if (!ws) throw new Error(`highlightCells: no sheet "${g.sheet}"`);
      const cells = g.cells.map((h) => {
        const at = cellsOf(h.cell);
        if (!at || at.length > MAX_HIGHLIGHT_CELLS) throw new Error(`highlightCells: bad address "${h.cell}"`);
        return { at, kind: h.kind };
      });
      return { ws, cells };
    });
    for (const { ws, cells } of plan) {
      for (const { at, kind } of cells) {
        for (const p of at) {
          const cell = ws.getCell(p.row + 1, p.col + 1);
          const fill: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: HIGHLIGHT_FILL[kind] } };
          // A loaded file's cells share one style object per style: a copy, or the colour spreads.
          cell.style = { ...cell.style, fill };
        }
      }
    }
    changed("highlight");
  }

  /** Excel's `format.fill.clear()` on the whole sheet: every fill goes, the other formats stay. */
  async function clearFills(sheets: string[]): Promise<void> {
    const targets = sheets.map(find).filter((ws): ws is ExcelJS.Worksheet => ws !== undefined);
    if (targets.length === 0) return;
    for (const ws of targets) {
      ws.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (cell) => {
          if (!cell.style?.fill) return;
          const { fill: _fill, ...rest } = cell.style;
          cell.style = rest;
        }),
      );
    }
    changed("highlight");
  }

  /** The sheet tabs and views as Excel should open the file: on the active sheet and the selected cell. */
  function applyViews(): void {
    const sheets = wb.worksheets;
    const visible = sheets.filter((ws) => ws.state === "visible");
    const active = (activeName ? find(activeName) : undefined) ?? visible[0];
    for (const ws of sheets) {
      // tabSelected is in the file format and in ExcelJS's writer, not in its typings
      const view = { ...(ws.views?.[0] ?? { state: "normal" }) } as Record<string, unknown>;
      view.tabSelected = ws === active;
      if (selected && ws === active && fold(selected.sheet) === fold(ws.name)) view.activeCell = selected.cell;
      ws.views = [view as unknown as ExcelJS.WorksheetView];
    }
    const activeTab = Math.max(0, active ? sheets.indexOf(active) : 0);
    wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab, visibility: "visible" }];
  }

  async function save(): Promise<Uint8Array> {
    applyViews();
    const raw = toBytes(await wb.xlsx.writeBuffer());
    return withCharts(raw, wb, charts);
  }

  return {
    capabilities: () => FILE_HOST_CAPABILITIES,
    listSheets,
    readSheets,
    writeSheets,
    selectCell,
    highlightCells,
    clearFills,
    openWorkbook: async () => false,
    async deleteSheets(names, options) {
      const deleted = deleteSheetsOf(wb, charts, names, options);
      const gone = new Set(deleted.map(fold));
      if (activeName && gone.has(fold(activeName))) activeName = null;
      if (selected && gone.has(fold(selected.sheet))) selected = null;
      if (deleted.length > 0) changed("write");
      return deleted;
    },
    async arrangeSheets(order) {
      if (arrangeSheetsOf(wb, order)) changed("write");
    },
    save,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    selection: () => selected,
    charts: () => charts,
  };
}
