/**
 * The template's other sheets: the instructions (Hướng dẫn), the lists the dropdowns point at
 * (Danh mục) and the very hidden metadata sheet.
 */
import type ExcelJS from "exceljs";
import type { TemplateContent } from "../core/template/build";
import { LISTS_LAYOUT, REPORT_SHEET, ROLE_LABELS, STATUS_LABELS, type MetaKey } from "../core/template/layout";
import { font, TEXT_FORMAT, wrappedHeight } from "./template-style";

const GUIDE_WIDTH = 88;

/**
 * "Gửi báo cáo trước ngày 15/12/2022 (…) kèm văn bản, qua thư điện tử." The reading of
 * «trước ngày D» is explained only when the deadline is written that way: next to
 * "chậm nhất ngày D" it would only raise a doubt.
 */
export function sendLine(dueText: string | null): string {
  const when = dueText ? `Gửi báo cáo ${dueText}` : "Gửi báo cáo đúng thời hạn của kế hoạch";
  const reading =
    dueText && /trước ngày/i.test(dueText)
      ? " (theo Kế hoạch, «trước ngày D» nghĩa là gửi chậm nhất ngày liền trước ngày D)"
      : "";
  return `${when}${reading} kèm văn bản, qua thư điện tử.`;
}

export function fillGuideSheet(ws: ExcelJS.Worksheet, c: TemplateContent): void {
  // One column as wide as an A4 portrait page holds at 100%, so the guide prints unscaled.
  ws.getColumn(1).width = GUIDE_WIDTH;
  const statusLines = [
    `  • ${STATUS_LABELS.done}: nhiệm vụ đã xong; ghi Ngày hoàn thành và Kết quả thực hiện.`,
    `  • ${STATUS_LABELS.inProgress}: đang làm; ghi Kết quả thực hiện đến ngày báo cáo.`,
    `  • ${STATUS_LABELS.notStarted}: chưa làm; ghi rõ Khó khăn, vướng mắc (lý do).`,
  ];
  const lines: { text: string; bold?: boolean }[] = [
    { text: `HƯỚNG DẪN ĐIỀN BÁO CÁO — KẾ HOẠCH ${c.planNumber}`, bold: true },
    { text: `Đơn vị: ${c.agency.name}. Kỳ báo cáo: ${c.periodLabel}.` },
    { text: "" },
    { text: "1. Điền gì", bold: true },
    {
      text: `Trang tính «${REPORT_SHEET}»: các ô nền xám (mã, nội dung, vai trò, thời hạn của nhiệm vụ, tên đơn vị, kế hoạch, kỳ) được điền sẵn — không sửa, không xóa.`,
    },
    { text: "Phần đầu: ghi Ngày báo cáo, Người lập (bắt buộc); Số văn bản, Điện thoại, Email (nếu có)." },
    {
      text: "Mỗi dòng nhiệm vụ: chọn Tình trạng (bắt buộc), ghi Kết quả thực hiện, Khó khăn, vướng mắc, Đề xuất, kiến nghị, Ghi chú.",
    },
    {
      text: `Vai trò: ${ROLE_LABELS.CT} = đơn vị chủ trì, chịu trách nhiệm chính; ${ROLE_LABELS.TH} = đơn vị triển khai thực hiện; ${ROLE_LABELS.PH} = đơn vị phối hợp (báo cáo phần việc của mình).`,
    },
    { text: "" },
    { text: "2. Tình trạng — chọn một trong ba giá trị", bold: true },
    ...statusLines.map((text) => ({ text })),
    {
      text: "Kết quả thực hiện bắt buộc trừ khi Chưa thực hiện. Khó khăn, vướng mắc bắt buộc khi Chưa thực hiện hoặc khi nhiệm vụ đã quá thời hạn.",
    },
    { text: "" },
    { text: "3. Ngày tháng", bold: true },
    { text: "Ghi ngày theo dạng dd/mm/yyyy (ví dụ 15/11/2022). Không ghi 31/02 hay ngày không có thật." },
    { text: "" },
    { text: "4. Thêm nhiệm vụ", bold: true },
    {
      text: "Các dòng trống cuối bảng dùng cho nhiệm vụ đơn vị tự bổ sung: ghi Mã nhiệm vụ (nếu có), Nội dung, Vai trò và các cột còn lại.",
    },
    { text: "" },
    { text: "5. Gửi báo cáo", bold: true },
    { text: sendLine(c.dueText) },
    {
      text: "Gửi nguyên tệp .xlsx này (không đổi sang .xls, .pdf hay ảnh chụp); có thể đổi tên tệp. Không đặt mật khẩu cho tệp.",
    },
    { text: "Không xóa, không đổi tên các trang tính; không xóa các cột. Nếu cần thêm ghi chú, dùng cột Ghi chú." },
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
