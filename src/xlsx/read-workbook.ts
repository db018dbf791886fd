/**
 * Reads a returned file, whatever it is, into the WorkbookData the checks read. Decides by
 * content, not by file name (agencies rename files): zip → .xlsx/.xlsm by the direct reader
 * (after the zip is inspected for damage, bombs and duplicate parts) or .ods; OLE2 → old .xls,
 * or a password-protected workbook (refused with a message saying what to do); text → an HTML
 * table or Excel 2003 XML saved as .xls, else CSV. .xls/.ods/XML go through SheetJS, loaded
 * only when such a file arrives. ExcelJS is not loaded to read (read-exceljs.ts keeps its reader
 * as the reference the tests compare against). Browser-safe: bytes in, data out.
 */
import type { WorkbookData } from "../core/grid";
import { UserError, isUserError } from "../core/errors";
import { guessBomlessUtf16, looksBinary, startsWith } from "../csv/decode";
import { inspectZip, type ZipEntryInfo } from "./zip-inspect";
import { ZipParts } from "./direct/zip-parts";
import { readXlsxDirect } from "./direct/read-direct";
import { checkOdsRepeats } from "../legacy/ods-guard";
import { readHtmlTable } from "../legacy/read-html-table";
import { megabytes, withDefaults, type ReadLimits } from "./limits";

export type FileKind = "zip" | "ole2" | "pdf" | "text" | "binary";

const ZIP_SIG = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY_SIG = [0x50, 0x4b, 0x05, 0x06];
const OLE2_SIG = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF_SIG = [0x25, 0x50, 0x44, 0x46];

export function sniffKind(b: Uint8Array): FileKind {
  if (startsWith(b, ZIP_SIG) || startsWith(b, ZIP_EMPTY_SIG)) return "zip";
  if (startsWith(b, OLE2_SIG)) return "ole2";
  if (startsWith(b, PDF_SIG)) return "pdf";
  // BOMs first: UTF-16 text is full of NULs.
  if (startsWith(b, [0xff, 0xfe]) || startsWith(b, [0xfe, 0xff]) || startsWith(b, [0xef, 0xbb, 0xbf])) return "text";
  // UTF-16 without a BOM is full of NULs too: the same guess the CSV decoder makes decides.
  return looksBinary(b) && guessBomlessUtf16(b) === null ? "binary" : "text";
}

/**
 * Names of the streams and storages in an OLE2 compound file. Directory entries are 128-byte
 * records at 128-byte-aligned offsets after the 512-byte header: a UTF-16LE name (64 bytes),
 * its length in bytes including the terminating NUL at 0x40, the object type at 0x42
 * (1 storage, 2 stream, 5 root). Scanning aligned records avoids following the FAT chains.
 */
export function oleEntryNames(b: Uint8Array): Set<string> {
  const names = new Set<string>();
  for (let off = 512; off + 128 <= b.length; off += 128) {
    const nameLen = b[off + 0x40]! | (b[off + 0x41]! << 8);
    const type = b[off + 0x42];
    if ((type !== 1 && type !== 2 && type !== 5) || nameLen < 4 || nameLen > 64 || nameLen % 2 !== 0) continue;
    let name = "";
    for (let i = 0; i < nameLen - 2; i += 2) name += String.fromCharCode(b[off + i]! | (b[off + i + 1]! << 8));
    if (b[off + nameLen - 2] === 0 && b[off + nameLen - 1] === 0) names.add(name);
  }
  return names;
}

/** An OLE2 compound file: a password-protected .xlsx (EncryptedPackage stream), an old .xls (Workbook/Book stream) or neither. */
async function readOle2(b: Uint8Array, fileName: string, limits: ReadLimits): Promise<WorkbookData> {
  const names = oleEntryNames(b);
  if (names.has("EncryptedPackage") || names.has("EncryptionInfo"))
    throw new UserError("files.encrypted", { file: fileName });
  if (names.has("Workbook") || names.has("Book")) return readLegacyLazily(b, fileName, "xls", limits);
  throw new UserError("files.notSpreadsheetOle", { file: fileName });
}

async function readLegacyLazily(
  b: Uint8Array,
  fileName: string,
  format: "xls" | "ods" | "xml2003",
  limits: ReadLimits,
  hidden?: ReadonlySet<string>,
): Promise<WorkbookData> {
  const { readLegacy } = await import(/* webpackChunkName: "legacy-read" */ "../legacy/read-legacy");
  return readLegacy(b, fileName, format, limits, hidden);
}

/** A text file that is markup: an HTML table page, Excel 2003 XML, or some other page (null). */
function markupKind(b: Uint8Array): "html" | "xml2003" | "other" | null {
  const head = new TextDecoder("utf-8")
    .decode(b.subarray(0, 4096))
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (!head.startsWith("<")) return null;
  const lower = head.toLowerCase();
  if (lower.includes("urn:schemas-microsoft-com:office:spreadsheet") && !lower.includes("<html")) return "xml2003";
  // An HTML export may start its table after a long <head>: look further than the first bytes.
  const whole = b.length > 4096 ? new TextDecoder("utf-8").decode(b).toLowerCase() : lower;
  if (whole.includes("<table")) return "html";
  return "other";
}

/**
 * Reads any returned file. One UserError per unreadable file, in both languages, naming it:
 * empty, too large, damaged zip, zip bomb, duplicate parts, unsafe or malformed XML, a structure
 * past the limits, password, .xlsb, not a spreadsheet, legacy-font CSV.
 */
export async function readSubmissionFile(
  bytes: Uint8Array,
  fileName: string,
  limits: Partial<ReadLimits> = {},
): Promise<WorkbookData> {
  try {
    return await readAnyFile(bytes, fileName, withDefaults(limits));
  } catch (e) {
    // Anything else is a flaw of a reader on a strange file: the user gets the project's words, not a library's.
    if (isUserError(e)) throw e;
    throw new UserError("files.readerFailed", { file: fileName });
  }
}

async function readAnyFile(bytes: Uint8Array, fileName: string, lim: ReadLimits): Promise<WorkbookData> {
  if (bytes.length === 0) throw new UserError("files.empty", { file: fileName });
  if (bytes.length > lim.maxFileBytes) {
    throw new UserError("files.tooLarge", {
      file: fileName,
      size: megabytes(bytes.length),
      limit: megabytes(lim.maxFileBytes),
    });
  }
  const kind = sniffKind(bytes);
  switch (kind) {
    case "zip": {
      const { entries } = await inspectZip(bytes, fileName, lim);
      const names = new Set(entries.map((e) => e.name.replace(/^\//, "").toLowerCase()));
      if (names.has("mimetype") && (await isOdsZip(bytes, entries, fileName))) {
        // A password-protected .ods keeps its parts encrypted and says so in its manifest.
        const manifest = await new ZipParts(bytes, entries, fileName).head("META-INF/manifest.xml", 1 << 20);
        if (manifest && new TextDecoder().decode(manifest).includes("encryption-data"))
          throw new UserError("files.encrypted", { file: fileName });
        const hidden = await checkOdsRepeats(bytes, entries, fileName, lim);
        return readLegacyLazily(bytes, fileName, "ods", lim, hidden);
      }
      if (names.has("xl/workbook.bin")) throw new UserError("files.notSpreadsheetBinaryFormat", { file: fileName });
      if (!names.has("xl/workbook.xml")) throw new UserError("files.notWorkbookZip", { file: fileName });
      return readXlsxDirect(bytes, entries, fileName, lim);
    }
    case "ole2":
      return readOle2(bytes, fileName, lim);
    case "pdf":
      throw new UserError("files.notSpreadsheetPdf", { file: fileName });
    case "binary":
      throw new UserError("files.notSpreadsheetBinary", { file: fileName });
    case "text":
      switch (markupKind(bytes)) {
        case "html":
          return readHtmlTable(bytes, fileName, lim);
        case "xml2003":
          if (/<!(DOCTYPE|ENTITY)/i.test(new TextDecoder("utf-8").decode(bytes)))
            throw new UserError("files.xmlUnsafe", { file: fileName, part: "XML" });
          return readLegacyLazily(bytes, fileName, "xml2003", lim);
        case "other":
          throw new UserError("files.notSpreadsheetHtml", { file: fileName });
        case null: {
          // papaparse loads when a CSV arrives, not at every start of the CLI.
          const { readCsv } = await import(/* webpackChunkName: "csv-read" */ "../csv/read-csv");
          return readCsv(bytes, fileName);
        }
      }
  }
}

/** ODF names the document type in its "mimetype" part (stored first and uncompressed by LibreOffice, not by every writer). */
async function isOdsZip(b: Uint8Array, entries: ZipEntryInfo[], fileName: string): Promise<boolean> {
  const head = await new ZipParts(b, entries, fileName).head("mimetype", 100);
  return (
    head !== null && new TextDecoder("latin1").decode(head).startsWith("application/vnd.oasis.opendocument.spreadsheet")
  );
}

export interface FileToRead {
  bytes: Uint8Array;
  fileName: string;
}

export type ReadResult =
  { ok: true; fileName: string; workbook: WorkbookData } | { ok: false; fileName: string; error: UserError };

/**
 * Reads many files; one bad file gives its error and the rest go on. Unexpected failures (a
 * library bug on a strange file) are turned into files.readFailed for that file, not thrown.
 */
export async function readMany(files: readonly FileToRead[], limits: Partial<ReadLimits> = {}): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for (const f of files) {
    try {
      out.push({ ok: true, fileName: f.fileName, workbook: await readSubmissionFile(f.bytes, f.fileName, limits) });
    } catch (e) {
      const error = isUserError(e) ? e : new UserError("files.readerFailed", { file: f.fileName });
      out.push({ ok: false, fileName: f.fileName, error });
    }
  }
  return out;
}
