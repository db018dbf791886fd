import { defineMessages } from "./define";

// Texts of the agency's template workbook that are not its form vocabulary (the labels and list
// values of core/template/layout.ts, which the reader matches when the file comes back).
// The template itself is written in Vietnamese; the English is for reading this table.
export const templateMessages = defineMessages(
  {
    "template.title": "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH {plan}",
    "template.workbookTitle": "Báo cáo thực hiện Kế hoạch {plan} — {agency} — {period}",
    "template.note":
      "Ô nền xám được điền sẵn, không sửa. Điền các ô nền trắng; cột Tình trạng chọn trong danh sách; ngày ghi dạng dd/mm/yyyy. Xem trang tính «{guide}».",
    "template.noteDue": " Gửi báo cáo {due}.",
    "template.send.when": "Gửi báo cáo {due}",
    "template.send.onTime": "Gửi báo cáo đúng thời hạn của kế hoạch",
    "template.send.beforeReading": " (theo Kế hoạch, «trước ngày D» nghĩa là gửi chậm nhất ngày liền trước ngày D)",
    "template.send.line": "{when}{reading} kèm văn bản, qua thư điện tử.",
    "template.guide.title": "HƯỚNG DẪN ĐIỀN BÁO CÁO — KẾ HOẠCH {plan}",
    "template.guide.who": "Đơn vị: {agency}. Kỳ báo cáo: {period}.",
    "template.guide.what": "1. Điền gì",
    "template.guide.prefilled":
      "Trang tính «{sheet}»: các ô nền xám (mã, nội dung, vai trò, thời hạn của nhiệm vụ, tên đơn vị, kế hoạch, kỳ) được điền sẵn — không sửa, không xóa.",
    "template.guide.header":
      "Phần đầu: ghi Ngày báo cáo, Người lập (bắt buộc); Số văn bản, Điện thoại, Email (nếu có).",
    "template.guide.rows":
      "Mỗi dòng nhiệm vụ: chọn Tình trạng (bắt buộc), ghi Kết quả thực hiện, Khó khăn, vướng mắc, Đề xuất, kiến nghị, Ghi chú.",
    "template.guide.roles":
      "Vai trò: {ct} = đơn vị chủ trì, chịu trách nhiệm chính; {th} = đơn vị triển khai thực hiện; {ph} = đơn vị phối hợp (báo cáo phần việc của mình).",
    "template.guide.statusHead": "2. Tình trạng — chọn một trong ba giá trị",
    "template.guide.done": "  • {status}: nhiệm vụ đã xong; ghi Ngày hoàn thành và Kết quả thực hiện.",
    "template.guide.inProgress": "  • {status}: đang làm; ghi Kết quả thực hiện đến ngày báo cáo.",
    "template.guide.notStarted": "  • {status}: chưa làm; ghi rõ Khó khăn, vướng mắc (lý do).",
    "template.guide.required":
      "Kết quả thực hiện bắt buộc trừ khi Chưa thực hiện. Khó khăn, vướng mắc bắt buộc khi Chưa thực hiện hoặc khi nhiệm vụ đã quá thời hạn.",
    "template.guide.datesHead": "3. Ngày tháng",
    "template.guide.dates": "Ghi ngày theo dạng dd/mm/yyyy (ví dụ 15/11/2022). Không ghi 31/02 hay ngày không có thật.",
    "template.guide.addHead": "4. Thêm nhiệm vụ",
    "template.guide.add":
      "Các dòng trống cuối bảng dùng cho nhiệm vụ đơn vị tự bổ sung: ghi Mã nhiệm vụ (nếu có), Nội dung, Vai trò và các cột còn lại.",
    "template.guide.sendHead": "5. Gửi báo cáo",
    "template.guide.file":
      "Gửi nguyên tệp .xlsx này (không đổi sang .xls, .pdf hay ảnh chụp); có thể đổi tên tệp. Không đặt mật khẩu cho tệp.",
    "template.guide.keep":
      "Không xóa, không đổi tên các trang tính; không xóa các cột. Nếu cần thêm ghi chú, dùng cột Ghi chú.",
  },
  {
    "template.title": "REPORT ON THE IMPLEMENTATION OF PLAN {plan}",
    "template.workbookTitle": "Report on plan {plan} — {agency} — {period}",
    "template.note":
      "Grey cells are prefilled: do not change them. Fill in the white cells; pick the status from the list; write dates as dd/mm/yyyy. See the «{guide}» sheet.",
    "template.noteDue": " Send the report {due}.",
    "template.send.when": "Send the report {due}",
    "template.send.onTime": "Send the report by the plan's deadline",
    "template.send.beforeReading": " (under the plan, «before day D» means sending on the day before D at the latest)",
    "template.send.line": "{when}{reading} with a cover letter, by e-mail.",
    "template.guide.title": "HOW TO FILL IN THE REPORT — PLAN {plan}",
    "template.guide.who": "Agency: {agency}. Reporting period: {period}.",
    "template.guide.what": "1. What to fill in",
    "template.guide.prefilled":
      "Sheet «{sheet}»: the grey cells (code, task, role, deadline, agency, plan, period) are prefilled — do not change or delete them.",
    "template.guide.header":
      "Header: write the report date and the preparer (required); document number, phone, e-mail (if any).",
    "template.guide.rows":
      "Each task row: pick the status (required), write the results, difficulties, proposals and notes.",
    "template.guide.roles":
      "Role: {ct} = lead agency, answers for the task; {th} = implementing agency; {ph} = coordinating agency (reports its own part).",
    "template.guide.statusHead": "2. Status — pick one of three values",
    "template.guide.done": "  • {status}: the task is done; write the completion date and the results.",
    "template.guide.inProgress": "  • {status}: under way; write the results up to the report date.",
    "template.guide.notStarted": "  • {status}: not started; write the difficulties (the reason).",
    "template.guide.required":
      "Results are required unless not started. Difficulties are required when not started or when the task is overdue.",
    "template.guide.datesHead": "3. Dates",
    "template.guide.dates": "Write dates as dd/mm/yyyy (e.g. 15/11/2022). No 31/02 or other day that does not exist.",
    "template.guide.addHead": "4. Adding tasks",
    "template.guide.add":
      "The empty rows at the end of the table are for tasks the agency adds: write the task code (if any), the task, the role and the other columns.",
    "template.guide.sendHead": "5. Sending the report",
    "template.guide.file":
      "Send this .xlsx file as it is (not as .xls, .pdf or a photo); it may be renamed. Do not put a password on it.",
    "template.guide.keep":
      "Do not delete or rename the sheets; do not delete columns. For remarks, use the notes column.",
  },
);
