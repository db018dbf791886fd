import { defineMessages } from "./define";

// Texts of step 4's triage view, the agency's self-check list, the copy and mail fallbacks, and
// Excel's own errors in plain words. English counts use the plural choice {n|one|other}.
export const triageMessages = defineMessages(
  {
    "ui.finding.error": "Lỗi:",
    "ui.finding.warning": "Cảnh báo:",
    "ui.finding.info": "Ghi chú:",

    "ui.triage.headline":
      "Tính theo bản mới nhất của {files} báo cáo: {errors} lỗi, {warnings} cảnh báo, {notes} ghi chú.",
    "ui.triage.replaced": "{count} bản cũ đã có bản mới thay thế: không tính vào số trên.",
    "ui.triage.sheet": "Toàn bộ kết quả cũng được ghi ở trang tính “Kết quả kiểm tra”.",
    "ui.triage.filter": "Lọc kết quả",
    "ui.triage.filter.all": "Tất cả",
    "ui.triage.filter.errors": "Lỗi ({count})",
    "ui.triage.filter.warnings": "Cảnh báo ({count})",
    "ui.triage.filter.missing": "Thiếu nhiệm vụ ({count})",
    "ui.triage.agency": "Đơn vị",
    "ui.triage.agency.all": "Tất cả đơn vị ({count})",
    "ui.triage.search": "Tìm",
    "ui.triage.search.hint": "Tên đơn vị, tệp, ô (C12) hoặc nội dung; gõ có dấu hay không dấu đều được",
    "ui.triage.shown": "Đang hiện {shown}/{total} đơn vị.",
    "ui.triage.nothing": "Không có mục nào khớp bộ lọc và từ tìm kiếm.",
    "ui.triage.received": "nhận ngày {date}",
    "ui.triage.changed": "Bản mới {after} thay bản {before}: {from} lỗi → {to}",
    "ui.triage.older.show": "Xem {count} bản cũ đã được thay",
    "ui.triage.older.hide": "Ẩn bản cũ",
    "ui.triage.older.label": "Bản cũ: {file}",
    "ui.triage.notes": "{count} ghi chú",
    "ui.triage.group.show": "{count} mục cùng loại — xem",
    "ui.triage.group.hide": "Thu gọn {count} mục",

    "ui.self.foundAll":
      "Có {errors} lỗi và {warnings} cảnh báo; tất cả được liệt kê dưới đây. Bấm vào từng mục để đến ô cần sửa.",

    "ui.copy.manual":
      "Trình duyệt không cho sao chép tự động. Nội dung đã được chọn sẵn dưới đây: nhấn Ctrl+C để sao chép.",
    "ui.copy.manualLabel": "Nội dung thư để sao chép",
    "ui.copy.close": "Đóng",
    "ui.mail.copied":
      "Ngăn này không mở được chương trình thư. Đã sao chép địa chỉ, tiêu đề và nội dung thư: hãy dán vào thư mới.",
    "ui.mail.manual":
      "Ngăn này không mở được chương trình thư. Địa chỉ, tiêu đề và nội dung thư ở dưới đây: nhấn Ctrl+C để sao chép rồi dán vào thư mới.",
    "ui.mail.to": "Gửi đến: {email}",
    "ui.mail.subject": "Tiêu đề: {subject}",

    "ui.excel.GeneralException": "Excel gặp lỗi chung khi thực hiện thao tác",
    "ui.excel.ItemNotFound": "Excel không tìm thấy trang tính hoặc vùng ô cần dùng (có thể vừa bị đổi tên hoặc xóa)",
    "ui.excel.InvalidArgument": "Excel không nhận dữ liệu hoặc địa chỉ ô được gửi tới",
    "ui.excel.InvalidReference": "Địa chỉ ô hoặc trang tính không còn hợp lệ",
    "ui.excel.InvalidOperation": "Excel không cho thực hiện thao tác này lúc này",
    "ui.excel.InvalidOperationInCellEditMode":
      "Excel đang ở chế độ sửa ô: hãy nhấn Enter hoặc Esc để thoát khỏi ô đang sửa",
    "ui.excel.AccessDenied":
      "Excel từ chối quyền ghi (sổ làm việc hoặc trang tính có thể đang được bảo vệ, hoặc chỉ đọc)",
    "ui.excel.ItemAlreadyExists": "Đã có một trang tính hoặc đối tượng cùng tên",
    "ui.excel.Conflict": "Sổ làm việc vừa được thay đổi ở nơi khác (đồng tác giả)",
    "ui.excel.ActivityLimitReached": "Excel đang bận vì có quá nhiều thao tác cùng lúc",
    "ui.excel.RequestAborted": "Yêu cầu tới Excel đã bị ngắt giữa chừng",
    "ui.excel.ServiceNotAvailable": "Dịch vụ Excel tạm thời không phản hồi",
    "ui.excel.Unauthenticated": "Phiên đăng nhập Office đã hết hạn",
    "ui.excel.NotImplemented": "Phiên bản Excel này chưa hỗ trợ thao tác cần dùng",
    "ui.excel.UnsupportedOperation": "Phiên bản Excel này chưa hỗ trợ thao tác cần dùng",
    "ui.excel.WorkbookProtected": "Sổ làm việc đang được bảo vệ cấu trúc, không thêm hoặc đổi tên trang tính được",
    "ui.excel.other": "Excel từ chối thao tác (mã {code})",
    // The pane's wording of file errors whose command-line wording names an option or a zip part.
    "pane.files.tooLarge":
      "Tệp {file} có dung lượng {size} MB, vượt giới hạn {limit} MB; không đọc. Nếu đúng là báo cáo: đề nghị đơn vị xóa ảnh, đối tượng nhúng hoặc tách thành nhiều tệp.",
    "pane.files.notWorkbookZip":
      "Tệp {file} là tệp nén nhưng bên trong không có bảng tính Excel; không đọc. Đề nghị đơn vị gửi tệp báo cáo .xlsx.",
    "pane.files.duplicateZipEntry":
      "Tệp {file} bị hỏng bên trong (có nội dung bị lặp, không biết bản nào là thật); không đọc. Hãy mở và lưu lại tệp trong Excel rồi nhập lại, hoặc đề nghị đơn vị gửi lại.",
    "pane.files.xmlUnsafe":
      "Tệp {file} chứa nội dung lạ mà Excel không bao giờ ghi; không đọc để bảo vệ máy. Hãy mở và lưu lại tệp trong Excel rồi nhập lại, hoặc đề nghị đơn vị gửi lại.",
    "pane.files.xmlMalformed":
      "Tệp {file} bị hỏng bên trong; không đọc. Hãy mở và lưu lại tệp trong Excel rồi nhập lại, hoặc đề nghị đơn vị gửi lại.",
    "pane.files.partMissing":
      "Tệp {file} bị thiếu một phần (tệp hỏng hoặc ghi dở); không đọc. Đề nghị đơn vị mở, lưu lại trong Excel và gửi lại.",
    "pane.files.tooManyXmlElements":
      "Tệp {file} có một trang tính quá lớn so với một báo cáo thông thường; không đọc. Hãy xóa các dòng, cột, đối tượng thừa rồi lưu lại.",
  },
  {
    "ui.finding.error": "Error:",
    "ui.finding.warning": "Warning:",
    "ui.finding.info": "Note:",

    "ui.triage.headline":
      "Latest version of {files} {files|report|reports}: {errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}, {notes} {notes|note|notes}.",
    "ui.triage.replaced":
      "{count} older {count|version was|versions were} replaced by a newer file: not counted above.",
    "ui.triage.sheet": "All results are also written to the sheet “Kết quả kiểm tra”.",
    "ui.triage.filter": "Filter results",
    "ui.triage.filter.all": "All",
    "ui.triage.filter.errors": "Errors ({count})",
    "ui.triage.filter.warnings": "Warnings ({count})",
    "ui.triage.filter.missing": "Missing tasks ({count})",
    "ui.triage.agency": "Agency",
    "ui.triage.agency.all": "All agencies ({count})",
    "ui.triage.search": "Search",
    "ui.triage.search.hint": "Agency, file, cell (C12) or words of a finding; tone marks and case do not matter",
    "ui.triage.shown": "Showing {shown} of {total} {total|agency|agencies}.",
    "ui.triage.nothing": "Nothing matches the filter and the search.",
    "ui.triage.received": "received {date}",
    "ui.triage.changed": "New version of {after} replaces {before}: {from} {from|error|errors} → {to}",
    "ui.triage.older.show": "Show {count} replaced {count|version|versions}",
    "ui.triage.older.hide": "Hide replaced versions",
    "ui.triage.older.label": "Replaced: {file}",
    "ui.triage.notes": "{count} {count|note|notes}",
    "ui.triage.group.show": "{count} {count|finding|findings} of this kind — show",
    "ui.triage.group.hide": "Collapse {count} {count|finding|findings}",

    "ui.self.foundAll":
      "{errors} {errors|error|errors} and {warnings} {warnings|warning|warnings}, all listed below. Click an item to go to the cell to fix.",

    "ui.copy.manual":
      "The browser does not allow copying from here. The text is selected below: press Ctrl+C to copy it.",
    "ui.copy.manualLabel": "Message text to copy",
    "ui.copy.close": "Close",
    "ui.mail.copied":
      "This pane cannot open your mail program. The address, subject and message were copied: paste them into a new e-mail.",
    "ui.mail.manual":
      "This pane cannot open your mail program. The address, subject and message are below: press Ctrl+C to copy them, then paste them into a new e-mail.",
    "ui.mail.to": "To: {email}",
    "ui.mail.subject": "Subject: {subject}",

    "ui.excel.GeneralException": "Excel hit a general error while doing it",
    "ui.excel.ItemNotFound":
      "Excel could not find a sheet or range it needed (it may just have been renamed or deleted)",
    "ui.excel.InvalidArgument": "Excel did not accept the data or cell address it was given",
    "ui.excel.InvalidReference": "A cell or sheet address is no longer valid",
    "ui.excel.InvalidOperation": "Excel does not allow this operation right now",
    "ui.excel.InvalidOperationInCellEditMode":
      "Excel is editing a cell: press Enter or Esc to leave the cell you are editing",
    "ui.excel.AccessDenied": "Excel refused to write (the workbook or a sheet may be protected, or read-only)",
    "ui.excel.ItemAlreadyExists": "A sheet or object with the same name already exists",
    "ui.excel.Conflict": "The workbook was just changed elsewhere (co-authoring)",
    "ui.excel.ActivityLimitReached": "Excel is busy with too many operations at once",
    "ui.excel.RequestAborted": "The request to Excel was interrupted",
    "ui.excel.ServiceNotAvailable": "The Excel service is not responding for the moment",
    "ui.excel.Unauthenticated": "Your Office sign-in has expired",
    "ui.excel.NotImplemented": "This version of Excel does not support an operation the pane needs",
    "ui.excel.UnsupportedOperation": "This version of Excel does not support an operation the pane needs",
    "ui.excel.WorkbookProtected": "The workbook's structure is protected: sheets cannot be added or renamed",
    "ui.excel.other": "Excel refused the operation (code {code})",
    "pane.files.tooLarge":
      "File {file} is {size} MB, over the {limit} MB limit; not read. If it really is a report: ask the agency to remove pictures or embedded objects, or to split it into several files.",
    "pane.files.notWorkbookZip":
      "File {file} is a compressed file with no Excel workbook inside; not read. Ask the agency to send the report as .xlsx.",
    "pane.files.duplicateZipEntry":
      "File {file} is damaged inside (some content appears twice, with no telling which is real); not read. Open and save it in Excel and import it again, or ask the agency to send it again.",
    "pane.files.xmlUnsafe":
      "File {file} holds unusual content that Excel never writes; not read, to protect this computer. Open and save it in Excel and import it again, or ask the agency to send it again.",
    "pane.files.xmlMalformed":
      "File {file} is damaged inside; not read. Open and save it in Excel and import it again, or ask the agency to send it again.",
    "pane.files.partMissing":
      "File {file} lacks a piece of itself (a damaged or half-written file); not read. Ask the agency to open and save it in Excel, then send it again.",
    "pane.files.tooManyXmlElements":
      "File {file} has a sheet far larger than an ordinary report; not read. Delete the extra rows, columns and objects, then save it again.",
  },
);
