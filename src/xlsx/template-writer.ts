/**
 * Writes one agency's report template (biểu mẫu báo cáo) as an .xlsx file with ExcelJS.
 * Runs in Node and in the browser: no Node built-ins, bytes in and out as Uint8Array.
 * The content comes from core/template/build.ts; this file only lays it out.
 */
import ExcelJS from "exceljs";
import { t } from "../core/i18n";
import JSZip from "jszip";
import type { TemplateContent } from "../core/template/build";
import {
  GUIDE_SHEET,
  HEADER_FIELDS,
  LISTS_SHEET,
  META_SHEET,
  REPORT_LAYOUT,
  REPORT_SHEET,
  TABLE_COLUMNS,
  type ColumnKey,
  type HeaderFieldKey,
} from "../core/template/layout";
import { cellAddress } from "../core/grid";
import { toBytes } from "./convert";
import { COLORS, TAB_COLORS } from "../core/palette";
import { FONT_NAME, font, TEXT_FORMAT, wrappedHeight } from "./template-style";
import {
  ROLE_LIST_RANGE,
  STATUS_LIST_RANGE,
  dateValidation,
  emailValidation,
  listValidation,
} from "./template-validations";
import { fillGuideSheet, fillListsSheet, fillMetaSheet } from "./template-side-sheets";

export interface WriteTemplateOptions {
  /** when the file is made; stored in the metadata and the workbook properties */
  generatedAt?: Date;
}

const DATE_FORMAT = "dd/mm/yyyy";

/** ExcelJS writes colours as "AARRGGBB". */
const argb = (rgb: string) => `FF${rgb}`;

const FILL_PREFILLED: ExcelJS.Fill = {
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: argb(COLORS.prefilledFill) },
};
const FILL_HEADER: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(COLORS.headerFill) } };
const FILL_TO_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(COLORS.inputFill) } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

/** 1-based worksheet column of a table column. */
function tableCol(key: ColumnKey): number {
  return REPORT_LAYOUT.tableFirstCol + TABLE_COLUMNS.findIndex((c) => c.key === key) + 1;
}

/** 1-based worksheet row of a header field's line. */
export function headerRowOf(key: HeaderFieldKey): number {
  return REPORT_LAYOUT.headerFirstRow + HEADER_FIELDS.findIndex((f) => f.key === key) + 1;
}

/** A1 address of a header field's value cell. */
export function headerValueAddress(key: HeaderFieldKey): string {
  return cellAddress(headerRowOf(key) - 1, REPORT_LAYOUT.headerValueCol);
}

/** A1 address of a table cell: `taskIndex` 0 is the first task row. */
export function tableCellAddress(taskIndex: number, key: ColumnKey): string {
  return cellAddress(REPORT_LAYOUT.tableHeaderRow + 1 + taskIndex, tableCol(key) - 1);
}

function fillReportSheet(ws: ExcelJS.Worksheet, c: TemplateContent): void {
  const width = TABLE_COLUMNS.length;
  TABLE_COLUMNS.forEach((col, i) => {
    const column = ws.getColumn(REPORT_LAYOUT.tableFirstCol + i + 1);
    // Column B also holds the header labels ("Đơn vị báo cáo"): wide enough for them.
    const labelWidth = i + REPORT_LAYOUT.tableFirstCol === REPORT_LAYOUT.headerLabelCol ? 17 : 0;
    column.width = Math.max(col.width, labelWidth);
  });

  const title = ws.getCell(REPORT_LAYOUT.titleRow + 1, 1);
  title.value = t("vi", "template.title", { plan: c.planNumber }).trim();
  title.font = font({ bold: true, size: 14 });
  title.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  ws.mergeCells(REPORT_LAYOUT.titleRow + 1, 1, REPORT_LAYOUT.titleRow + 1, width);
  ws.getRow(REPORT_LAYOUT.titleRow + 1).height = 24;

  const note = ws.getCell(REPORT_LAYOUT.noteRow + 1, 1);
  note.value =
    t("vi", "template.note", { guide: GUIDE_SHEET }) +
    (c.dueText ? t("vi", "template.noteDue", { due: c.dueText }) : "");
  note.font = font({ italic: true, color: { argb: argb(COLORS.note) } });
  note.alignment = { wrapText: true, vertical: "top" };
  ws.mergeCells(REPORT_LAYOUT.noteRow + 1, 1, REPORT_LAYOUT.noteRow + 1, width);
  ws.getRow(REPORT_LAYOUT.noteRow + 1).height = 30;

  const prefilledHeader: Partial<Record<HeaderFieldKey, string>> = {
    agency: c.agency.name,
    plan: c.planNumber,
    period: c.periodLabel,
  };
  for (const f of HEADER_FIELDS) {
    const r = headerRowOf(f.key);
    const label = ws.getCell(r, REPORT_LAYOUT.headerLabelCol + 1);
    label.value = f.label;
    label.font = font({ bold: f.required });
    label.alignment = { vertical: "middle" };
    const value = ws.getCell(r, REPORT_LAYOUT.headerValueCol + 1);
    value.font = font();
    value.border = THIN;
    value.alignment = { vertical: "middle", horizontal: "left" };
    if (f.prefilled) {
      value.value = prefilledHeader[f.key] ?? "";
      value.fill = FILL_PREFILLED;
      value.font = font({ bold: true });
    } else {
      value.fill = FILL_TO_FILL;
      value.protection = { locked: false };
      if (f.type === "date") {
        value.numFmt = DATE_FORMAT;
        value.dataValidation = dateValidation();
      } else {
        // Text format keeps a phone number's leading 0 and stops a typed "=" becoming a formula.
        value.numFmt = TEXT_FORMAT;
        if (f.type === "email") value.dataValidation = emailValidation(value.address);
      }
    }
  }

  const headerRow = ws.getRow(REPORT_LAYOUT.tableHeaderRow + 1);
  TABLE_COLUMNS.forEach((col, i) => {
    const cell = headerRow.getCell(REPORT_LAYOUT.tableFirstCol + i + 1);
    cell.value = col.label;
    cell.font = font({ bold: true });
    cell.fill = FILL_HEADER;
    cell.border = THIN;
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  });
  headerRow.height = 32;

  const first = REPORT_LAYOUT.tableHeaderRow + 2;
  const total = c.rows.length + REPORT_LAYOUT.spareRows;
  for (let i = 0; i < total; i++) {
    const task = c.rows[i];
    const row = ws.getRow(first + i);
    const prefilled: Partial<Record<ColumnKey, string | number>> = task
      ? { no: task.no, taskCode: task.taskCode, taskContent: task.content, role: task.role, deadline: task.deadline }
      : {};
    TABLE_COLUMNS.forEach((col, j) => {
      const cell = row.getCell(REPORT_LAYOUT.tableFirstCol + j + 1);
      cell.font = font();
      cell.border = THIN;
      cell.alignment = {
        vertical: "top",
        wrapText: col.type === "text",
        horizontal: col.key === "no" || col.key === "taskCode" ? "center" : undefined,
      };
      // Spare rows are entirely the agency's: every cell there is open.
      const locked = task !== undefined && col.prefilled;
      if (locked) {
        cell.value = prefilled[col.key] ?? "";
        cell.fill = FILL_PREFILLED;
        if (col.key !== "no") cell.numFmt = TEXT_FORMAT;
        return;
      }
      cell.protection = { locked: false };
      cell.fill = FILL_TO_FILL;
      if (col.type === "date") {
        cell.numFmt = DATE_FORMAT;
        cell.dataValidation = dateValidation();
      } else if (col.key === "status") {
        cell.dataValidation = listValidation(STATUS_LIST_RANGE, "Tình trạng");
      } else if (col.key === "role") {
        cell.dataValidation = listValidation(ROLE_LIST_RANGE, "Vai trò");
      } else if (col.type === "text") {
        cell.numFmt = TEXT_FORMAT;
      }
    });
    if (task) {
      row.height = wrappedHeight([
        { text: task.content, width: TABLE_COLUMNS[tableCol("taskContent") - 1]!.width },
        { text: task.deadline, width: TABLE_COLUMNS[tableCol("deadline") - 1]!.width },
      ]);
    }
  }

  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: `${REPORT_LAYOUT.tableHeaderRow + 1}:${REPORT_LAYOUT.tableHeaderRow + 1}`,
  };
  ws.headerFooter = { oddFooter: "&L&8" + escapeHeaderFooter(c.agency.name) + "&R&8Trang &P/&N" };
}

/** In header/footer codes "&" starts a command: a literal ampersand is written "&&". */
function escapeHeaderFooter(s: string): string {
  return s.replace(/&/g, "&&");
}

async function protectWithoutPassword(ws: ExcelJS.Worksheet, allowInsertRows: boolean): Promise<void> {
  await ws.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatCells: true,
    formatColumns: true,
    formatRows: true,
    insertRows: allowInsertRows,
    insertColumns: false,
    deleteRows: false,
    deleteColumns: false,
    sort: false,
    autoFilter: false,
  });
}

export async function writeTemplate(content: TemplateContent, options: WriteTemplateOptions = {}): Promise<Uint8Array> {
  const generatedAt = options.generatedAt ?? new Date();
  const wb = new ExcelJS.Workbook();
  wb.creator = "kehoach";
  wb.lastModifiedBy = "kehoach";
  wb.title = t("vi", "template.workbookTitle", {
    plan: content.planNumber,
    agency: content.agency.name,
    period: content.periodLabel,
  });
  wb.subject = content.planTitle ?? `Kế hoạch ${content.planNumber}`;
  wb.company = content.agency.name;
  wb.created = generatedAt;
  wb.modified = generatedAt;

  const frozenRows = REPORT_LAYOUT.tableHeaderRow + 1;
  const report = wb.addWorksheet(REPORT_SHEET, {
    views: [
      {
        state: "frozen",
        xSplit: 2,
        ySplit: frozenRows,
        topLeftCell: cellAddress(frozenRows, 2),
        activeCell: headerValueAddress("reportDate"),
      },
    ],
    properties: { tabColor: { argb: argb(TAB_COLORS.template) } },
  });
  const guide = wb.addWorksheet(GUIDE_SHEET);
  const lists = wb.addWorksheet(LISTS_SHEET);
  const meta = wb.addWorksheet(META_SHEET, { state: "veryHidden" });

  fillReportSheet(report, content);
  fillGuideSheet(guide, content);
  fillListsSheet(lists);
  fillMetaSheet(meta, content, generatedAt);

  await protectWithoutPassword(report, true);
  await protectWithoutPassword(guide, false);
  await protectWithoutPassword(lists, false);
  await protectWithoutPassword(meta, false);

  return withDefaultFont(toBytes(await wb.xlsx.writeBuffer()));
}

/**
 * ExcelJS always makes Calibri the workbook's default font, and a column's width is counted in
 * the digits of that font. Where Calibri (or its metric twin Carlito) is missing, as on many
 * LibreOffice installations, the stand-in font is much wider and the report printed at ~40%.
 * The default becomes Times New Roman, the font every cell is written in: Windows has it and
 * LibreOffice has its metric twin (Liberation Serif), so widths come out the same everywhere.
 */
async function withDefaultFont(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file("xl/styles.xml");
  if (!file) return bytes;
  const xml = await file.async("string");
  const first = /<font>.*?<\/font>/s.exec(xml);
  if (!first || !first[0].includes("Calibri")) return bytes;
  const fixed = xml.replace(first[0], `<font><sz val="11"/><name val="${FONT_NAME}"/><family val="1"/></font>`);
  zip.file("xl/styles.xml", fixed, { date: file.date });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/** Kept exported from here for the callers that import it from this file. */
export { toBytes };
