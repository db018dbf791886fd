/**
 * The template's other sheets: the instructions (Hướng dẫn), the lists the dropdowns point at
 * (Danh mục) and the very hidden metadata sheet.
 */
import type ExcelJS from "exceljs";
import type { TemplateContent } from "../core/template/build";
import { LISTS_LAYOUT, REPORT_SHEET, ROLE_LABELS, STATUS_LABELS, type MetaKey } from "../core/template/layout";
import { font, TEXT_FORMAT, wrappedHeight } from "./template-style";
import { t, type MessageKey, type Params } from "../core/i18n";

const GUIDE_WIDTH = 88;

/**
 * "Gửi báo cáo trước ngày 15/12/2022 (…) kèm văn bản, qua thư điện tử." The reading of
 * «trước ngày D» is explained only when the deadline is written that way: next to
 * "chậm nhất ngày D" it would only raise a doubt.
 */
export function sendLine(dueText: string | null): string {
  const when = dueText ? t("vi", "template.send.when", { due: dueText }) : t("vi", "template.send.onTime");
  const reading = dueText && /trước ngày/i.test(dueText) ? t("vi", "template.send.beforeReading") : "";
  return t("vi", "template.send.line", { when, reading });
}

export function fillGuideSheet(ws: ExcelJS.Worksheet, c: TemplateContent): void {
  // One column as wide as an A4 portrait page holds at 100%, so the guide prints unscaled.
  ws.getColumn(1).width = GUIDE_WIDTH;
  const tv = (key: MessageKey, params?: Params) => t("vi", key, params);
  const statusLines = [
    tv("template.guide.done", { status: STATUS_LABELS.done }),
    tv("template.guide.inProgress", { status: STATUS_LABELS.inProgress }),
    tv("template.guide.notStarted", { status: STATUS_LABELS.notStarted }),
  ];
  const lines: { text: string; bold?: boolean }[] = [
    { text: tv("template.guide.title", { plan: c.planNumber }), bold: true },
    { text: tv("template.guide.who", { agency: c.agency.name, period: c.periodLabel }) },
    { text: "" },
    { text: tv("template.guide.what"), bold: true },
    { text: tv("template.guide.prefilled", { sheet: REPORT_SHEET }) },
    { text: tv("template.guide.header") },
    { text: tv("template.guide.rows") },
    { text: tv("template.guide.roles", { ct: ROLE_LABELS.CT, th: ROLE_LABELS.TH, ph: ROLE_LABELS.PH }) },
    { text: "" },
    { text: tv("template.guide.statusHead"), bold: true },
    ...statusLines.map((text) => ({ text })),
    { text: tv("template.guide.required") },
    { text: "" },
    { text: tv("template.guide.datesHead"), bold: true },
    { text: tv("template.guide.dates") },
    { text: "" },
    { text: tv("template.guide.addHead"), bold: true },
    { text: tv("template.guide.add") },
    { text: "" },
    { text: tv("template.guide.sendHead"), bold: true },
    { text: sendLine(c.dueText) },
    { text: tv("template.guide.file") },
    { text: tv("template.guide.keep") },
  ];
  lines.forEach((l, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.value = l.text;
    cell.font = font({ bold: l.bold === true, size: i === 0 ? 13 : 12 });
    cell.alignment = { wrapText: true, vertical: "top" };
    if (l.text.length > GUIDE_WIDTH) ws.getRow(i + 1).height = wrappedHeight([{ text: l.text, width: GUIDE_WIDTH }]);
  });
  ws.pageSetup = {
    paperSize: 9,
    orientation: "portrait",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.6, right: 0.6, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
  };
}

export function fillListsSheet(ws: ExcelJS.Worksheet): void {
  const statusCol = LISTS_LAYOUT.statusCol + 1;
  const roleCol = LISTS_LAYOUT.roleCol + 1;
  ws.getCell(1, statusCol).value = "Tình trạng";
  ws.getCell(1, roleCol).value = "Vai trò";
  ws.getRow(1).font = font({ bold: true });
  Object.values(STATUS_LABELS).forEach((label, i) => {
    ws.getCell(LISTS_LAYOUT.firstRow + 1 + i, statusCol).value = label;
  });
  Object.values(ROLE_LABELS).forEach((label, i) => {
    ws.getCell(LISTS_LAYOUT.firstRow + 1 + i, roleCol).value = label;
  });
  ws.getColumn(statusCol).width = 20;
  ws.getColumn(roleCol).width = 14;
}

export function fillMetaSheet(ws: ExcelJS.Worksheet, c: TemplateContent, generatedAt: Date): void {
  const values: Record<MetaKey, string> = {
    plan: c.planNumber,
    agencyId: c.agency.id,
    period: c.period,
    templateVersion: c.templateVersion,
    fingerprint: c.fingerprint,
    generatedAt: generatedAt.toISOString(),
  };
  Object.entries(values).forEach(([key, value], i) => {
    ws.getCell(i + 1, 1).value = key;
    const v = ws.getCell(i + 1, 2);
    v.value = value;
    v.numFmt = TEXT_FORMAT;
  });
}

/** Sheet protection without a password: it guards against slips, not against the agency. */
