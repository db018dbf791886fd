/**
 * The summary writer as it was before the lean one (src/xlsx/write/): ExcelJS's workbook model,
 * then the zip reopened for charts and internal links. Kept for tests only, as the reference the
 * lean writer's output is compared with (same sheets, same values, equivalent styles).
 *
 * Writes the product's generated sheets (OutSheet, see core/sheet-model.ts) to a real .xlsx
 * with ExcelJS. Browser-safe: bytes in, bytes out, no Node built-ins.
 *
 * Rebuilding into a workbook the user already has (`writeSheetsInto`) replaces only the sheets
 * the product generated last time, recorded in a very hidden sheet, and leaves the user's own
 * sheets alone; a user's sheet that shares a name with a generated one is never overwritten
 * silently. Bytes in, bytes out: writing to disk safely (temp file, then rename) is the
 * caller's job, so that a failure leaves the previous file as it was.
 *
 * Two things ExcelJS cannot do are finished on the zip afterwards (see ./xlsx-parts.ts):
 * charts, and hyperlinks to a cell inside the workbook (ExcelJS also writes those as an
 * external relationship, which Excel would try to open as a file).
 */
import ExcelJS from "exceljs";
import type { CellStyle, OutSheet, OutValue } from "../../src/core/sheet-model";
import { FORBIDDEN_SHEET_CHARS, MAX_SHEET_NAME, clipCellText as clip } from "../../src/core/sheet-model";
import { UserError } from "../../src/core/errors";
import { finishParts } from "../../src/xlsx/xlsx-parts";
import { dateFromIso, toBytes } from "../../src/xlsx/convert";
import { COLORS, STATUS_COLORS } from "../../src/core/palette";

/** Sheet names Excel refuses: too long, empty, or with []:*?/\ in them. */
export function sheetNameProblem(name: string): string | null {
  if (name.length === 0) return "empty";
  if (name.length > MAX_SHEET_NAME) return "longer than 31 characters";
  if (FORBIDDEN_SHEET_CHARS.test(name)) return "contains one of []:*?/\\";
  if (name.startsWith("'") || name.endsWith("'")) return "starts or ends with an apostrophe";
  return null;
}

interface StyleSpec {
  font?: Partial<ExcelJS.Font>;
  fill?: string;
  numFmt?: string;
  alignment?: Partial<ExcelJS.Alignment>;
  border?: boolean;
}

/** ExcelJS writes colours as "AARRGGBB". */
const argb = (rgb: string) => `FF${rgb}`;

const THIN = { style: "thin" as const, color: { argb: argb(COLORS.border) } };

/** The named styles of the sheet model, as Excel formats. Colours follow Excel's own good/neutral/bad. */
const STYLES: Record<CellStyle, StyleSpec> = {
  title: { font: { bold: true, size: 14, color: { argb: argb(COLORS.heading) } } },
  subtitle: { font: { italic: true, size: 11, color: { argb: argb(COLORS.note) } } },
  header: {
    font: { bold: true, color: { argb: argb(COLORS.heading) } },
    fill: COLORS.headerFill,
    alignment: { wrapText: true, vertical: "middle", horizontal: "center" },
    border: true,
  },
  label: { font: { bold: true }, alignment: { vertical: "top" } },
  text: { alignment: { vertical: "top" }, border: true },
  wrap: { alignment: { wrapText: true, vertical: "top" }, border: true },
  number: { numFmt: "#,##0", alignment: { vertical: "top" }, border: true },
  percent: { numFmt: "0%", alignment: { vertical: "top" }, border: true },
  date: { numFmt: "dd/mm/yyyy", alignment: { vertical: "top" }, border: true },
  muted: {
    font: { color: { argb: argb(COLORS.muted) }, italic: true },
    alignment: { wrapText: true, vertical: "top" },
  },
  good: {
    font: { color: { argb: argb(STATUS_COLORS.good.font) } },
    fill: STATUS_COLORS.good.fill,
    alignment: { wrapText: true, vertical: "top" },
    border: true,
  },
  warn: {
    font: { color: { argb: argb(STATUS_COLORS.warn.font) } },
    fill: STATUS_COLORS.warn.fill,
    alignment: { wrapText: true, vertical: "top" },
    border: true,
  },
  bad: {
    font: { color: { argb: argb(STATUS_COLORS.bad.font) } },
    fill: STATUS_COLORS.bad.fill,
    alignment: { wrapText: true, vertical: "top" },
    border: true,
  },
  info: {
    font: { color: { argb: argb(STATUS_COLORS.info.font) } },
    fill: STATUS_COLORS.info.fill,
    alignment: { wrapText: true, vertical: "top" },
    border: true,
  },
  neutral: {
    font: { color: { argb: argb(STATUS_COLORS.neutral.font) } },
    fill: STATUS_COLORS.neutral.fill,
    alignment: { wrapText: true, vertical: "top" },
    border: true,
  },
};

/** Times New Roman 12 is what Vietnamese administrative documents use (Nghị định 30/2020/NĐ-CP). */
const BASE_FONT: Partial<ExcelJS.Font> = { name: "Times New Roman", size: 12 };

function applyStyle(cell: ExcelJS.Cell, style: CellStyle | undefined): void {
  cell.font = BASE_FONT;
  if (!style) return;
  const s = STYLES[style];
  if (s.font) cell.font = { ...BASE_FONT, ...s.font };
  if (s.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF" + s.fill } };
  if (s.numFmt) cell.numFmt = s.numFmt;
  if (s.alignment) cell.alignment = s.alignment;
  if (s.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
}

/**
 * One value into one cell. Strings go in as strings: ExcelJS makes a formula only from a
 * `{formula}` object, so text from a submission that begins with "=" stays the text typed.
 */
function setValue(cell: ExcelJS.Cell, v: OutValue): void {
  if (v === null) return;
  if (typeof v === "string") {
    cell.value = clip(v);
    return;
  }
  if (typeof v === "number" || typeof v === "boolean") {
    cell.value = v;
    return;
  }
  if ("date" in v) {
    cell.value = dateFromIso(v.date);
    cell.numFmt = "dd/mm/yyyy";
    return;
  }
  // Internal targets are written without "#": ExcelJS recognises Sheet!A1 as a location.
  const target = v.link.startsWith("#") ? v.link.slice(1) : v.link;
  cell.value = { text: clip(v.text), hyperlink: target };
  cell.font = { ...BASE_FONT, color: { argb: argb(COLORS.link) }, underline: true };
}

function hex(color: string): string {
  return "FF" + color.replace(/^#/, "").toUpperCase();
}

/** Adds one OutSheet to an ExcelJS workbook. */
export function addOutSheet(wb: ExcelJS.Workbook, sheet: OutSheet): ExcelJS.Worksheet {
  const problem = sheetNameProblem(sheet.name);
  if (problem) throw new Error(`write-sheets: sheet name "${sheet.name}" ${problem}`);
  const ws = wb.addWorksheet(sheet.name, {
    properties: sheet.tabColor ? { tabColor: { argb: hex(sheet.tabColor) } } : {},
  });
  ws.columns = sheet.columns.map((c) => ({ width: c.width }));
  sheet.rows.forEach((row, r) => {
    const xrow = ws.getRow(r + 1);
    if (row.height) xrow.height = row.height;
    const width = Math.max(row.cells.length, row.cellStyles?.length ?? 0, row.cellLayout?.length ?? 0);
    for (let c = 0; c < width; c++) {
      const cell = xrow.getCell(c + 1);
      const style = row.cellStyles?.[c] ?? row.style ?? sheet.columns[c]?.style;
      applyStyle(cell, style);
      const layout = row.cellLayout?.[c];
      if (layout) {
        cell.alignment = {
          ...(cell.alignment ?? {}),
          ...(layout.rotate ? { textRotation: layout.rotate } : {}),
          ...(layout.center ? { horizontal: "center" as const, vertical: "middle" as const } : {}),
        };
      }
      setValue(cell, row.cells[c] ?? null);
    }
  });
  for (const m of sheet.merges ?? []) ws.mergeCells(m);
  const frozen = sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.cols > 0);
  // The sheet the workbook opens on must also be the selected tab, or Excel selects two.
  const selected = { tabSelected: sheet.active === true };
  ws.views = [
    frozen
      ? { state: "frozen", xSplit: sheet.freeze!.cols, ySplit: sheet.freeze!.rows, ...selected }
      : { state: "normal", ...selected },
  ];
  if (sheet.autoFilter) ws.autoFilter = sheet.autoFilter;
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: sheet.print?.landscape ? "landscape" : "portrait",
    fitToPage: sheet.print?.fitToWidth ?? false,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.6, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  if (sheet.freeze && sheet.freeze.rows > 0) {
    // Repeat the header rows on every printed page.
    ws.pageSetup.printTitlesRow = `1:${sheet.freeze.rows}`;
  }
  return ws;
}

/** Kept exported from here for the callers that import it from this file. */
export { toBytes };

/** Fixed workbook properties, so the same sheets give the same file content. */
export function stampWorkbook(wb: ExcelJS.Workbook): void {
  const epoch = dateFromIso("2000-01-01");
  wb.creator = "kehoach";
  wb.lastModifiedBy = "kehoach";
  wb.created = epoch;
  wb.modified = epoch;
}

/** Very hidden sheet listing, in column A, the names of the sheets the product generated. */
export const GENERATED_REGISTRY_SHEET = "_kehoach_generated";

const fold = (s: string) => s.toLocaleLowerCase("vi");

function registryNames(wb: ExcelJS.Workbook): Set<string> {
  const reg = wb.getWorksheet(GENERATED_REGISTRY_SHEET);
  const names = new Set<string>();
  reg?.eachRow((row) => {
    const v = row.getCell(1).value;
    if (typeof v === "string" && v !== "") names.add(fold(v));
  });
  return names;
}

function addRegistry(wb: ExcelJS.Workbook, sheets: OutSheet[]): void {
  const reg = wb.addWorksheet(GENERATED_REGISTRY_SHEET, { state: "veryHidden" });
  sheets.forEach((s, i) => (reg.getCell(i + 1, 1).value = s.name));
}

/**
 * Writes `sheets` into a workbook: a new one, or `existing` with its previously generated
 * sheets replaced. Generated sheets come first, in the given order; the user's sheets follow
 * in their own order.
 */
export async function writeSheetsInto(existing: Uint8Array | null, sheets: OutSheet[]): Promise<Uint8Array> {
  const seen = new Set<string>();
  for (const s of sheets) {
    if (seen.has(fold(s.name))) throw new Error(`write-sheets: two sheets named "${s.name}"`);
    seen.add(fold(s.name));
  }
  const wb = new ExcelJS.Workbook();
  if (existing) {
    await wb.xlsx.load(
      existing.buffer.slice(existing.byteOffset, existing.byteOffset + existing.byteLength) as ArrayBuffer,
    );
  }
  const generated = registryNames(wb);
  const userSheets: ExcelJS.Worksheet[] = [];
  for (const ws of [...wb.worksheets]) {
    if (ws.name === GENERATED_REGISTRY_SHEET || generated.has(fold(ws.name))) {
      wb.removeWorksheet(ws.id);
      continue;
    }
    if (seen.has(fold(ws.name))) throw new UserError("summary.merge.userSheetClash", { sheet: ws.name });
    userSheets.push(ws);
  }
  stampWorkbook(wb);
  const added = sheets.map((s) => addOutSheet(wb, s));
  addRegistry(wb, sheets);
  // Generated sheets first, then the user's, then the registry.
  // `orderNo` is how ExcelJS orders sheets on write; its typings leave it out.
  [...added, ...userSheets, wb.getWorksheet(GENERATED_REGISTRY_SHEET)!].forEach(
    (ws, i) => ((ws as unknown as { orderNo: number }).orderNo = i + 1),
  );
  // Open on the sheet marked active, else the first generated one.
  const activeTab = Math.max(
    0,
    sheets.findIndex((s) => s.active),
  );
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab, visibility: "visible" }];
  const raw = toBytes(await wb.xlsx.writeBuffer());
  return finishParts(raw, sheets);
}

/** OutSheets → a new .xlsx file (with the registry of generated sheets). */
export function writeWorkbook(sheets: OutSheet[]): Promise<Uint8Array> {
  return writeSheetsInto(null, sheets);
}
