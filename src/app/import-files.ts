/**
 * Step 3 (Nhập báo cáo): each file's report sheet copied cell for cell into its own sheet
 * "NB <agency>", and a line appended to the import log. Identical bytes are skipped; one
 * unreadable file never stops the others. The files are read first (import-preview.ts), so the
 * pane can show the batch before anything is written; `importFiles` does both at once.
 */
import type { OutSheet } from "../core/sheet-model";
import { copyOfSheet } from "../core/consolidate/copies";
import { importSheetName, sheetKey } from "../core/import-sheets";
import { vietnamDateTime } from "../core/local-time";
import type { FileCodecs } from "../core/ports/codecs";
import type { WorkbookPort, WriteOptions } from "../core/ports/workbook";
import { throwIfCancelled } from "../core/ports/cancel";
import type { PlanState } from "./plan-state";
import { IMPORTS_SHEET, importsSheet, readImports, type ImportRecord } from "./import-log";
import { prepareFiles, type IncomingFile, type PreparedFile } from "./import-preview";
import { tidyImportSheets } from "./import-tidy";

export { IMPORT_PREFIX } from "../core/import-sheets";
export type { IncomingFile } from "./import-preview";

export interface ImportResult {
  imported: ImportRecord[];
  /** files already imported (same bytes), skipped */
  duplicates: string[];
  /** files that could not be read, with the reason in the user's words */
  failed: { file: string; error: unknown }[];
  /** submissions in the workbook after this import */
  total: number;
}

/**
 * Writes the prepared files. Earlier imports are never touched; everything new is written in ONE
 * `writeSheets` call; then the import sheets are put together before the summary and an empty
 * starter sheet goes (import-tidy.ts).
 */
export async function writeImports(
  port: WorkbookPort,
  prepared: readonly PreparedFile[],
  now: Date,
  options: WriteOptions = {},
): Promise<ImportResult> {
  const previous = await readImports(port);
  const existing = await port.listSheets();
  // Names in the log are kept too: a sheet deleted by hand must not lend its name to a new import.
  const taken = new Set([...existing.map((s) => s.name), ...previous.map((r) => r.sheet)].map(sheetKey));
  const known = new Set(previous.map((r) => r.sha256));
  const result: ImportResult = { imported: [], duplicates: [], failed: [], total: previous.length };
  const sheets: OutSheet[] = [];
  const importedAt = vietnamDateTime(now);
  for (const p of prepared) {
    throwIfCancelled(options.signal);
    if (!p.report) {
      result.failed.push({ file: p.name, error: p.error });
      continue;
    }
    if (known.has(p.sha256)) {
      result.duplicates.push(p.name);
      continue;
    }
    const sheet = importSheetName(p.agencyLabel ?? p.name.replace(/\.[^.]+$/, ""), taken);
    sheets.push(copyOfSheet(p.report, sheet));
    known.add(p.sha256);
    result.imported.push({
      sheet,
      file: p.name,
      originalSheet: p.report.name,
      receivedOn: p.receivedOn,
      sha256: p.sha256,
      importedAt,
      meta: p.meta,
      ...(p.agencyId ? { agencyId: p.agencyId } : {}),
      ...(p.period ? { period: p.period } : {}),
      ...(p.reportDate ? { reportDate: p.reportDate } : {}),
    });
  }
  result.total = previous.length + result.imported.length;
  if (result.imported.length > 0) {
    const all = [...previous, ...result.imported];
    await port.writeSheets([...sheets, importsSheet(all)], {
      ...options,
      activate: true,
      veryHidden: [IMPORTS_SHEET],
    });
    await tidyImportSheets(port, all);
  }
  return result;
}

/** Reads and writes in one go (the tests, the browser version's walk). */
export async function importFiles(
  port: WorkbookPort,
  state: PlanState | null,
  files: readonly IncomingFile[],
  codecs: Pick<FileCodecs, "readSubmission">,
  now: Date,
  options: WriteOptions = {},
): Promise<ImportResult> {
  const prepared = await prepareFiles(files, state, codecs, options);
  return writeImports(port, prepared, now, options);
}
