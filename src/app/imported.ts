/**
 * The imported submissions as the checks read them: each NB sheet (a cell-for-cell copy of the
 * report sheet, under its original name) with the template metadata recorded at import, handed
 * to the checks as it is (the file's hidden sheet is not copied into the workbook).
 */
import type { Sheet } from "../core/grid";

import type { CheckInputFile } from "../core/report/pipeline";
import type { WorkbookPort } from "../core/ports/workbook";
import { importKey, readImports, type ImportRecord } from "./import-log";

export interface ImportedWorkbooks {
  records: ImportRecord[];
  /** one per import whose NB sheet still exists, in the log's order */
  inputs: CheckInputFile[];
  /** the NB sheets as read, by lower-cased name */
  copies: Map<string, Sheet>;
}

/** Reads the log and every NB sheet it names: two reads, whatever the number of files. */
export async function loadImportedWorkbooks(port: WorkbookPort): Promise<ImportedWorkbooks> {
  const records = await readImports(port);
  const sheets = records.length > 0 ? await port.readSheets(records.map((r) => r.sheet)) : [];
  const copies = new Map(sheets.map((s) => [s.name.toLocaleLowerCase("vi"), s]));
  const inputs: CheckInputFile[] = [];
  for (const r of records) {
    const copy = copies.get(r.sheet.toLocaleLowerCase("vi"));
    if (!copy) continue; // the user deleted the sheet: that import is withdrawn
    inputs.push(submissionOf(r, copy));
  }
  return { records, inputs, copies };
}

function submissionOf(r: ImportRecord, copy: Sheet): CheckInputFile {
  const known = Object.keys(r.meta).length > 0;
  return {
    wb: { fileName: importKey(r), sheets: [{ name: r.originalSheet, rows: copy.rows }] },
    sha256: r.sha256,
    receivedOn: r.receivedOn || undefined,
    ...(known ? { meta: r.meta } : {}),
  };
}
