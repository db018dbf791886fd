/**
 * Opening the consolidation workbook the user picks (or a new, empty one) as a FilePort.
 * The file is checked before ExcelJS sees it — size, kind, the zip's parts and their unpacked
 * size (a zip bomb stops here) — and every refusal is a message in both languages that says
 * what to do. This module loads ExcelJS: the pane's file-host shell (src/taskpane/file-host) imports it with import() only.
 */
import ExcelJS from "exceljs";
import { UserError, isUserError } from "../core/errors";
import { t } from "../core/i18n";
import { sniffKind } from "../xlsx/read-workbook";
import { inspectZip } from "../xlsx/zip-inspect";
import { megabytes, withDefaults, MB } from "../xlsx/limits";
import { chartKey, recoverCharts } from "./charts";
import { restoreInternalLinks } from "./links";
import type { ChartSpec } from "../core/sheet-model";
import { createFilePort, type FilePort } from "./workbook-port";

/** A consolidation workbook holds every agency's copy: larger than one return, still bounded. */
export const OPEN_LIMITS = withDefaults({ maxFileBytes: 50 * MB, maxUncompressedBytes: 250 * MB });

export interface Opened {
  port: FilePort;
  fileName: string;
  /** sheets whose charts could not be carried over (they would be missing from a saved copy) */
  lostCharts: string[];
}

export async function newWorkbook(fileName = t("vi", "filehost.newName")): Promise<Opened> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "kehoach";
  wb.addWorksheet("Sheet1");
  return { port: createFilePort(wb), fileName, lostCharts: [] };
}

/** Charts as the work-in-progress store keeps them: exact, where a file's are read back. */
export type KeptCharts = { name: string; charts: ChartSpec[] }[];

export async function openWorkbookFile(bytes: Uint8Array, fileName: string, charts?: KeptCharts): Promise<Opened> {
  if (bytes.length === 0) throw new UserError("filehost.open.empty", { file: fileName });
  if (bytes.length > OPEN_LIMITS.maxFileBytes) {
    throw new UserError("filehost.open.tooLarge", {
      file: fileName,
      size: megabytes(bytes.length),
      limit: megabytes(OPEN_LIMITS.maxFileBytes),
    });
  }
  if (sniffKind(bytes) !== "zip") throw new UserError("filehost.open.notXlsx", { file: fileName });
  const { entries } = await inspectZip(bytes, fileName, OPEN_LIMITS);
  const names = new Set(entries.map((e) => e.name.replace(/^\//, "").toLowerCase()));
  if (!names.has("xl/workbook.xml")) throw new UserError("filehost.open.notXlsx", { file: fileName });
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (e) {
    if (isUserError(e)) throw e;
    throw new UserError("filehost.open.damaged", {
      file: fileName,
      detail: e instanceof Error ? e.message : String(e),
    });
  }
  if (wb.worksheets.length === 0) wb.addWorksheet("Sheet1");
  await restoreInternalLinks(bytes, wb);
  // Charts the work-in-progress store kept are exact; a file from elsewhere has them read back.
  const recovered = charts
    ? { store: new Map(charts.map((c) => [chartKey(c.name), c])), lost: [] }
    : await recoverCharts(bytes);
  return { port: createFilePort(wb, recovered.store), fileName, lostCharts: recovered.lost };
}
