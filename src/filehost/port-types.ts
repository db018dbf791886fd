/**
 * The workbook port's contract, imported from one place so that the file host follows the
 * interface wherever the pane keeps it.
 */
export {
  CancelledError,
  type CellHighlight,
  type HostCapabilities,
  type SheetInfo,
  type WorkbookPort,
  type WriteOptions,
} from "../taskpane/port";

import type { HostCapabilities } from "../taskpane/port";

/** What a workbook in a browser page can do: links, filters; no calculation to pause, no Excel window to open. */
export const FILE_HOST_CAPABILITIES: HostCapabilities = {
  suspendCalculation: false,
  hyperlinks: true,
  createWorkbook: false,
  autoFilter: true,
};
