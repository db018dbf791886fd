/**
 * One OutSheet into an in-memory ExcelJS workbook: the file host's way of writing the sheets the
 * steps produce (the CLI's writer streams XML instead, see src/xlsx/write). The named styles look
 * as in the CLI's files; strings are set as strings (ExcelJS makes a formula only from a
 * `{formula}` object), so text from a submission that begins with "=" stays the text typed.
 * Charts and the internal links' relationships are finished on the zip when saving (./charts.ts).
 */
import type ExcelJS from "exceljs";
import type { CellStyle, OutSheet, OutValue } from "../core/sheet-model";
import { clipCellText as clip } from "../core/sheet-model";
import { sheetNameProblem } from "../xlsx/write/sheet-names";
import { dateFromIso } from "../xlsx/convert";
import { COLORS, STATUS_COLORS } from "../core/palette";
import { parseAddress } from "../core/grid";
import { tableLayout, type TableLayout } from "../xlsx/write/table-part";

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

/**
 * An Excel table over the cells already written, with the column names the .xlsx writer gives
 * (table-part.ts): ExcelJS writes the header and the rows it is given back into the same cells,
 * so they get their own values again and keep their formats.
 */
function addTable(ws: ExcelJS.Worksheet, layout: TableLayout): void {
  const [from, to] = layout.ref.split(":") as [string, string];
  const a = parseAddress(from)!;
  const b = parseAddress(to)!;
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = a.row + 1; r <= b.row; r++) {
    const row: ExcelJS.CellValue[] = [];
    for (let c = a.col; c <= b.col; c++) row.push(ws.getCell(r + 1, c + 1).value);
    rows.push(row);
  }
  ws.addTable({
    name: layout.name,
    ref: from,
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: layout.columns.map((name) => ({ name, filterButton: true })),
    rows,
  });
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
  const table = tableLayout(sheet);
  if (table) addTable(ws, table);
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
