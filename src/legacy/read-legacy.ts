/**
 * Old and other spreadsheet formats agencies send — Excel 97–2003 .xls (BIFF8/BIFF5), OpenDocument
 * .ods and Excel 2003 XML — read by SheetJS (`@e965/xlsx`, the maintained 0.20 build; see the
 * README on why) into the same WorkbookData as an .xlsx: same A1 grid, dates as serials, a
 * merged area's value in its top-left cell only. Loaded with `import()` only when such a file
 * arrives. Every library error becomes a project message; macros are never read.
 */
import type { Cell, Sheet, WorkbookData } from "../core/grid";
import { UserError, isUserError } from "../core/errors";
import type { ReadLimits } from "../xlsx/limits";
import { dateFromSerial } from "../xlsx/direct/sheet-handler";
import { applyMerges } from "../xlsx/direct/merges";
import type { Area } from "../xlsx/direct/cell-refs";
// Types only (erased): the library itself is loaded with import() below.
import type * as SheetJsModule from "@e965/xlsx";
import type { WorkBook, WorkSheet } from "@e965/xlsx";

export type LegacyFormat = "xls" | "ods" | "xml2003";

const FORMAT_NAMES: Record<LegacyFormat, string> = {
  xls: "Excel 97–2003 (.xls)",
  ods: "OpenDocument (.ods)",
  xml2003: "Excel 2003 XML",
};

interface SheetJsCell {
  t: string;
  v?: unknown;
  w?: string;
  z?: string | number;
}

type SheetJs = typeof SheetJsModule;

/** SheetJS's error values are numbers; their text is in `w`, else this table (Excel's codes). */
const ERROR_CODES: Record<number, string> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};

function toCell(x: SheetJs, c: SheetJsCell | undefined, date1904: boolean): Cell {
  if (!c) return null;
  switch (c.t) {
    case "s":
      return typeof c.v === "string" && c.v !== "" ? c.v : null;
    case "b":
      return c.v === true;
    case "e":
      return { kind: "error", code: c.w ?? ERROR_CODES[Number(c.v)] ?? "#N/A" };
    case "d": {
      const d = c.v instanceof Date ? c.v : new Date(String(c.v));
      const ms = d.getTime();
      return Number.isNaN(ms) ? null : { kind: "date", serial: ms / 86_400_000 + 25_569 };
    }
    case "n": {
      const v = typeof c.v === "number" && Number.isFinite(c.v) ? c.v : null;
      if (v === null) return null;
      return c.z !== undefined && x.SSF.is_date(c.z) ? dateFromSerial(v, date1904) : v;
    }
    default:
      return null;
  }
}

function readSheet(
  x: SheetJs,
  ws: WorkSheet,
  name: string,
  date1904: boolean,
  fileName: string,
  limits: ReadLimits,
): Cell[][] {
  const data = (ws["!data"] ?? []) as (SheetJsCell[] | undefined)[];
  const rows: Cell[][] = [];
  let maxRow = -1;
  let maxCol = -1;
  for (let r = 0; r < data.length; r++) {
    const line = data[r];
    if (!line) continue;
    for (let c = 0; c < line.length; c++) {
      const v = toCell(x, line[c], date1904);
      if (v === null) continue;
      if (r > maxRow) maxRow = r;
      if (c > maxCol) maxCol = c;
      if ((maxRow + 1) * (maxCol + 1) > limits.maxCellsPerSheet) {
        throw new UserError("files.tooManyCells", {
          file: fileName,
          sheet: name,
          rows: maxRow + 1,
          cols: maxCol + 1,
          limit: limits.maxCellsPerSheet,
        });
      }
      const out = (rows[r] ??= []);
      while (out.length < c) out.push(null);
      out[c] = v;
    }
  }
  const merges: Area[] = (ws["!merges"] ?? []).map((m) => ({
    top: m.s.r,
    left: m.s.c,
    bottom: m.e.r,
    right: m.e.c,
  }));
  if (merges.length > limits.maxMergedAreasPerSheet) {
    throw new UserError("files.tooManyMergedAreas", {
      file: fileName,
      sheet: name,
      count: limits.maxMergedAreasPerSheet,
      limit: limits.maxMergedAreasPerSheet,
    });
  }
  if (!applyMerges(rows, merges)) throw new UserError("files.mergedAreasOverlap", { file: fileName, sheet: name });
  return rows;
}

function stateOf(hidden: unknown): Sheet["state"] {
  return hidden === 2 ? "veryHidden" : hidden === 1 ? "hidden" : "visible";
}

/** Reads an .xls, .ods or Excel 2003 XML file. The caller has checked size, zip and XML safety. */
export async function readLegacy(
  bytes: Uint8Array,
  fileName: string,
  format: LegacyFormat,
  limits: ReadLimits,
  /** sheets known to be hidden where SheetJS does not say (ODF table styles) */
  hidden: ReadonlySet<string> = new Set(),
): Promise<WorkbookData> {
  const x: SheetJs = await import(/* webpackChunkName: "legacy-read" */ "@e965/xlsx");
  let wb: WorkBook;
  // SheetJS writes remarks about formats it approximates to the console: the user sees only
  // the project's messages. The read is synchronous, so nothing else logs in between.
  const saved = { error: console.error, warn: console.warn, log: console.log };
  console.error = console.warn = console.log = () => undefined;
  try {
    wb = x.read(bytes, {
      type: "array",
      dense: true,
      cellDates: false,
      cellNF: true,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
      bookVBA: false,
      sheetStubs: false,
      // More rows than this cannot fit the cell limit with any value in them.
      sheetRows: Math.min(1_048_576, limits.maxCellsPerSheet),
      WTF: false,
    });
  } catch (e) {
    throw legacyError(e, fileName, format);
  } finally {
    Object.assign(console, saved);
  }
  const names = wb.SheetNames;
  if (names.length > limits.maxSheets) {
    throw new UserError("files.tooManySheets", { file: fileName, count: names.length, limit: limits.maxSheets });
  }
  const date1904 = wb.Workbook?.WBProps?.date1904 === true;
  const sheets: Sheet[] = [];
  try {
    names.forEach((name, i) => {
      const ws = wb.Sheets[name];
      if (!ws || ws["!type"] === "chart") return;
      const state = hidden.has(name) ? "hidden" : stateOf(wb.Workbook?.Sheets?.[i]?.Hidden);
      sheets.push({ name, rows: readSheet(x, ws, name, date1904, fileName, limits), state });
    });
  } catch (e) {
    throw legacyError(e, fileName, format);
  }
  return { fileName, sheets };
}

function legacyError(e: unknown, fileName: string, format: LegacyFormat): UserError {
  if (isUserError(e)) return e;
  const text = e instanceof Error ? e.message : String(e);
  if (/password|encryption scheme|ods encryption/i.test(text))
    return new UserError("files.encrypted", { file: fileName });
  return new UserError("files.legacyUnreadable", { file: fileName, format: FORMAT_NAMES[format] });
}
