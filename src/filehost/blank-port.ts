/**
 * A new workbook that costs nothing until it is written to. The pane's first screen lists the
 * sheets and reads a few of them; for a new workbook the answers are known (one empty
 * "Sheet1"), so ExcelJS (~250 KB gzip) is not fetched for them. The first write — or a save,
 * a highlight, a selection — loads the real file port and hands every call over to it.
 */
import type { Sheet } from "../core/grid";
import type { ChangeKind, FilePort } from "./workbook-port";
import { FILE_HOST_CAPABILITIES } from "./port-types";
import type { SheetInfo } from "../core/ports/workbook";

const BLANK_SHEET = "Sheet1";

export function createBlankPort(load: () => Promise<FilePort>): FilePort {
  let real: FilePort | null = null;
  let loading: Promise<FilePort> | null = null;
  const listeners = new Set<(kind: ChangeKind) => void>();
  const ensure = (): Promise<FilePort> => {
    loading ??= load().then((port) => {
      real = port;
      port.onChange((kind) => listeners.forEach((l) => l(kind)));
      return port;
    });
    return loading;
  };
  const blankSheets: SheetInfo[] = [{ name: BLANK_SHEET, visibility: "visible" }];

  return {
    capabilities: () => FILE_HOST_CAPABILITIES,
    async listSheets() {
      return real ? real.listSheets() : blankSheets.map((s) => ({ ...s }));
    },
    async readSheets(names) {
      if (real) return real.readSheets(names);
      const wanted = names.some((n) => n.toLocaleLowerCase("vi") === BLANK_SHEET.toLocaleLowerCase("vi"));
      return wanted ? [{ name: BLANK_SHEET, rows: [], state: "visible" } satisfies Sheet] : [];
    },
    writeSheets: async (out, options) => (await ensure()).writeSheets(out, options),
    selectCell: async (sheet, cell) => (await ensure()).selectCell(sheet, cell),
    highlightCells: async (groups) => (await ensure()).highlightCells(groups),
    // a new workbook has no fills; once written to, the real port clears them
    clearFills: async (sheets) => real?.clearFills(sheets),
    openWorkbook: async () => false,
    // the blank workbook's one sheet is the last visible one: nothing to delete until written to
    deleteSheets: async (names, options) => (real ? real.deleteSheets(names, options) : []),
    arrangeSheets: async (order) => (await ensure()).arrangeSheets(order),
    save: async () => (await ensure()).save(),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    selection: () => real?.selection() ?? null,
    charts: () => real?.charts() ?? new Map(),
  };
}
