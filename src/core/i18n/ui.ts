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
    "ui.templates.done":
      "Đã tạo {count} biểu mẫu. Bấm tên đơn vị để tải biểu mẫu của đơn vị đó, hoặc tải tất cả một lần.",
    "ui.templates.zip": "Tải tất cả (.zip)",
    "ui.templates.zipFailed": "Không gói được tệp .zip ở đây; hãy tải từng biểu mẫu.",
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
    "ui.import.reading": "Đọc tệp trước khi nhập",
    "ui.import.previewHint": "Chưa ghi gì vào sổ. Xem từng tệp, bỏ tệp không cần rồi bấm Nhập.",
    "ui.import.tally": "{new} mới · {replaces} thay bản cũ · {duplicates} trùng · {unreadable} không đọc được",
    "ui.import.clear": "Bỏ tất cả",
    "ui.import.agency": "Đơn vị: {agency}",
    "ui.import.agencyUnknown": "Chưa nhận ra đơn vị (bước Kiểm tra sẽ báo)",
    "ui.import.verdict.new": "Báo cáo mới",
    "ui.import.verdict.duplicate": "Trùng hệt tệp {file} đã nhập — sẽ bỏ qua",
    "ui.import.verdict.duplicateBatch": "Trùng hệt tệp {file} ở trên — sẽ bỏ qua",
    "ui.import.verdict.replaces": "Bản mới, thay bản {file} đã nhập",
    "ui.import.verdict.replacesBatch": "Bản mới, thay tệp {file} ở trên",
    "ui.import.verdict.older": "Bản cũ hơn {file} — vẫn nhập, nhưng bản mới hơn được tính",
    "ui.import.verdict.unreadable": "Không đọc được: {reason}",
    "ui.import.inWorkbook": "Đã nhập trong sổ làm việc ({count})",
    "ui.import.recordLine": "Trang tính {tab} · nhập lúc {time}",
    "ui.import.recordReceived": "nhận ngày {date}",
    "ui.import.removeImport": "Gỡ bản nhập này",
    "ui.import.removeConfirm":
      "Gỡ {file}? Trang tính {tab} và dòng nhật ký nhập của nó sẽ bị xóa; các báo cáo khác, kết quả kiểm tra và tổng hợp giữ nguyên.",
    "ui.import.removeYes": "Gỡ",
    "ui.import.removeNo": "Giữ lại",
    "ui.import.removing": "Gỡ bản nhập",
    "ui.import.removed": "Đã gỡ {file} (trang tính {tab}). Hãy chạy lại bước Kiểm tra và Tổng hợp.",
    "ui.import.removeMissing": "Nhật ký nhập không còn bản nhập ở trang tính {tab}; có thể đã gỡ rồi.",
    "ui.import.removeLastSheet":
      "Đã gỡ khỏi nhật ký nhập, nhưng Excel không xóa được trang tính {tab} vì đó là trang tính duy nhất đang hiện. Hãy thêm một trang tính rồi xóa trang tính này.",

    "ui.check.title": "4. Kiểm tra",
    "ui.check.desc": "Kiểm tra mọi báo cáo đã nhập theo cùng quy tắc. Bấm vào một lỗi để đến đúng ô.",
    "ui.check.run": "Kiểm tra báo cáo",
    "ui.check.done":
      "Đã kiểm tra {files} tệp: {errors} lỗi, {warnings} cảnh báo. Kết quả ghi ở trang tính “Kết quả kiểm tra”.",
    "ui.check.clean": "Không có lỗi",
    "ui.check.errors": "{count} lỗi",
    "ui.check.warnings": "{count} cảnh báo",
    "ui.check.superseded": "đã có bản mới hơn",
    "ui.check.more": "… và {count} mục khác (xem trang tính “Kết quả kiểm tra”)",
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
    "ui.self.run": "Kiểm tra báo cáo của tôi",
    "ui.self.ok": "Không thấy lỗi. Có thể lưu và gửi báo cáo.",
    "ui.self.found": "Có {errors} lỗi và {warnings} cảnh báo. Bấm vào từng mục dưới đây để đến ô cần sửa.",
    "ui.self.planMismatch":
      "Biểu mẫu này thuộc kế hoạch {plan}, khác kế hoạch có sẵn trong ngăn; kết quả chỉ để tham khảo.",
    "ui.self.showFocal": "Các bước của đơn vị đầu mối",
    "ui.self.focalFallback": "đơn vị đầu mối",

    "ui.busy.cancel": "Hủy",
    "ui.busy.working": "Đang xử lý: {what}",
    "ui.busy.progress": "{done}/{total}",
    "ui.busy.progressItem": "{done}/{total} — {label}",

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
      "Wrote 4 sheets: the plan (its task table, to correct), assignment matrix, agency roster, reporting obligations — {tasks} tasks, {agencies} agencies.",
    "ui.plan.unmatched":
      "{count} agency names are not in the roster: {names}. Add them to the roster sheet and load again.",
    "ui.plan.rosterNote": "Edit names, short names and e-mails in the roster sheet; later steps read it back.",
    "ui.plan.restored": "Read plan {plan} back from the workbook: {tasks} tasks.",

    "ui.templates.title": "2. Templates",
    "ui.templates.desc": "Make each agency's report template, to send by e-mail.",
    "ui.templates.agencies": "Agencies ({selected}/{total})",
    "ui.templates.all": "Select all",
    "ui.templates.none": "Select none",
    "ui.templates.make": "Make templates",
    "ui.templates.done":
      "Templates made: {count}. Click an agency to download its template, or download them all at once.",
    "ui.templates.zip": "Download all (.zip)",
    "ui.templates.zipFailed": "Cannot pack a .zip file here; download the templates one by one.",
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
    "ui.import.run": "Import {count} files",
    "ui.import.done": "Imported {count} reports ({total} in the workbook).",
    "ui.import.already":
      "The workbook already holds {count} imported reports; new files are added, nothing is overwritten.",
    "ui.import.duplicates": "Skipped {count} files imported before: {files}.",
    "ui.import.failed": "Cannot read {file}: {reason}",
    "ui.import.noSheet": "File {file} has no sheet with data.",
    "ui.import.reading": "Reading files before the import",
    "ui.import.previewHint": "Nothing is written yet. Look at each file, remove those you do not want, then Import.",
    "ui.import.tally": "new: {new} · replacing: {replaces} · duplicates: {duplicates} · unreadable: {unreadable}",
    "ui.import.clear": "Remove all",
    "ui.import.agency": "Agency: {agency}",
    "ui.import.agencyUnknown": "Agency not recognised (the check will say why)",
    "ui.import.verdict.new": "New report",
    "ui.import.verdict.duplicate": "Identical to {file}, already imported — will be skipped",
    "ui.import.verdict.duplicateBatch": "Identical to {file} above — will be skipped",
    "ui.import.verdict.replaces": "Newer version, replaces {file} already imported",
    "ui.import.verdict.replacesBatch": "Newer version, replaces {file} above",
    "ui.import.verdict.older": "Older than {file} — imported, but the newer one counts",
    "ui.import.verdict.unreadable": "Cannot be read: {reason}",
    "ui.import.inWorkbook": "Imported in this workbook ({count})",
    "ui.import.recordLine": "Sheet {tab} · imported {time}",
    "ui.import.recordReceived": "received {date}",
    "ui.import.removeImport": "Remove this import",
    "ui.import.removeConfirm":
      "Remove {file}? Its sheet {tab} and its line in the import log are deleted; the other reports, the check results and the summary stay.",
    "ui.import.removeYes": "Remove",
    "ui.import.removeNo": "Keep",
    "ui.import.removing": "Removing an import",
    "ui.import.removed": "Removed {file} (sheet {tab}). Run the check and the summary again.",
    "ui.import.removeMissing":
      "The import log has no import in sheet {tab} any more; it may have been removed already.",
    "ui.import.removeLastSheet":
      "Removed from the import log, but Excel cannot delete sheet {tab}: it is the only visible sheet. Add a sheet, then delete this one.",

    "ui.check.title": "4. Check",
    "ui.check.desc": "Check every imported report by the same rules. Click an issue to go to its cell.",
    "ui.check.run": "Check reports",
    "ui.check.done":
      "Checked {files} files: {errors} errors, {warnings} warnings. Results are in the sheet “Kết quả kiểm tra”.",
    "ui.check.clean": "No errors",
    "ui.check.errors": "{count} errors",
    "ui.check.warnings": "{count} warnings",
    "ui.check.superseded": "a newer file exists",
    "ui.check.more": "… and {count} more (see the sheet “Kết quả kiểm tra”)",
    "ui.check.goTo": "Go to {cell}",
    "ui.check.notColoured":
      "Excel did not let the pane colour the cells with findings in the NB sheets (a sheet may be protected). The list below and the sheet “Kết quả kiểm tra” are complete.",

    "ui.summary.title": "5. Summary",
    "ui.summary.desc": "Write the summary sheets (chart included) from each agency's latest report.",
    "ui.summary.run": "Build summary",
    "ui.summary.done": "Wrote {count} summary sheets. {submitted}/{expected} agencies have reported.",

    "ui.remind.title": "6. Reminders",
    "ui.remind.desc": "Draft reminders to agencies that have not reported, left tasks out or sent errors.",
    "ui.remind.run": "Draft reminders",
    "ui.remind.done": "{count} agencies need a reminder. The sheet “Nhắc nhở” is updated.",
    "ui.remind.none": "No agency needs a reminder.",
    "ui.remind.copy": "Copy message",
    "ui.remind.copied": "Copied",
    "ui.remind.mail": "Open e-mail",
    "ui.remind.noEmail": "no e-mail — add it in the roster sheet",

    "ui.self.title": "Check before sending",
    "ui.self.subtitle": "An agency's report template",
    "ui.self.desc": "This workbook is an agency's report template. Check it before sending it to {focal}.",
    "ui.self.run": "Check my report",
    "ui.self.ok": "No errors found. You can save and send the report.",
    "ui.self.found": "{errors} errors and {warnings} warnings. Click an item below to go to the cell to fix.",
    "ui.self.planMismatch":
      "This template belongs to plan {plan}, not the plan built into the pane; treat the result as a guide only.",
    "ui.self.showFocal": "Focal point steps",
    "ui.self.focalFallback": "the focal point",

    "ui.busy.cancel": "Cancel",
    "ui.busy.working": "Working: {what}",
    "ui.busy.progress": "{done}/{total}",
    "ui.busy.progressItem": "{done}/{total} — {label}",

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
