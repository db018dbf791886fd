/**
 * What the file host offers of the workbook port's optional features.
 */
import type { HostCapabilities } from "../core/ports/workbook";

/** What a workbook in a browser page can do: links, filters; no calculation to pause, no Excel window to open. */
export const FILE_HOST_CAPABILITIES: HostCapabilities = {
  suspendCalculation: false,
  hyperlinks: true,
  createWorkbook: false,
  autoFilter: true,
};
