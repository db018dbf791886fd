import { defineMessages } from "./define";

// Texts of the task pane. Keys are dotted: "ui.something". Vietnamese first: it is what the
// officials read; English is for Office installed in another language.
export const uiMessages = defineMessages(
  {
    "ui.app.title": "Theo dõi Kế hoạch",
    "ui.app.subtitle": "Kế hoạch {plan} — giao việc, biểu mẫu, nhập và kiểm tra báo cáo, tổng hợp",
    "ui.app.noPlanYet": "Chưa nạp kế hoạch",
    "ui.app.loading": "Đang mở…",
    "ui.app.privacy": "Dữ liệu chỉ nằm trong sổ làm việc này, không gửi đi đâu.",

    "ui.settings.period": "Kỳ báo cáo (năm)",
    "ui.settings.periodHint": "Ví dụ: 2022",
    "ui.settings.asOf": "Ngày đánh giá",
    "ui.settings.asOfHint": "Tình trạng được đánh giá tại ngày {date} (ngày/tháng/năm)",

    "ui.step.done": "Đã xong",
    "ui.step.todo": "Chưa làm",
    "ui.step.toFix": "Cần sửa",
    "ui.step.needsPlan": "Cần làm bước 1 trước.",

    "ui.plan.title": "1. Kế hoạch",
    "ui.plan.desc": "Nạp kế hoạch để lập bảng nhiệm vụ, ma trận phân công và danh bạ đơn vị.",
    "ui.plan.useEmbedded": "Nạp Kế hoạch 4587/KH-UBND",
    "ui.plan.pasteLabel": "Hoặc dán nội dung kế hoạch khác",
    "ui.plan.pastePlaceholder": "Dán toàn văn kế hoạch (có mục “Phân công thực hiện”)…",
    "ui.plan.usePasted": "Nạp nội dung đã dán",
    "ui.plan.openFile": "Mở tệp kế hoạch (.docx, .pdf, .txt) hoặc ma trận (.csv, .xlsx)",
    "ui.plan.replaceAnyway": "Vẫn nạp kế hoạch mới",
    "ui.plan.done":
      "Đã ghi 4 trang tính: Kế hoạch (bảng nhiệm vụ, sửa được), Ma trận phân công, Danh bạ đơn vị, Chế độ báo cáo — {tasks} nhiệm vụ, {agencies} đơn vị.",
    "ui.plan.unmatched":
      "{count} tên đơn vị chưa có trong danh bạ: {names}. Hãy bổ sung vào trang tính “Danh bạ đơn vị” rồi nạp lại.",
    "ui.plan.rosterNote":
      "Sửa tên, tên viết tắt, email ngay trong trang tính “Danh bạ đơn vị”; các bước sau đọc lại trang tính này.",
    "ui.plan.restored": "Đã đọc lại kế hoạch {plan} từ sổ làm việc: {tasks} nhiệm vụ.",

    "ui.templates.title": "2. Biểu mẫu",
    "ui.templates.desc": "Tạo biểu mẫu báo cáo cho từng đơn vị, để gửi qua email.",
    "ui.templates.agencies": "Đơn vị nhận biểu mẫu ({selected}/{total})",
    "ui.templates.all": "Chọn tất cả",
    "ui.templates.none": "Bỏ chọn",
    "ui.templates.make": "Tạo biểu mẫu",
    "ui.templates.done": "Đã tạo {count} biểu mẫu. Bấm tên tệp để tải về.",
    "ui.templates.open": "Mở trong Excel",
    "ui.templates.openFailed": "Excel không mở được tệp mới ở đây; hãy tải tệp về.",
    "ui.templates.download": "Tải về",

    "ui.import.title": "3. Nhập báo cáo",
    "ui.import.desc":
      "Chọn hoặc kéo thả các tệp báo cáo (.xlsx, .csv) đơn vị gửi về. Mỗi báo cáo được chép vào một trang tính riêng.",
    "ui.import.pick": "Chọn tệp báo cáo",
    "ui.import.drop": "Kéo thả tệp vào đây",
    "ui.import.received": "Ngày nhận",
    "ui.import.receivedHint":
      "Để trống ngày nhận thì dùng ngày báo cáo ghi trong tệp; tệp không ghi ngày thì dùng ngày nhập vào sổ. Nhập ngày nếu biết ngày thực nhận.",
    "ui.import.file": "Tệp",
    "ui.import.remove": "Bỏ",
    "ui.import.run": "Nhập {count} tệp vào sổ làm việc",
    "ui.import.done": "Đã nhập {count} báo cáo (tổng cộng {total} trong sổ).",
    "ui.import.already": "Sổ làm việc đã có {count} báo cáo nhập trước đây; tệp mới được thêm vào, không ghi đè.",
    "ui.import.duplicates": "Bỏ qua {count} tệp đã nhập trước đó: {files}.",
    "ui.import.failed": "Không đọc được {file}: {reason}",
    "ui.import.noSheet": "Tệp {file} không có trang tính nào có dữ liệu.",

    "ui.check.title": "4. Kiểm tra",
    "ui.check.desc": "Kiểm tra mọi báo cáo đã nhập theo cùng quy tắc. Bấm vào một lỗi để đến đúng ô.",
    "ui.check.run": "Kiểm tra báo cáo",
    "ui.check.clean": "Không có lỗi",
    "ui.check.errors": "{count} lỗi",
    "ui.check.warnings": "{count} cảnh báo",
    "ui.check.goTo": "Đến ô {cell}",
    "ui.check.notColoured":
      "Excel không cho tô màu các ô có lỗi trong các trang tính NB (có thể trang tính đang được bảo vệ). Danh sách dưới đây và trang tính “Kết quả kiểm tra” vẫn đầy đủ.",

    "ui.summary.title": "5. Tổng hợp",
    "ui.summary.desc": "Lập các trang tính tổng hợp (kèm biểu đồ) từ các báo cáo mới nhất của từng đơn vị.",
    "ui.summary.run": "Lập tổng hợp",
    "ui.summary.done": "Đã ghi {count} trang tính tổng hợp. {submitted}/{expected} đơn vị đã nộp báo cáo.",

    "ui.remind.title": "6. Nhắc nhở",
    "ui.remind.desc": "Soạn thư nhắc các đơn vị chưa nộp, nộp thiếu hoặc có lỗi.",
    "ui.remind.run": "Soạn thư nhắc",
    "ui.remind.done": "Có {count} đơn vị cần nhắc. Trang tính “Nhắc nhở” đã được cập nhật.",
    "ui.remind.none": "Không có đơn vị nào cần nhắc.",
    "ui.remind.copy": "Sao chép thư",
    "ui.remind.copied": "Đã sao chép",
    "ui.remind.mail": "Mở thư",
    "ui.remind.noEmail": "chưa có email — bổ sung trong “Danh bạ đơn vị”",

    "ui.self.title": "Kiểm tra trước khi gửi",
    "ui.self.subtitle": "Biểu mẫu báo cáo của đơn vị",
    "ui.self.desc": "Sổ làm việc này là biểu mẫu báo cáo của đơn vị. Kiểm tra lại trước khi gửi cho {focal}.",
    "ui.self.run": "Kiểm tra báo cáo của đơn vị tôi",
    "ui.self.ok": "Không thấy lỗi. Có thể lưu và gửi báo cáo.",
    "ui.self.planMismatch":
      "Biểu mẫu này thuộc kế hoạch {plan}, khác kế hoạch có sẵn trong ngăn; kết quả chỉ để tham khảo.",
    "ui.self.showFocal": "Các bước của đơn vị đầu mối",
    "ui.self.focalFallback": "đơn vị đầu mối",

    "ui.busy.cancel": "Hủy",
    "ui.busy.working": "Đang xử lý: {what}",
    "ui.busy.progress": "{done}/{total}",

    "ui.error.title": "Chưa làm được",
    "ui.error.cancelled": "Đã hủy. Sổ làm việc giữ nguyên như trước.",
    "ui.error.nothingImported": "Chưa có báo cáo nào trong sổ. Hãy nhập báo cáo ở bước 3.",
    "ui.error.payload":
      "Excel từ chối vì dữ liệu trong một lần gửi quá lớn. Nếu đang nhập báo cáo, hãy nhập ít tệp hơn mỗi lần.",
    "ui.error.excel":
      "Excel báo lỗi: {reason}. Sổ làm việc không bị thay đổi dở dang; hãy đóng các hộp thoại đang mở trong Excel rồi thử lại.",
    "ui.error.unexpected":
      "Có lỗi không lường trước: {reason}. Hãy thử lại; nếu vẫn lỗi, gửi nội dung này cho bộ phận kỹ thuật.",
    "ui.error.dismiss": "Đóng",
  },
  {
    "ui.app.title": "Plan Tracker",
    "ui.app.subtitle": "Plan {plan} — assignments, templates, importing and checking reports, summary",
    "ui.app.noPlanYet": "No plan loaded yet",
    "ui.app.loading": "Opening…",
    "ui.app.privacy": "Data stays in this workbook; nothing is sent anywhere.",

    "ui.settings.period": "Reporting period (year)",
    "ui.settings.periodHint": "For example: 2022",
    "ui.settings.asOf": "Assessed as of",
    "ui.settings.asOfHint": "Statuses are judged at {date} (day/month/year)",

    "ui.step.done": "Done",
    "ui.step.todo": "To do",
    "ui.step.toFix": "To fix",
    "ui.step.needsPlan": "Do step 1 first.",

    "ui.plan.title": "1. Plan",
    "ui.plan.desc": "Load the plan to write the task list, the assignment matrix and the agency roster.",
    "ui.plan.useEmbedded": "Load plan 4587/KH-UBND",
    "ui.plan.pasteLabel": "Or paste another plan's text",
    "ui.plan.pastePlaceholder": "Paste the plan's full text (with its “Phân công thực hiện” lines)…",
    "ui.plan.usePasted": "Load the pasted text",
    "ui.plan.openFile": "Open a plan (.docx, .pdf, .txt) or a matrix (.csv, .xlsx)",
    "ui.plan.replaceAnyway": "Load the new plan anyway",
    "ui.plan.done":
      "Wrote 4 sheets: the plan (its task table, to correct), assignment matrix, agency roster, reporting obligations — {tasks} {tasks|task|tasks}, {agencies} {agencies|agency|agencies}.",
    "ui.plan.unmatched":
      "{count} agency {count|name is|names are} not in the roster: {names}. Add them to the roster sheet and load again.",
    "ui.plan.rosterNote": "Edit names, short names and e-mails in the roster sheet; later steps read it back.",
    "ui.plan.restored": "Read plan {plan} back from the workbook: {tasks} {tasks|task|tasks}.",

    "ui.templates.title": "2. Templates",
    "ui.templates.desc": "Make each agency's report template, to send by e-mail.",
    "ui.templates.agencies": "Agencies ({selected}/{total})",
    "ui.templates.all": "Select all",
    "ui.templates.none": "Select none",
    "ui.templates.make": "Make templates",
    "ui.templates.done": "Made {count} {count|template|templates}. Click a file name to download it.",
    "ui.templates.open": "Open in Excel",
    "ui.templates.openFailed": "Excel cannot open a new file here; download it instead.",
    "ui.templates.download": "Download",

    "ui.import.title": "3. Import reports",
    "ui.import.desc":
      "Pick or drop the report files (.xlsx, .csv) the agencies sent back. Each report is copied into its own sheet.",
    "ui.import.pick": "Pick report files",
    "ui.import.drop": "Drop files here",
    "ui.import.received": "Received on",
    "ui.import.receivedHint":
      "Left empty, the report date written in the file is used; if the file has none, the day it is imported. Enter the date if you know when it actually arrived.",
    "ui.import.file": "File",
    "ui.import.remove": "Remove",
    "ui.import.run": "Import {count} {count|file|files}",
    "ui.import.done": "Imported {count} {count|report|reports} ({total} in the workbook).",
    "ui.import.already":
      "The workbook already holds {count} imported {count|report|reports}; new files are added, nothing is overwritten.",
    "ui.import.duplicates": "Skipped {count} {count|file|files} imported before: {files}.",
    "ui.import.failed": "Cannot read {file}: {reason}",
    "ui.import.noSheet": "File {file} has no sheet with data.",

    "ui.check.title": "4. Check",
    "ui.check.desc": "Check every imported report by the same rules. Click an issue to go to its cell.",
    "ui.check.run": "Check reports",
    "ui.check.clean": "No errors",
    "ui.check.errors": "{count} {count|error|errors}",
    "ui.check.warnings": "{count} {count|warning|warnings}",
    "ui.check.goTo": "Go to {cell}",
    "ui.check.notColoured":
      "Excel did not let the pane colour the cells with findings in the NB sheets (a sheet may be protected). The list below and the sheet “Kết quả kiểm tra” are complete.",

    "ui.summary.title": "5. Summary",
    "ui.summary.desc": "Write the summary sheets (chart included) from each agency's latest report.",
    "ui.summary.run": "Build summary",
    "ui.summary.done": "Wrote {count} summary {count|sheet|sheets}. {submitted}/{expected} agencies have reported.",

    "ui.remind.title": "6. Reminders",
    "ui.remind.desc": "Draft reminders to agencies that have not reported, left tasks out or sent errors.",
    "ui.remind.run": "Draft reminders",
    "ui.remind.done": "{count} {count|agency needs|agencies need} a reminder. The sheet “Nhắc nhở” is updated.",
    "ui.remind.none": "No agency needs a reminder.",
    "ui.remind.copy": "Copy message",
    "ui.remind.copied": "Copied",
    "ui.remind.mail": "Open e-mail",
    "ui.remind.noEmail": "no e-mail — add it in the roster sheet",

    "ui.self.title": "Check before sending",
    "ui.self.subtitle": "An agency's report template",
    "ui.self.desc": "This workbook is an agency's report template. Check it before sending it to {focal}.",
    "ui.self.run": "Check my agency's report",
    "ui.self.ok": "No errors found. You can save and send the report.",
    "ui.self.planMismatch":
      "This template belongs to plan {plan}, not the plan built into the pane; treat the result as a guide only.",
    "ui.self.showFocal": "Focal point steps",
    "ui.self.focalFallback": "the focal point",

    "ui.busy.cancel": "Cancel",
    "ui.busy.working": "Working: {what}",
    "ui.busy.progress": "{done}/{total}",

    "ui.error.title": "Could not do it",
    "ui.error.cancelled": "The step was cancelled; the workbook is as it was.",
    "ui.error.nothingImported": "No report is in the workbook yet. Import reports in step 3.",
    "ui.error.payload":
      "Excel refused: too much data in one request. If you are importing reports, import fewer files at a time.",
    "ui.error.excel":
      "Excel reported an error: {reason}. Nothing was left half-written; close any open dialog in Excel and try again.",
    "ui.error.unexpected":
      "Unexpected error: {reason}. Try again; if it persists, send this text to technical support.",
    "ui.error.dismiss": "Dismiss",
  },
);
