/**
 * A tidy workbook after an import: the import sheets together, in the order they came in, before
 * the check results and the summary; and the empty "Sheet1" a new workbook starts with no longer
 * in front of everything. Both are about where things stand, never about what they hold: a
 * starter sheet is deleted only when it holds nothing at all and is not the only visible sheet.
 */
import { summarySheetNames } from "../core/consolidate/build";
import { isStarterSheetName, orderWithImportsTogether } from "../core/import-sheets";
import type { WorkbookPort } from "../core/ports/workbook";
import type { ImportRecord } from "./import-log";

/**
 * Returns false when the host refused to move or delete a sheet (a workbook whose structure is
 * protected): the import itself is written and stands, only the tabs stay where they were.
 */
export async function tidyImportSheets(port: WorkbookPort, records: readonly ImportRecord[]): Promise<boolean> {
  try {
    const before = await port.listSheets();
    const starters = before.filter((s) => s.visibility === "visible" && isStarterSheetName(s.name)).map((s) => s.name);
    const deleted = starters.length > 0 ? await port.deleteSheets(starters, { onlyIfBlank: true }) : [];
    const gone = new Set(deleted);
    const current = before.map((s) => s.name).filter((n) => !gone.has(n));
    const order = orderWithImportsTogether(
      current,
      records.map((r) => r.sheet),
      summarySheetNames(),
    );
    if (order.some((n, i) => n !== current[i])) await port.arrangeSheets(order);
    return true;
  } catch {
    return false;
  }
}
