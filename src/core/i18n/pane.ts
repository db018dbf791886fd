import { defineMessages } from "./define";

// Texts of the pane's frame: each step's state (when it ran, stale or not, folded), the period
// proposal, notices, the dashboard after the summary and the help button.
export const paneMessages = defineMessages(
  {
    "ui.step.stale": "Cần chạy lại",
    "ui.step.ranAt": "Chạy lúc {time}",
    "ui.step.staleBecause": "Chạy lúc {time} — cần chạy lại vì {reasons}.",
    "ui.step.changed.plan": "bảng kế hoạch hoặc danh bạ đã sửa",
    "ui.step.changed.imports": "báo cáo nhập vào sổ đã thay đổi",
    "ui.step.changed.asOf": "ngày đánh giá đổi từ {was} sang {now}",
    "ui.step.changed.period": "kỳ báo cáo đổi từ {was} sang {now}",
    "ui.step.reopen": "Mở lại",
    "ui.step.fold": "Thu gọn",
    "ui.step.result.plan": "{tasks} nhiệm vụ, {agencies} đơn vị",
    "ui.step.result.templates": "{count} biểu mẫu",
    "ui.step.result.import": "{files} báo cáo trong sổ",
    "ui.step.result.check": "bản mới nhất của {files} báo cáo: {errors} lỗi, {warnings} cảnh báo",
    "ui.step.result.summary": "{reported}/{mustReport} đơn vị đã nộp",
    "ui.step.result.remind": "{count} đơn vị cần nhắc",
    "ui.step.finished": "{step}: xong — {result}",
    "ui.step.finishedPlain": "{step}: xong",

    "ui.notice.cancelled": "Đã hủy. Sổ làm việc giữ nguyên như trước; kết quả cũ đã được bỏ.",
    "ui.notice.busy": "Đang làm “{what}”. Đợi xong hoặc bấm Hủy, rồi làm lại.",
    "ui.notice.dropHere":
      "Tệp thả ra ngoài ô nhập nên chưa được nhận. Hãy thả vào ô “{box}” ở bước “{step}” (đã mở ra).",
    "ui.notice.periodFirst": "Chưa có kỳ báo cáo hợp lệ. Nhập năm của kỳ vào ô “{field}” phía trên, ví dụ 2022.",
    "ui.notice.dismiss": "Đóng",

    "ui.period.proposeFiles": "Các tệp ghi kỳ {period} ({count}/{total} tệp có ghi kỳ) — dùng kỳ này?",
    "ui.period.proposePlan": "Kế hoạch có hạn trong các năm {from}–{to} — dùng kỳ {period}?",
    "ui.period.use": "Dùng kỳ {period}",
    "ui.period.empty": "Chưa chọn kỳ báo cáo: nhập năm của kỳ, ví dụ 2022.",
    "ui.period.notYear": "“{text}” không phải một kỳ báo cáo. Nhập một năm (4 chữ số), ví dụ 2022.",
    "ui.period.outside":
      "Kế hoạch có hạn trong các năm {from}–{to}; kỳ {period} nằm ngoài khoảng đó. Kiểm tra lại nếu không cố ý.",

    "ui.dash.title": "Số liệu chính",
    "ui.dash.reported": "Đã nộp",
    "ui.dash.onTime": "Đúng hạn",
    "ui.dash.late": "Trễ hạn",
    "ui.dash.missing": "Chưa nộp",
    "ui.dash.notYetDue": "Chưa đến hạn",
    "ui.dash.withErrors": "Có lỗi",
    "ui.dash.tasksDone": "Nhiệm vụ hoàn thành",
    "ui.dash.tasksOverdue": "Nhiệm vụ quá hạn",
    "ui.dash.sheets": "Các trang tính tổng hợp",
    "ui.dash.staleNote": "Số liệu của lần tổng hợp trước; hãy lập lại tổng hợp.",

    "ui.help.open": "Hướng dẫn sử dụng (mở trang mới)",
  },
  {
    "ui.step.stale": "Run again",
    "ui.step.ranAt": "Ran at {time}",
    "ui.step.staleBecause": "Ran at {time} — to run again: {reasons}.",
    "ui.step.changed.plan": "the task table or roster was edited",
    "ui.step.changed.imports": "the imported reports changed",
    "ui.step.changed.asOf": "the as-of date changed from {was} to {now}",
    "ui.step.changed.period": "the period changed from {was} to {now}",
    "ui.step.reopen": "Open",
    "ui.step.fold": "Fold",
    "ui.step.result.plan": "{tasks} {tasks|task|tasks}, {agencies} {agencies|agency|agencies}",
    "ui.step.result.templates": "{count} {count|template|templates}",
    "ui.step.result.import": "{files} {files|report|reports} in the workbook",
    "ui.step.result.check":
      "latest of {files} {files|report|reports}: {errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}",
    "ui.step.result.summary": "{reported}/{mustReport} {mustReport|agency has|agencies have} reported",
    "ui.step.result.remind": "{count} {count|agency|agencies} to remind",
    "ui.step.finished": "{step}: done — {result}",
    "ui.step.finishedPlain": "{step}: done",

    "ui.notice.cancelled": "Cancelled. The workbook is as it was; the earlier results were cleared.",
    "ui.notice.busy": "Still working on “{what}”. Wait for it or press Cancel, then try again.",
    "ui.notice.dropHere":
      "The files were dropped outside the import box and were not taken. Drop them on “{box}” in “{step}” (now open).",
    "ui.notice.periodFirst": "No valid reporting period yet. Type the period's year in “{field}” above, e.g. 2022.",
    "ui.notice.dismiss": "Dismiss",

    "ui.period.proposeFiles": "The files state period {period} ({count}/{total} files that state one) — use it?",
    "ui.period.proposePlan": "The plan's deadlines fall in {from}–{to} — use period {period}?",
    "ui.period.use": "Use {period}",
    "ui.period.empty": "No reporting period chosen: type its year, e.g. 2022.",
    "ui.period.notYear": "“{text}” is not a reporting period. Type a year (4 digits), e.g. 2022.",
    "ui.period.outside":
      "The plan's deadlines fall in {from}–{to}; period {period} is outside them. Check it if that is not intended.",

    "ui.dash.title": "Key figures",
    "ui.dash.reported": "Reported",
    "ui.dash.onTime": "On time",
    "ui.dash.late": "Late",
    "ui.dash.missing": "Missing",
    "ui.dash.notYetDue": "Not yet due",
    "ui.dash.withErrors": "With errors",
    "ui.dash.tasksDone": "Tasks done",
    "ui.dash.tasksOverdue": "Tasks overdue",
    "ui.dash.sheets": "Summary sheets",
    "ui.dash.staleNote": "Figures of the last summary; build the summary again.",

    "ui.help.open": "User guide (opens a new page)",
  },
);
