/**
 * The imported submissions as the checks read them: each NB sheet (a cell-for-cell copy of the
 * report sheet, under its original name) with the template metadata recorded at import. The core
 * reader takes metadata from the template's hidden sheet only, so the metadata is handed over in
 * that shape, built here from the log's columns in this one place.
 */
import type { Cell, Sheet } from "../core/grid";
import { META_KEYS, META_SHEET } from "../core/template/layout";
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
  const metaRows: Cell[][] = META_KEYS.flatMap((k) => (r.meta[k] ? [[k, r.meta[k]!]] : []));
  const sheets: Sheet[] = [{ name: r.originalSheet, rows: copy.rows }];
  if (metaRows.length > 0) sheets.push({ name: META_SHEET, rows: metaRows, state: "veryHidden" });
  return { wb: { fileName: importKey(r), sheets }, sha256: r.sha256, receivedOn: r.receivedOn || undefined };
}
