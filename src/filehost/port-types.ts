/**
 * The workbook port's contract, imported from one place so that the file host follows the
 * interface wherever the pane keeps it.
 */
export { CancelledError } from "../core/ports/cancel";
export type { CellHighlight, HostCapabilities, SheetInfo, WorkbookPort, WriteOptions } from "../core/ports/workbook";

import type { HostCapabilities } from "../core/ports/workbook";

/** What a workbook in a browser page can do: links, filters; no calculation to pause, no Excel window to open. */
export const FILE_HOST_CAPABILITIES: HostCapabilities = {
  suspendCalculation: false,
  hyperlinks: true,
  createWorkbook: false,
  autoFilter: true,
};
