import type { PlanDocument, PlanTable } from "../core/plan/document";
import type { Cell, WorkbookData } from "../core/grid";
import { isDateCell, isErrorCell } from "../core/grid";
import { isoFromSerial } from "../core/dates";
import { UserError } from "../core/errors";
import { decodeText, guessBomlessUtf16, looksBinary, startsWith } from "../csv/decode";
import { inspectZip } from "../xlsx/zip-inspect";
import { withDefaults, megabytes } from "../xlsx/limits";
import { textToDocument } from "../core/plan/text-document";

/** A plan file is a few hundred KB; 20 MB leaves room for a scanned PDF, which gets its own message. */
export const MAX_PLAN_FILE_BYTES = 20 * 1024 * 1024;

export interface PlanInput {
  doc: PlanDocument;
  /** the grids of a workbook or CSV, for a caller that looks for the plan's own task table first */
  workbook?: WorkbookData;
}

/**
 * Reads a plan in whatever form it arrives, deciding by the bytes, not the name: .docx, .pdf,
 * text (UTF-8, UTF-16, windows-1258), .xlsx, and .csv (text whose name says .csv). Each reader
 * loads on demand, so the pane's first download carries none of them. Unreadable forms (.doc,
 * .odt, RTF, a scan, a password) get a message in both languages saying what to do instead.
 */
export async function readPlanInput(bytes: Uint8Array, fileName: string): Promise<PlanInput> {
  if (bytes.length === 0) throw new UserError("planFile.empty", { file: fileName });
  if (bytes.length > MAX_PLAN_FILE_BYTES)
    throw new UserError("planFile.tooLarge", {
      file: fileName,
      size: megabytes(bytes.length),
      limit: megabytes(MAX_PLAN_FILE_BYTES),
    });
  if (startsWith(bytes, [0x50, 0x4b])) return readZip(bytes, fileName);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) throw oleError(bytes, fileName);
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    const { readPdf } = await import("../pdf/read-pdf");
    return { doc: await readPdf(bytes, fileName) };
  }
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) throw new UserError("planFile.rtf", { file: fileName });
  const bom =
    startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]) || startsWith(bytes, [0xef, 0xbb, 0xbf]);
  if (!bom && looksBinary(bytes) && guessBomlessUtf16(bytes) === null)
    throw new UserError("planFile.binary", { file: fileName });
  const text = decodeText(bytes).text;
  if (/^\s*</.test(text) && /<(html|body|div|p|table|\?xml)\b/i.test(text.slice(0, 2000)))
    throw new UserError("planFile.html", { file: fileName });
  // Text either way; the name tells a matrix exported as CSV from a plan written as text.
  if (/\.(csv|tsv)$/i.test(fileName)) {
    const { readCsv } = await import("../csv/read-csv");
    const workbook = readCsv(bytes, fileName);
    return { doc: { blocks: tablesOf(workbook), source: "csv" }, workbook };
  }
  const doc = textToDocument(text);
  if (doc.blocks.length === 0) throw new UserError("plan.empty");
  return { doc };
}

/** The plan document alone (see readPlanInput). */
export async function readPlanFile(bytes: Uint8Array, fileName: string): Promise<PlanDocument> {
  return (await readPlanInput(bytes, fileName)).doc;
}

async function readZip(bytes: Uint8Array, fileName: string): Promise<PlanInput> {
  let names: Set<string>;
  try {
    const { entries } = await inspectZip(bytes, fileName, withDefaults({ maxUncompressedBytes: 100 * 1024 * 1024 }));
    names = new Set(entries.map((e) => e.name.replace(/^\//, "").toLowerCase()));
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    if (e.key === "files.encrypted") throw new UserError("planFile.encrypted", { file: fileName });
    if (e.key === "files.zipBomb")
      throw new UserError("planFile.zipBomb", { file: fileName, size: e.params.size, limit: e.params.limit });
    throw new UserError("planFile.damaged", { file: fileName, detail: e.params.detail ?? e.key });
  }
  if (names.has("word/document.xml")) {
    const { readDocx } = await import("../docx/read-docx");
    return { doc: await readDocx(bytes, fileName) };
  }
  if (names.has("xl/workbook.xml")) {
    const { readSubmissionFile } = await import("../xlsx/read-workbook");
    const workbook = await readSubmissionFile(bytes, fileName);
    return { doc: { blocks: tablesOf(workbook), source: "xlsx" }, workbook };
  }
  if (names.has("mimetype") || names.has("content.xml"))
    throw new UserError("planFile.openDocument", { file: fileName });
  throw new UserError("planFile.unknownZip", { file: fileName });
}

/** Names of an OLE2 file's streams decide: an encrypted Office file, an old .doc, an old .xls. */
function oleError(bytes: Uint8Array, fileName: string): UserError {
  const text = new TextDecoder("utf-16le").decode(bytes.subarray(0, Math.min(bytes.length, 1 << 20)));
  if (text.includes("EncryptedPackage")) return new UserError("planFile.encrypted", { file: fileName });
  if (text.includes("WordDocument")) return new UserError("planFile.legacyDoc", { file: fileName });
  if (text.includes("Workbook") || text.includes("Book")) return new UserError("files.legacyXls", { file: fileName });
  return new UserError("planFile.binary", { file: fileName });
}

/** Each non-empty sheet of a workbook as a table block, cells as text. */
function tablesOf(workbook: WorkbookData): PlanTable[] {
  return workbook.sheets
    .filter((s) => s.state !== "hidden" && s.state !== "veryHidden")
    .map((s) => ({ kind: "table" as const, rows: s.rows.map((r) => r.map(cellText)) }))
    .filter((t) => t.rows.some((r) => r.some((c) => c !== "")));
}

function cellText(c: Cell | undefined): string {
  if (c === null || c === undefined) return "";
  if (isDateCell(c)) return isoFromSerial(c.serial) ?? "";
  if (isErrorCell(c)) return "";
  return String(c).trim();
}
