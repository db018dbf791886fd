import type { Sheet } from "../grid";
import type { OutSheet } from "../sheet-model";

/**
 * What the task pane needs from the open workbook, as plain data in and out. The Office.js
 * adapter (src/office) implements it; tests run the same adapter against an in-memory stand-in
 * of the Excel API. The pane never sees the host API, so every step can be tested in Node.
 */

/** Optional host features, detected once with `isSetSupported` (see TOOLCHAIN.md). */
export interface HostCapabilities {
  /** ExcelApi 1.6: suspendApiCalculationUntilNextSync */
  suspendCalculation: boolean;
  /** ExcelApi 1.7: Range.hyperlink, freeze panes, tab colour */
  hyperlinks: boolean;
  /** ExcelApi 1.8: Excel.createWorkbook(base64) */
  createWorkbook: boolean;
  /** ExcelApi 1.9: worksheet.autoFilter */
  autoFilter: boolean;
  /** ExcelApi 1.8: Range.dataValidation (dropdown lists); absent means no */
  dataValidation?: boolean;
}

export interface SheetInfo {
  name: string;
  visibility: "visible" | "hidden" | "veryHidden";
}

export type HighlightKind = "error" | "warning" | "checked";

export interface CellHighlight {
  cell: string;
  kind: HighlightKind;
}

/**
 * Progress of a long step: `done` of `total` items (files, sheets or batches), and optionally
 * what is being worked on (a file or sheet name), shown as "12/200 — tên tệp".
 */
export type ProgressFn = (done: number, total: number, label?: string) => void;

export interface DeleteOptions {
  /**
   * Delete a sheet only when it holds nothing: no value, formula or cell format, no chart, table,
   * pivot table or shape. Where the host cannot tell, the sheet is kept.
   */
  onlyIfBlank?: boolean;
}

export interface WriteOptions {
  /** checked between batches; a cancelled write deletes its temporary sheets and leaves the old ones */
  signal?: AbortSignal;
  onProgress?: ProgressFn;
  /** names among the written sheets to hide from the user (very hidden: only code shows them) */
  veryHidden?: string[];
  /** activate the first written sheet when done */
  activate?: boolean;
}

export interface WorkbookPort {
  capabilities(): HostCapabilities;
  listSheets(): Promise<SheetInfo[]>;
  /**
   * Reads the used range of each named sheet that exists (missing names are skipped), padded so
   * that rows[0][0] is A1. Dates come back as serials, errors as error cells.
   */
  readSheets(names: string[]): Promise<Sheet[]>;
  /**
   * Writes the sheets, replacing sheets of the same names. Built under temporary names first;
   * the old sheets are deleted and the new ones renamed only when every new sheet is complete,
   * so a failure leaves the workbook as it was.
   */
  writeSheets(sheets: OutSheet[], options?: WriteOptions): Promise<void>;
  /** Activates the sheet and selects the cell (A1 address). */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Colours the given cells (fill), for any number of sheets, in one batch. */
  highlightCells(groups: { sheet: string; cells: CellHighlight[] }[]): Promise<void>;
  /**
   * Removes every cell fill of the named sheets (Excel's `format.fill.clear()`, ExcelApi 1.1), in
   * one batch; sheets that do not exist are skipped. Old highlights go before new ones are set.
   */
  clearFills(sheets: string[]): Promise<void>;
  /** Opens a new Excel window with the workbook; false when the host cannot (ExcelApi < 1.8 or refused). */
  openWorkbook(base64: string): Promise<boolean>;
  /**
   * Deletes the named sheets that exist, in one request, and returns the names it deleted. The
   * last visible sheet is never deleted (Excel refuses a workbook without one).
   */
  deleteSheets(names: string[], options?: DeleteOptions): Promise<string[]>;
  /**
   * Puts the tabs in this order: every sheet of the workbook named once, hidden ones included
   * (a list that misses or adds a sheet is refused and nothing moves). Only the sheets out of
   * place are moved, in one request.
   */
  arrangeSheets(order: string[]): Promise<void>;
}

/**
 * The rule of `arrangeSheets` every adapter keeps: the order names each sheet of the workbook
 * once, no more, no fewer. Names come folded the adapter's way (case).
 */
export function assertNamesEverySheetOnce(current: readonly string[], wanted: readonly string[]): void {
  const have = new Set(current);
  if (wanted.length !== current.length || new Set(wanted).size !== wanted.length || wanted.some((n) => !have.has(n)))
    throw new Error("arrangeSheets: the order must name every sheet of the workbook once");
}

/**
 * The rule of `deleteSheets` every adapter keeps: the sheets of `doomed` that may go, in their
 * order, sparing the workbook's last visible sheet (a workbook must keep one).
 */
export function sparingLastVisible<T>(doomed: readonly T[], visibleSheets: number, isVisible: (s: T) => boolean): T[] {
  let visible = visibleSheets;
  return doomed.filter((s) => {
    if (!isVisible(s)) return true;
    if (visible <= 1) return false;
    visible--;
    return true;
  });
}
