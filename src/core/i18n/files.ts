import { defineMessages } from "./define";

// Texts of the files area: reading returned files (xlsx, csv) and the `kehoach templates` command.
// Every file error names the file, says what is wrong and what the agency or the user can do.
export const filesMessages = defineMessages(
  {
    "files.empty": "Tệp {file} rỗng (0 byte): không có gì để đọc. Đề nghị đơn vị gửi lại.",
    "files.tooLarge":
      "Tệp {file} có dung lượng {size} MB, vượt giới hạn {limit} MB; không đọc. Nếu đúng là báo cáo: đề nghị đơn vị xóa ảnh, đối tượng nhúng hoặc tách thành nhiều tệp; với lệnh kehoach (check, consolidate) có thể nâng giới hạn bằng --max-file-mb N.",
    "files.zipCorrupt":
      "Tệp {file} bị hỏng hoặc không đầy đủ (có thể tải về chưa xong): không giải nén được. Đề nghị đơn vị gửi lại.",
    "files.zipBomb":
      "Tệp {file} khi giải nén lên tới {size} MB (giới hạn {limit} MB, tỷ lệ nén {ratio}:1); không mở để bảo vệ máy.",
    "files.tooManyEntries":
      "Tệp {file} chứa {count} thành phần nén (giới hạn {limit}); đây không phải một bảng tính thông thường, không mở.",
    "files.encrypted":
      "Tệp {file} được đặt mật khẩu nên không đọc được. Đề nghị đơn vị bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) và gửi lại.",
    "files.legacyXls":
      "Tệp {file} là định dạng Excel cũ (.xls, Excel 97–2003). Hãy mở trong Excel và lưu lại thành «Sổ làm việc Excel (.xlsx)», rồi đọc lại.",
    "files.openDocument":
      "Tệp {file} là bảng tính OpenDocument (.ods). Hãy mở trong LibreOffice và lưu lại thành .xlsx, rồi đọc lại.",
    "files.notSpreadsheetBinary":
      "Tệp {file} không phải bảng tính .xlsx hay .csv: nội dung nhị phân, không phải văn bản.",
    "files.notSpreadsheetPdf": "Tệp {file} là tệp PDF, không phải bảng tính: đề nghị đơn vị gửi tệp .xlsx.",
    "files.notSpreadsheetHtml":
      "Tệp {file} là trang HTML/XML, không phải bảng tính .xlsx: hãy mở trong Excel và lưu lại thành .xlsx.",
    "files.notSpreadsheetOle":
      "Tệp {file} là tài liệu Office cũ nhưng không phải bảng tính (có thể là .doc): đề nghị đơn vị gửi tệp .xlsx.",
    "files.notSpreadsheetBinaryFormat": "Tệp {file} là sổ làm việc nhị phân Excel (.xlsb): hãy lưu lại thành .xlsx.",
    "files.notWorkbookZip":
      "Tệp {file} là tệp nén nhưng không phải bảng tính Excel (.xlsx): không có phần xl/workbook.xml.",
    "files.readFailed":
      "Không đọc được bảng tính trong tệp {file}: cấu trúc tệp không đúng chuẩn .xlsx. Hãy mở và lưu lại tệp trong Excel, rồi thử lại.",
    "files.tooManyCells":
      "Trang {sheet} trong tệp {file} có vùng dữ liệu quá lớn ({rows} dòng × {cols} cột, giới hạn {limit} ô); không đọc.",
    "files.legacyEncoding":
      "Tệp {file} có chữ Việt gõ bằng bảng mã cũ {encoding}, ví dụ «{sample}» ở dòng {line}. Không đọc để tránh sai chữ: hãy chuyển mã sang Unicode (ví dụ công cụ chuyển mã của Unikey) rồi gửi lại.",
    "files.duplicateZipEntry":
      "Tệp {file} chứa hai thành phần nén cùng tên {part}: không biết phần nào là thật, không đọc. Hãy mở và lưu lại tệp trong Excel rồi gửi lại.",
    "files.xmlUnsafe":
      "Phần {part} của tệp {file} có khai báo DOCTYPE/DTD, điều Excel không bao giờ ghi; không đọc để bảo vệ máy. Hãy mở và lưu lại tệp trong Excel rồi gửi lại.",
    "files.xmlMalformed":
      "Phần {part} của tệp {file} không phải XML hợp lệ (hỏng ở ký tự thứ {offset}); không đọc. Hãy mở và lưu lại tệp trong Excel rồi gửi lại.",
    "files.partMissing":
      "Tệp {file} thiếu phần {part} mà sổ làm việc trỏ tới (tệp hỏng hoặc ghi dở); không đọc. Đề nghị đơn vị mở, lưu lại trong Excel và gửi lại.",
    "files.tooManySheets":
      "Tệp {file} có {count} trang tính (giới hạn {limit}); không phải một báo cáo thông thường, không đọc.",
    "files.tooManySharedStrings":
      "Tệp {file} có hơn {count} chuỗi văn bản dùng chung (giới hạn {limit}); không phải một báo cáo thông thường, không đọc.",
    "files.tooManyCellElements":
      "Trang {sheet} trong tệp {file} khai báo hơn {count} ô (giới hạn {limit}), kể cả ô trống có định dạng; không đọc. Hãy xóa các dòng, cột thừa rồi lưu lại.",
    "files.tooManyMergedAreas":
      "Trang {sheet} trong tệp {file} có hơn {count} vùng gộp ô (giới hạn {limit}); không đọc. Hãy bỏ gộp ô ở các vùng thừa rồi lưu lại.",
    "files.mergedAreasOverlap":
      "Trang {sheet} trong tệp {file} có các vùng gộp ô chồng lên nhau (Excel không cho phép); tệp bị hỏng, không đọc. Hãy mở và lưu lại trong Excel.",
    "files.cellOutOfRange":
      "Trang {sheet} trong tệp {file} có ô ở địa chỉ không hợp lệ «{ref}» (ngoài XFD1048576); tệp bị hỏng, không đọc. Hãy mở và lưu lại trong Excel.",
    "files.legacyUnreadable":
      "Không đọc được bảng tính {format} trong tệp {file}: tệp hỏng hoặc không đúng định dạng. Hãy mở tệp trong Excel hoặc LibreOffice, lưu lại thành .xlsx rồi gửi lại.",
    "files.csvTooManyFields":
      "Dòng {line} của tệp {file} có {count} trường, vượt {limit} cột tối đa của Excel; không đọc. Hãy kiểm tra dấu phân cách hoặc đề nghị đơn vị gửi lại tệp .xlsx.",
    "files.readerFailed":
      "Không đọc được tệp {file}: nội dung có chỗ bất thường mà chương trình đọc không xử lý được. Hãy mở tệp trong Excel, lưu lại thành .xlsx rồi thử lại; nếu vẫn lỗi, đề nghị đơn vị gửi lại tệp.",
    "files.tooManyXmlElements":
      "Phần {part} của tệp {file} có hơn {limit} phần tử XML; không phải một báo cáo thông thường, không đọc. Hãy xóa các dòng, cột, đối tượng thừa rồi lưu lại.",
    "files.cannotRead": "Không đọc được tệp {file}: {detail}",
    "fileDetail.notRegular": "không phải tệp",
    "fileDetail.notFound": "không tìm thấy tệp, kiểm tra lại đường dẫn",
    "files.cannotWrite": "Không ghi được tệp {file}: {detail}",
    "files.outputLocked":
      "Tệp {file} đang được một lần chạy kehoach khác ghi (tiến trình {pid} trên máy {host}, từ {since}); không ghi đè. Hãy chờ lần chạy đó xong rồi chạy lại; nếu chắc chắn không còn lần chạy nào, xóa tệp khóa {lock}.",
    "templates.missingPeriod": "Thiếu --period (kỳ báo cáo, ví dụ --period 2022).",
    "templates.badPeriod":
      "Kỳ báo cáo «{period}» không hợp lệ: chỉ dùng chữ, số, dấu «-» và «_» (ví dụ 2022 hoặc 2022-6T).",
    "templates.missingOut": "Thiếu --out (thư mục ghi các tệp mẫu).",
    "templates.unknownAgency": "Không có đơn vị mã «{id}» trong danh sách đơn vị được giao nhiệm vụ. Các mã có: {ids}.",
    "templates.noAgencies": "Kế hoạch không giao nhiệm vụ cho đơn vị báo cáo nào: không có tệp mẫu để ghi.",
    "templates.wroteOne": "  {file}  ({agency}, {rows} nhiệm vụ)",
    "templates.wrote": "Đã ghi {count} tệp mẫu vào {dir}.",
    "templates.unmatched":
      "Lưu ý: {count} tên cơ quan trong kế hoạch không khớp danh bạ, các nhiệm vụ đó thiếu đơn vị: {names}.",
  },
  {
    "files.empty": "File {file} is empty (0 bytes): nothing to read. Ask the agency to send it again.",
    "files.tooLarge":
      "File {file} is {size} MB, over the {limit} MB limit; not read. If it really is a report: ask the agency to remove pictures or embedded objects, or to split it into several files; the kehoach commands (check, consolidate) accept a higher limit with --max-file-mb N.",
    "files.zipCorrupt":
      "File {file} is damaged or incomplete (perhaps a partial download): it cannot be unzipped. Ask the agency to send it again.",
    "files.zipBomb":
      "File {file} would unpack to {size} MB (limit {limit} MB, compression ratio {ratio}:1); not opened, to protect this computer.",
    "files.tooManyEntries":
      "File {file} holds {count} compressed parts (limit {limit}); this is not an ordinary workbook, not opened.",
    "files.encrypted":
      "File {file} is password-protected and cannot be read. Ask the agency to remove the password (File › Info › Protect Workbook) and send it again.",
    "files.legacyXls":
      'File {file} is in the old Excel format (.xls, Excel 97–2003). Open it in Excel and save it as "Excel Workbook (.xlsx)", then read it again.',
    "files.openDocument":
      "File {file} is an OpenDocument spreadsheet (.ods). Open it in LibreOffice and save it as .xlsx, then read it again.",
    "files.notSpreadsheetBinary": "File {file} is not an .xlsx or .csv spreadsheet: binary content, not text.",
    "files.notSpreadsheetPdf": "File {file} is a PDF, not a spreadsheet: ask the agency for the .xlsx file.",
    "files.notSpreadsheetHtml":
      "File {file} is an HTML/XML page, not an .xlsx workbook: open it in Excel and save it as .xlsx.",
    "files.notSpreadsheetOle":
      "File {file} is an old Office document but not a spreadsheet (perhaps a .doc): ask the agency for the .xlsx file.",
    "files.notSpreadsheetBinaryFormat": "File {file} is an Excel binary workbook (.xlsb): save it as .xlsx.",
    "files.notWorkbookZip":
      "File {file} is a zip archive but not an Excel workbook (.xlsx): it has no xl/workbook.xml part.",
    "files.readFailed":
      "Could not read the workbook in file {file}: its structure is not standard .xlsx. Open and save the file in Excel, then try again.",
    "files.tooManyCells":
      "Sheet {sheet} of file {file} spans too large an area ({rows} rows × {cols} columns, limit {limit} cells); not read.",
    "files.legacyEncoding":
      'File {file} holds Vietnamese typed in the legacy {encoding} encoding, e.g. "{sample}" on line {line}. Not read, to avoid garbled text: convert it to Unicode (e.g. with Unikey\'s converter) and send it again.',
    "files.duplicateZipEntry":
      "File {file} holds two compressed parts with the same name {part}: there is no telling which one is real, so it is not read. Open and save the file in Excel, then send it again.",
    "files.xmlUnsafe":
      "Part {part} of file {file} declares a DOCTYPE/DTD, which Excel never writes; not read, to protect this computer. Open and save the file in Excel, then send it again.",
    "files.xmlMalformed":
      "Part {part} of file {file} is not well-formed XML (broken at character {offset}); not read. Open and save the file in Excel, then send it again.",
    "files.partMissing":
      "File {file} lacks part {part}, which the workbook points to (a damaged or half-written file); not read. Ask the agency to open and save it in Excel, then send it again.",
    "files.tooManySheets": "File {file} has {count} sheets (limit {limit}); not an ordinary report, not read.",
    "files.tooManySharedStrings":
      "File {file} has more than {count} shared text strings (limit {limit}); not an ordinary report, not read.",
    "files.tooManyCellElements":
      "Sheet {sheet} of file {file} declares more than {count} cells (limit {limit}), formatted empty cells included; not read. Delete the extra rows and columns, then save it again.",
    "files.tooManyMergedAreas":
      "Sheet {sheet} of file {file} has more than {count} merged areas (limit {limit}); not read. Unmerge the cells of the extra areas, then save it again.",
    "files.mergedAreasOverlap":
      "Sheet {sheet} of file {file} has merged areas that overlap (Excel allows none); the file is damaged, not read. Open and save it in Excel.",
    "files.cellOutOfRange":
      'Sheet {sheet} of file {file} has a cell at the invalid address "{ref}" (beyond XFD1048576); the file is damaged, not read. Open and save it in Excel.',
    "files.legacyUnreadable":
      "Could not read the {format} spreadsheet in file {file}: damaged or not in that format. Open it in Excel or LibreOffice, save it as .xlsx and send it again.",
    "files.csvTooManyFields":
      "Line {line} of file {file} has {count} fields, more than Excel's {limit} columns; not read. Check the delimiter or ask the agency for the .xlsx file.",
    "files.readerFailed":
      "Could not read file {file}: something in it is unusual in a way the reader cannot handle. Open it in Excel, save it as .xlsx and try again; if that fails, ask the agency to send the file again.",
    "files.tooManyXmlElements":
      "Part {part} of file {file} holds more than {limit} XML elements; not an ordinary report, not read. Delete the extra rows, columns and objects, then save it again.",
    "files.cannotRead": "Cannot read file {file}: {detail}",
    "fileDetail.notRegular": "not a regular file",
    "fileDetail.notFound": "file not found, check the path",
    "files.cannotWrite": "Cannot write file {file}: {detail}",
    "files.outputLocked":
      "File {file} is being written by another kehoach run (process {pid} on {host}, since {since}); not overwriting it. Wait until that run ends and run again; if you are sure no run is left, delete the lock file {lock}.",
    "templates.missingPeriod": "Missing --period (the reporting period, e.g. --period 2022).",
    "templates.badPeriod":
      'Period "{period}" is not valid: use letters, digits, "-" and "_" only (e.g. 2022 or 2022-H1).',
    "templates.missingOut": "Missing --out (the folder to write the templates to).",
    "templates.unknownAgency": 'No agency with id "{id}" among the agencies with assigned tasks. Known ids: {ids}.',
    "templates.noAgencies": "The plan assigns no task to any reporting agency: no template to write.",
    "templates.wroteOne": "  {file}  ({agency}, {rows} {rows|task|tasks})",
    "templates.wrote": "Wrote {count} {count|template|templates} to {dir}.",
    "templates.unmatched":
      "Note: {count} body names in the plan match no roster entry, so those tasks lack an agency: {names}.",
  },
);
