/**
 * Step 3 (Nhập báo cáo): each file's report sheet copied cell for cell into its own sheet
 * "NB<n> <agency>", and a line appended to the import log. Identical bytes are skipped; one
 * unreadable file never stops the others.
 */
import type { Sheet, WorkbookData } from "../core/grid";
import type { OutSheet } from "../core/sheet-model";
import { META_SHEET } from "../core/template/layout";
import { locateReport } from "../core/report/locate";
import { readMeta } from "../core/report/meta-sheet";
import { uniqueSheetName, copyOfSheet } from "../core/consolidate/copies";
import { UserError } from "../core/errors";
import type { FileCodecs } from "../core/ports/codecs";
import type { WorkbookPort, WriteOptions } from "../core/ports/workbook";
import { throwIfCancelled } from "../core/ports/cancel";
import type { PlanState } from "./plan-state";
import { IMPORTS_SHEET, importsSheet, readImports, type ImportRecord } from "./import-log";
import { pace } from "./pace";

/** Prefix of the sheet that holds one imported submission ("Nhập báo cáo"). */
export const IMPORT_PREFIX = "NB";

export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
  /** ISO date the focal point received it; empty: the report date in the file, else the import day */
  receivedOn: string;
}

export interface ImportResult {
  imported: ImportRecord[];
  /** files already imported (same bytes), skipped */
  duplicates: string[];
  /** files that could not be read, with the reason in the user's words */
  failed: { file: string; error: unknown }[];
  /** submissions in the workbook after this import */
  total: number;
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** The sheet a submission's report is in: the one the reader locates, else the fullest visible one. */
function reportSheetOf(wb: WorkbookData): Sheet | null {
  const located = locateReport(wb)?.sheet;
  if (located) return located;
  const candidates = wb.sheets.filter((s) => s.name !== META_SHEET && s.state !== "veryHidden");
  return candidates.sort((a, b) => b.rows.length - a.rows.length)[0] ?? null;
}

/** Earlier imports are never touched; everything new is written in ONE `writeSheets` call. */
export async function importFiles(
  port: WorkbookPort,
  state: PlanState | null,
  files: readonly IncomingFile[],
  codecs: Pick<FileCodecs, "readSubmission">,
  now: Date,
  options: WriteOptions = {},
): Promise<ImportResult> {
  const previous = await readImports(port);
  const existing = await port.listSheets();
  const taken = new Set(existing.map((s) => s.name.toLocaleLowerCase("vi")));
  const known = new Set(previous.map((r) => r.sha256));
  const result: ImportResult = { imported: [], duplicates: [], failed: [], total: previous.length };
  const sheets: OutSheet[] = [];
  // Reading resolves in microtasks: without breaks, 200 files are one block of the page.
  const paced = pace(undefined);
  for (const [i, f] of files.entries()) {
    if (i > 0) await paced.step(i, files.length);
    throwIfCancelled(options.signal);
    try {
      const sha = await sha256Hex(f.bytes);
      if (known.has(sha)) {
        result.duplicates.push(f.name);
        continue;
      }
      const wb = await codecs.readSubmission(f.bytes, f.name);
      const report = reportSheetOf(wb);
      if (!report) throw new UserError("ui.import.noSheet", { file: f.name });
      const meta = readMeta(wb) ?? {};
      const agency = meta.agencyId ? state?.rosterIndex.byId(meta.agencyId) : undefined;
      const label = agency?.short ?? f.name.replace(/\.[^.]+$/, "");
      const n = previous.length + result.imported.length + 1;
      const sheet = uniqueSheetName(`${IMPORT_PREFIX}${String(n).padStart(2, "0")} ${label}`, taken);
      sheets.push(copyOfSheet(report, sheet));
      known.add(sha);
      result.imported.push({
        sheet,
        file: f.name,
        originalSheet: report.name,
        receivedOn: f.receivedOn,
        sha256: sha,
        importedAt: now.toISOString(),
        meta,
      });
    } catch (error) {
      result.failed.push({ file: f.name, error });
    }
  }
  result.total = previous.length + result.imported.length;
  if (result.imported.length > 0) {
    await port.writeSheets([...sheets, importsSheet([...previous, ...result.imported])], {
      ...options,
      activate: true,
      veryHidden: [IMPORTS_SHEET],
    });
  }
  return result;
}
