/**
 * "Gỡ bản nhập này": one import taken back. Its line leaves the import log and its NB sheet is
 * deleted; every other sheet — the other imports, the check results, the summary, the user's
 * own — stays as it is. The steps built from the imports read the log, so they see the change
 * and need a rerun; nothing they wrote is removed behind the user's back.
 */
import { UserError } from "../core/errors";
import { sheetKey } from "../core/import-sheets";
import type { WorkbookPort } from "../core/ports/workbook";
import { IMPORTS_SHEET, importsSheet, readImports, type ImportRecord } from "./import-log";

export interface RemovalResult {
  removed: ImportRecord;
  /** imports left in the workbook */
  remaining: ImportRecord[];
}

/**
 * The log is rewritten first (itself a replace-as-a-whole write), then the sheet deleted: if the
 * deletion fails, the import is already withdrawn, as when a user deletes an NB sheet by hand,
 * and the message says to delete the sheet.
 */
export async function removeImport(port: WorkbookPort, sheet: string): Promise<RemovalResult> {
  const records = await readImports(port);
  const index = records.findIndex((r) => sheetKey(r.sheet) === sheetKey(sheet));
  if (index < 0) throw new UserError("ui.import.removeMissing", { tab: sheet });
  const removed = records[index]!;
  const remaining = records.filter((_, i) => i !== index);
  await port.writeSheets([importsSheet(remaining)], { veryHidden: [IMPORTS_SHEET] });
  const exists = (await port.listSheets()).some((s) => sheetKey(s.name) === sheetKey(removed.sheet));
  if (exists) {
    const deleted = await port.deleteSheets([removed.sheet]);
    if (deleted.length === 0) throw new UserError("ui.import.removeLastSheet", { tab: removed.sheet });
  }
  return { removed, remaining };
}
