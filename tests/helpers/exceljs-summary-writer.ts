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
import type { OutSheet } from "../../src/core/sheet-model";
import { UserError } from "../../src/core/errors";
import { finishParts } from "../../src/xlsx/xlsx-parts";
import { dateFromIso, toBytes } from "../../src/xlsx/convert";
import { addOutSheet } from "../../src/filehost/add-sheet";

// The cell writer is the browser version's own (src/filehost/add-sheet.ts): the reference
// writer and the file host write sheets the same way.
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
