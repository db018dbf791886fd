/**
 * Reads a CSV (or tab-separated) file into the WorkbookData the checks read: one sheet, every
 * value a string as written (dates and numbers are read by the checks, which know Vietnamese
 * forms such as 15/11/2022 and 1.234.567,5), empty cells null. Browser-safe.
 */
import Papa from "papaparse";
import type { Cell, WorkbookData } from "../core/grid";
import { UserError } from "../core/errors";
import { csvSheetName } from "./sheet-name";
import { detectLegacyVietnamese } from "../core/template/legacy-vietnamese";
import { decodeText, looksBinary, type TextEncodingName } from "./decode";
import { restoreCsvCell } from "../core/csv-cell";

export interface CsvReadInfo {
  encoding: TextEncodingName;
  delimiter: string;
}

const DELIMITERS = [",", ";", "\t"];

export function readCsv(bytes: Uint8Array, fileName: string): WorkbookData {
  return readCsvWithInfo(bytes, fileName).workbook;
}

export function readCsvWithInfo(bytes: Uint8Array, fileName: string): { workbook: WorkbookData; info: CsvReadInfo } {
  if (bytes.length === 0) throw new UserError("files.empty", { file: fileName });
  const decoded = decodeText(bytes);
  if (decoded.encoding === "utf-8" && !decoded.bom && looksBinary(bytes)) {
    throw new UserError("files.notSpreadsheetBinary", { file: fileName });
  }
  // Legacy fonts: TCVN3 and VNI bytes are not valid UTF-8, so they arrive decoded as windows-1258,
  // which keeps their telltale Latin-1 letters (µ ® ¬, aø eä …) as they are: look at the text.
  const legacy = detectLegacyVietnamese(decoded.text);
  if (legacy) {
    throw new UserError("files.legacyEncoding", {
      file: fileName,
      encoding: legacy.encoding === "TCVN3" ? "TCVN3 (ABC)" : "VNI",
      sample: legacy.sample,
      line: legacy.line,
    });
  }

  // Line ends as any system writes them, even mixed in one file (rows pasted from elsewhere):
  // CRLF (Windows), LF, and the bare CR of old Mac exports. papaparse guesses one kind per
  // file, so a bare CR among LFs merged two rows into one; all become LF first. Inside a quoted
  // cell a line break stays a line break (LF, as Excel keeps it in a cell).
  let text = decoded.text.replace(/\r\n?/g, "\n");
  let delimiter: string | undefined;
  // Excel writes "sep=;" as a first line when asked to: it names the delimiter and is not data.
  const sep = /^sep=(.)\n/.exec(text);
  if (sep) {
    delimiter = sep[1];
    text = text.slice(sep[0].length);
  }
  delimiter ??= guessDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, newline: "\n", skipEmptyLines: false, header: false });
  checkShape(parsed.data, fileName);
  // A cell the project's own writer neutralised ('=…, see core/csv-cell.ts) reads as its text.
  const rows: Cell[][] = parsed.data.map((r) => r.map((v) => (v === "" ? null : restoreCsvCell(v))));
  // A final line break gives one empty row: drop trailing empty rows.
  while (rows.length > 0 && rows[rows.length - 1]!.every((c) => c === null)) rows.pop();
  return {
    workbook: { fileName, sheets: [{ name: csvSheetName(fileName), rows, state: "visible" }] },
    info: { encoding: decoded.encoding, delimiter },
  };
}

/** Excel's widest sheet: a line with more fields could not be shown, copied or consolidated. */
export const MAX_CSV_FIELDS = 16_384;
/** rows × columns of the grid a CSV becomes, as for a sheet of a workbook */
export const MAX_CSV_CELLS = 2_000_000;

/** Refuses a CSV whose grid Excel could not hold; one pass over the parsed lines. */
function checkShape(lines: readonly string[][], fileName: string): void {
  let width = 0;
  for (let i = 0; i < lines.length; i++) {
    const n = lines[i]!.length;
    if (n > MAX_CSV_FIELDS) {
      throw new UserError("files.csvTooManyFields", { file: fileName, line: i + 1, count: n, limit: MAX_CSV_FIELDS });
    }
    if (n > width) width = n;
  }
  if (lines.length * width > MAX_CSV_CELLS) {
    throw new UserError("files.tooManyCells", {
      file: fileName,
      sheet: csvSheetName(fileName),
      rows: lines.length,
      cols: width,
      limit: MAX_CSV_CELLS,
    });
  }
}

/**
 * The delimiter under which most lines have the same number of fields. papaparse's own guess
 * needs a delimiter to win on field count and on consistency at once, so a ";" file whose
 * Vietnamese labels hold unquoted commas ("Khó khăn, vướng mắc") was read as ","; here the
 * most consistent split wins, ties going to more fields.
 */
export function guessDelimiter(text: string): string {
  if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
  let best = { delimiter: ",", share: -1, fields: 0 };
  for (const d of DELIMITERS) {
    const rows = Papa.parse<string[]>(text, { delimiter: d, newline: "\n", preview: 200, skipEmptyLines: true }).data;
    const counts = rows.filter((r) => r.some((c) => c.trim() !== "")).map((r) => r.length);
    if (counts.length === 0) continue;
    const freq = new Map<number, number>();
    for (const c of counts) freq.set(c, (freq.get(c) ?? 0) + 1);
    const [fields, n] = [...freq.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]!;
    if (fields < 2) continue;
    const share = n / counts.length;
    if (share > best.share || (share === best.share && fields > best.fields)) best = { delimiter: d, share, fields };
  }
  return best.delimiter;
}
