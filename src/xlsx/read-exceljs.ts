/**
 * The ExcelJS reader of .xlsx: what the project read with before the direct reader, kept as the
 * reference the tests compare the direct reader against, cell by cell, and for the benchmark.
 * Not on the path of any file a user opens (it expands merged areas, validations and column
 * ranges before anything can be counted). Browser-safe.
 */
import ExcelJS from "exceljs";
import type { Cell, Sheet, WorkbookData } from "../core/grid";
import { UserError } from "../core/errors";
import { withDefaults, type ReadLimits } from "./limits";

const MS_PER_DAY = 86_400_000;
/** 1970-01-01 as an Excel serial (1900 system). */
const UNIX_EPOCH_SERIAL = 25_569;

/** JS Date (as ExcelJS gives, in UTC) → Excel serial in the 1900 system, keeping the time of day. */
export function serialFromDate(d: Date): number {
  return d.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** One ExcelJS cell value → a plain Cell: formulas give their cached result, rich text its text. */
export function toCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") return v === "" ? null : v;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "boolean") return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : { kind: "date", serial: serialFromDate(v) };
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.error === "string") return { kind: "error", code: o.error };
    if (Array.isArray(o.richText)) {
      const s = o.richText
        .map((r) => (r && typeof (r as { text?: unknown }).text === "string" ? (r as { text: string }).text : ""))
        .join("");
      return s === "" ? null : s;
    }
    if ("formula" in o || "sharedFormula" in o) return toCell(o.result);
    if ("hyperlink" in o || "text" in o) return toCell(o.text);
  }
  return null;
}

function sheetState(ws: ExcelJS.Worksheet): Sheet["state"] {
  return ws.state === "hidden" || ws.state === "veryHidden" ? ws.state : "visible";
}

function readSheet(ws: ExcelJS.Worksheet, fileName: string, limits: ReadLimits): Sheet {
  const rows: Cell[][] = [];
  let maxRow = 0;
  let maxCol = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // A merged area keeps its value in the top-left cell only, as Excel shows it.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const value = toCell(cell.value);
      if (value === null) return;
      maxRow = Math.max(maxRow, rowNumber);
      maxCol = Math.max(maxCol, colNumber);
      if (maxRow * maxCol > limits.maxCellsPerSheet) {
        throw new UserError("files.tooManyCells", {
          file: fileName,
          sheet: ws.name,
          rows: maxRow,
          cols: maxCol,
          limit: limits.maxCellsPerSheet,
        });
      }
      const r = (rows[rowNumber - 1] ??= []);
      while (r.length < colNumber - 1) r.push(null);
      r[colNumber - 1] = value;
    });
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return { name: ws.name, rows, state: sheetState(ws) };
}

/** Reads .xlsx bytes with ExcelJS. Call readSubmissionFile for files from outside: it checks them first. */
export async function readXlsx(
  bytes: Uint8Array,
  fileName: string,
  limits: Partial<ReadLimits> = {},
): Promise<WorkbookData> {
  const lim = withDefaults(limits);
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS wants an ArrayBuffer of exactly the file.
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    if (
      /zip|crc|inflate|size mismatch|stored block|invalid (code|distance|block)|too far back|header check|compression method|end of (central|data)|corrupt/i.test(
        detail,
      )
    ) {
      throw new UserError("files.zipCorrupt", { file: fileName, detail });
    }
    throw new UserError("files.readFailed", { file: fileName, detail });
  }
  return { fileName, sheets: wb.worksheets.map((ws) => readSheet(ws, fileName, lim)) };
}
