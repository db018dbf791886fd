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
