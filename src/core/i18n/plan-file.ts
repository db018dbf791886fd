import { defineMessages } from "./define";

// Texts about reading the file a plan arrives in (.docx, .pdf, .txt, .csv, .xlsx) and the plan's
// task table in the workbook. Each says what is wrong with which file and what to do.
export const planFileMessages = defineMessages(
  {
    "planFile.empty": "Tệp kế hoạch {file} rỗng (0 byte): không có gì để đọc.",
    "planFile.tooLarge":
      "Tệp kế hoạch {file} có dung lượng {size} MB, vượt giới hạn {limit} MB; một kế hoạch thường chỉ vài trăm KB. Hãy kiểm tra lại có đúng tệp không.",
    "planFile.damaged":
      "Tệp kế hoạch {file} bị hỏng hoặc không đầy đủ, không đọc được ({detail}). Hãy mở tệp trong Word, lưu lại rồi thử lại.",
    "planFile.zipBomb":
      "Tệp kế hoạch {file} khi giải nén lên tới {size} MB (giới hạn {limit} MB); không mở để bảo vệ máy.",
    "planFile.encrypted":
      "Tệp kế hoạch {file} được đặt mật khẩu nên không đọc được. Hãy bỏ mật khẩu (hoặc lưu một bản không mật khẩu) rồi thử lại.",
    "planFile.legacyDoc":
      "Tệp {file} là định dạng Word cũ (.doc, Word 97–2003). Hãy mở trong Word và lưu lại thành «Tài liệu Word (.docx)», rồi đọc lại.",
    "planFile.openDocument":
      "Tệp {file} là văn bản OpenDocument (.odt). Hãy mở trong LibreOffice hoặc Word và lưu lại thành .docx, rồi đọc lại.",
    "planFile.rtf": "Tệp {file} là văn bản RTF. Hãy mở trong Word và lưu lại thành .docx, rồi đọc lại.",
    "planFile.html":
      "Tệp {file} là trang web (HTML), không phải văn bản kế hoạch. Hãy lưu văn bản thành .docx hoặc chép nội dung vào một tệp .txt, rồi đọc lại.",
    "planFile.unknownZip": "Tệp {file} là tệp nén nhưng không phải tài liệu Word (.docx) hay bảng tính Excel (.xlsx).",
    "planFile.binary":
      "Tệp {file} không phải văn bản kế hoạch đọc được: hãy dùng tệp .docx, .pdf (có lớp chữ), .txt, .csv hoặc .xlsx.",
    "planFile.pdfNoText":
      "Tệp PDF {file} không có lớp chữ (có thể là bản quét/ảnh chụp): không đọc được nội dung. Hãy dùng tệp Word (.docx) của kế hoạch, hoặc nhận dạng chữ (OCR) rồi lưu thành .docx/.txt.",
    "planFile.pdfEncrypted":
      "Tệp PDF {file} được đặt mật khẩu hoặc mã hóa nên không đọc được. Hãy dùng tệp Word (.docx) của kế hoạch hoặc một bản PDF không mật khẩu.",
    "planFile.noContent": "Tệp {file} không có đoạn văn hay bảng nào để đọc.",
    "planFile.tooLong":
      "Tệp kế hoạch {file} có hơn {limit} ký tự; một kế hoạch không dài như vậy. Hãy kiểm tra lại có đúng tệp không.",
    "planTable.missing":
      "Sổ làm việc không có bảng nhiệm vụ (trang tính «{sheet}» với dòng tiêu đề Mã, Nhiệm vụ, Chủ trì, Phối hợp …). Hãy đọc kế hoạch ở bước Kế hoạch để tạo bảng.",
    "planTable.noTasks":
      "Bảng nhiệm vụ (trang tính «{sheet}») không có nhiệm vụ nào: mỗi dòng cần ít nhất nội dung Nhiệm vụ.",
    "planTable.unknownName":
      "Trang tính «{sheet}», ô {cell} (nhiệm vụ {task}): «{name}» không có trong danh bạ đơn vị. Hãy sửa tên cho đúng danh bạ, hoặc thêm đơn vị này vào sheet Danh bạ đơn vị.",
    "planTable.badDate":
      "Trang tính «{sheet}», ô {cell} (nhiệm vụ {task}): «{value}» không phải một ngày; dùng thời hạn ghi bằng chữ ở cột Thời hạn.",
    "planTable.dateOverridesText":
      "Trang tính «{sheet}», ô {cell} (nhiệm vụ {task}): ngày ở cột Hạn ({date}) khác với thời hạn ghi bằng chữ «{text}»; dùng ngày ở cột Hạn.",
    "planTable.badFrequency":
      "Trang tính «{sheet}», ô {cell} (nhiệm vụ {task}): tần suất «{value}» không thuộc danh sách ({allowed}); coi như chưa ghi.",
    "planTable.noLead":
      "Trang tính «{sheet}», dòng {row} (nhiệm vụ {task}): chưa có đơn vị chủ trì hay thực hiện; nhiệm vụ này không được giao cho ai.",
    "planTable.duplicateCode":
      "Trang tính «{sheet}», ô {cell}: mã nhiệm vụ «{task}» đã dùng ở dòng trên; đã đặt mã {code} cho dòng này.",
    "planTable.edited":
      "Bảng nhiệm vụ (trang tính «{sheet}») đã được sửa sau khi tạo. Nạp kế hoạch khác sẽ thay bảng này; bảng đang có được giữ lại thành trang «{sheet} (cũ)». Bấm «Vẫn nạp kế hoạch mới» để tiếp tục, hoặc bỏ qua để giữ nguyên.",
    "planTable.review": "Trang tính «{sheet}», dòng {row} (nhiệm vụ {task}) được đánh dấu cần xem lại: {note}",
  },
  {
    "planFile.empty": "Plan file {file} is empty (0 bytes): nothing to read.",
    "planFile.tooLarge":
      "Plan file {file} is {size} MB, over the {limit} MB limit; a plan is usually a few hundred KB. Check that this is the right file.",
    "planFile.damaged":
      "Plan file {file} is damaged or incomplete and cannot be read ({detail}). Open it in Word, save it again and retry.",
    "planFile.zipBomb":
      "Plan file {file} unpacks to {size} MB (limit {limit} MB); it is not opened, to protect the machine.",
    "planFile.encrypted":
      "Plan file {file} is password-protected and cannot be read. Remove the password (or save a copy without one) and retry.",
    "planFile.legacyDoc":
      "{file} is an old Word file (.doc, Word 97–2003). Open it in Word and save it as «Word Document (.docx)», then read it again.",
    "planFile.openDocument":
      "{file} is an OpenDocument text (.odt). Open it in LibreOffice or Word and save it as .docx, then read it again.",
    "planFile.rtf": "{file} is an RTF document. Open it in Word and save it as .docx, then read it again.",
    "planFile.html":
      "{file} is a web page (HTML), not a plan document. Save the document as .docx or copy its text into a .txt file, then read it again.",
    "planFile.unknownZip": "{file} is a zip file but neither a Word document (.docx) nor an Excel workbook (.xlsx).",
    "planFile.binary":
      "{file} is not a readable plan: use a .docx, a .pdf with a text layer, a .txt, a .csv or an .xlsx file.",
    "planFile.pdfNoText":
      "The PDF {file} has no text layer (it may be a scan or a photo): its content cannot be read. Use the plan's Word file (.docx), or run text recognition (OCR) and save the result as .docx/.txt.",
    "planFile.pdfEncrypted":
      "The PDF {file} is password-protected or encrypted and cannot be read. Use the plan's Word file (.docx) or a PDF without a password.",
    "planFile.noContent": "{file} holds no paragraph or table to read.",
    "planFile.tooLong":
      "Plan file {file} has more than {limit} characters; no plan is that long. Check that this is the right file.",
    "planTable.missing":
      "The workbook has no task table (sheet «{sheet}» with the header row Mã, Nhiệm vụ, Chủ trì, Phối hợp …). Read the plan in the Plan step to make it.",
    "planTable.noTasks": "The task table (sheet «{sheet}») holds no task: each row needs at least its Nhiệm vụ text.",
    "planTable.unknownName":
      "Sheet «{sheet}», cell {cell} (task {task}): «{name}» is not in the agency roster. Correct the name to match the roster, or add this agency to the Danh bạ đơn vị sheet.",
    "planTable.badDate":
      "Sheet «{sheet}», cell {cell} (task {task}): «{value}» is not a date; the deadline written in the Thời hạn column is used.",
    "planTable.dateOverridesText":
      "Sheet «{sheet}», cell {cell} (task {task}): the date in the Hạn column ({date}) differs from the written deadline «{text}»; the Hạn date is used.",
    "planTable.badFrequency":
      "Sheet «{sheet}», cell {cell} (task {task}): frequency «{value}» is not one of ({allowed}); taken as not stated.",
    "planTable.noLead":
      "Sheet «{sheet}», row {row} (task {task}): no lead or implementing agency; this task is assigned to no one.",
    "planTable.duplicateCode":
      "Sheet «{sheet}», cell {cell}: task code «{task}» is already used in a row above; this row was given the code {code}.",
    "planTable.edited":
      "The task table (sheet «{sheet}») was edited after it was made. Loading another plan replaces it; the current table is kept as the sheet «{sheet} (cũ)». Press «Load the new plan anyway» to go on, or leave it to keep everything as it is.",
    "planTable.review": "Sheet «{sheet}», row {row} (task {task}) is marked for review: {note}",
  },
);
