import { defineMessages } from "./define";

// Texts of the command line (kehoach) that are not about one area.
export const cliMessages = defineMessages(
  {
    "cli.fileMissing": 'Không tìm thấy tệp "{file}". Kiểm tra lại đường dẫn.',
    "cli.notAFile": '"{file}" không phải là một tệp (có thể là thư mục).',
    "cli.fileTooBig": 'Tệp "{file}" lớn hơn giới hạn {limit}: có lẽ đây không phải tệp cần đọc.',
    "cli.planIsDocx":
      '"{file}" là tệp Word (.docx) hoặc tệp nén, không phải văn bản thuần. Hãy mở kế hoạch, chọn toàn bộ nội dung, dán vào một tệp .txt (UTF-8) rồi thử lại.',
    "cli.rosterInvalid": 'Danh bạ "{file}" không đọc được: {problem}.',
    // File-system errors (src/node/errno.ts): what happened to which file, and what to do.
    "cli.fs.notFound": 'Không tìm thấy "{file}". Kiểm tra lại đường dẫn và tên tệp.',
    "cli.fs.permission":
      'Không có quyền {op} "{file}". Kiểm tra quyền truy cập tệp và thư mục (hoặc đóng chương trình đang khóa tệp), rồi thử lại.',
    "cli.fs.readOnly": 'Không {op} được "{file}": ổ đĩa hoặc thư mục chỉ cho đọc. Chọn thư mục khác.',
    "cli.fs.noSpace":
      'Ổ đĩa đã đầy khi {op} "{file}". Hãy giải phóng dung lượng (xóa bớt tệp) hoặc chọn ổ đĩa khác, rồi chạy lại; tệp cũ (nếu có) vẫn giữ nguyên.',
    "cli.fs.isDirectory": '"{file}" là một thư mục, không phải tệp. Hãy chỉ định một tệp.',
    "cli.fs.tooManyOpen": "Hệ thống đang mở quá nhiều tệp. Hãy đóng bớt chương trình hoặc xử lý ít tệp hơn mỗi lần.",
    "cli.fs.busy": '"{file}" đang bị chương trình khác sử dụng. Hãy đóng chương trình đó rồi thử lại.',
    "cli.fs.nameTooLong":
      'Tên hoặc đường dẫn "{file}" quá dài. Hãy đổi tên ngắn hơn hoặc chuyển tệp lên thư mục gần gốc.',
    "cli.fs.io": 'Lỗi đọc/ghi ổ đĩa với "{file}". Hãy kiểm tra ổ đĩa (hoặc sao tệp sang ổ khác) rồi thử lại.',
    "cli.fs.other": 'Không {op} được "{file}" (mã lỗi hệ thống {code}). Kiểm tra tệp và thư mục rồi thử lại.',
    // The same, after "Không đọc/ghi được tệp X:" (files.cannotRead / cannotWrite), without the name again.
    "cli.fsHint.notFound": "không tìm thấy tệp, kiểm tra lại đường dẫn và tên tệp.",
    "cli.fsHint.permission":
      "không có quyền {op} tệp; kiểm tra quyền truy cập tệp và thư mục (hoặc đóng chương trình đang khóa tệp), rồi thử lại.",
    "cli.fsHint.readOnly": "ổ đĩa hoặc thư mục chỉ cho đọc; chọn thư mục khác.",
    "cli.fsHint.noSpace":
      "ổ đĩa đã đầy; hãy giải phóng dung lượng (xóa bớt tệp) hoặc chọn ổ đĩa khác, rồi chạy lại; tệp cũ (nếu có) vẫn giữ nguyên.",
    "cli.fsHint.isDirectory": "đây là một thư mục, không phải tệp; hãy chỉ định một tệp.",
    "cli.fsHint.tooManyOpen":
      "hệ thống đang mở quá nhiều tệp; hãy đóng bớt chương trình hoặc xử lý ít tệp hơn mỗi lần.",
    "cli.fsHint.busy": "tệp đang bị chương trình khác sử dụng; hãy đóng chương trình đó rồi thử lại.",
    "cli.fsHint.nameTooLong": "tên hoặc đường dẫn quá dài; hãy đổi tên ngắn hơn hoặc chuyển tệp lên thư mục gần gốc.",
    "cli.fsHint.io": "lỗi đọc/ghi ổ đĩa; hãy kiểm tra ổ đĩa (hoặc sao tệp sang ổ khác) rồi thử lại.",
    "cli.fsHint.other": "lỗi hệ thống {code}; kiểm tra tệp và thư mục rồi thử lại.",
    "cli.badOption": "Tham số không hợp lệ: {option}. Xem cách dùng bên dưới (kehoach --help).",
    "cli.unknownOption": 'Tham số không có: "{option}". Xem cách dùng bên dưới (kehoach --help).',
    "cli.missingValue": 'Tham số "{option}" cần một giá trị, ví dụ {option} 2022.',
    "cli.unexpectedPositional": 'Lệnh này không nhận "{value}". Xem cách dùng bên dưới (kehoach --help).',
    "cli.stopped":
      "Lệnh đã dừng giữa chừng theo yêu cầu. Không tệp nào bị ghi dở: mỗi tệp kết quả hoặc vẫn như trước khi chạy, hoặc đã được ghi trọn. Chạy lại lệnh để làm cho xong.",
    "cli.outputLost":
      "Không ghi hết được kết quả ra đầu ra chuẩn (stdout, mã lỗi {code}): kết quả bị thiếu. Nếu kết quả được chuyển vào tệp, hãy kiểm tra ổ đĩa (còn chỗ trống không) rồi chạy lại.",
    "cli.unexpected":
      "Lỗi không mong đợi trong kehoach (không phải do dữ liệu của bạn), lệnh dừng giữa chừng. Hãy chạy lại; nếu vẫn lỗi, gửi lệnh đã chạy và các tệp cho người phát triển. Đặt biến môi trường KEHOACH_DEBUG=1 để xem chi tiết kỹ thuật.",
    "cli.unexpectedInFile":
      "Lỗi không mong đợi khi đọc tệp (có thể tệp có cấu trúc lạ). Hãy mở tệp trong Excel, lưu lại thành .xlsx rồi thử lại; các tệp khác vẫn được xử lý.",
    "cli.usage.title": "kehoach — theo dõi thực hiện kế hoạch",
    // Command syntax, as in README.md: option names and placeholders are the same in both languages.
    "cli.usage.plan": "kehoach plan [FILE] [--format json|csv|xlsx] [--out FILE.xlsx] [--roster FILE]",
    "cli.usage.templates": "kehoach templates [--plan FILE] [--roster FILE] --period 2022 --out DIR [--agency ID…]",
    "cli.usage.check":
      "kehoach check FILE… [--plan FILE] [--roster FILE] [--period 2022] [--as-of YYYY-MM-DD] [--received FILE=YYYY-MM-DD…]\n                [--format text|json] [--limit N] [--due-day-on-time] [--max-file-mb N]",
    "cli.usage.consolidate":
      "kehoach consolidate FILE… --out tong-hop.xlsx [--plan FILE] [--roster FILE] [--period 2022] [--as-of YYYY-MM-DD]\n                [--received FILE=YYYY-MM-DD…] [--due-day-on-time] [--max-file-mb N]",
    "cli.usage.demo": "kehoach demo [--out DIR] [--as-of YYYY-MM-DD]",
    "cli.unknownCommand": "Lệnh không có: {name}",
    "cli.plan.badFormat": '--format phải là json, csv hoặc matrix (nhận được "{format}")',
    "cli.plan.onePlan": "Chỉ đọc một kế hoạch mỗi lần.",
  },
  {
    "cli.fileMissing": 'File "{file}" not found. Check the path.',
    "cli.notAFile": '"{file}" is not a file (perhaps a folder).',
    "cli.fileTooBig": 'File "{file}" is larger than the {limit} limit: it is probably not the file to read.',
    "cli.planIsDocx":
      '"{file}" is a Word (.docx) or zip file, not plain text. Open the plan, select all of its text, paste it into a .txt file (UTF-8) and try again.',
    "cli.rosterInvalid": 'Roster "{file}" cannot be read: {problem}.',
    "cli.fs.notFound": '"{file}" was not found. Check the path and the file name.',
    "cli.fs.permission":
      'No permission to {op} "{file}". Check the access rights of the file and its folder (or close the program that locks it), then try again.',
    "cli.fs.readOnly": 'Cannot {op} "{file}": the disk or folder is read-only. Choose another folder.',
    "cli.fs.noSpace":
      'The disk is full while trying to {op} "{file}". Free disk space (delete some files) or choose another disk, then run again; the old file, if any, is unchanged.',
    "cli.fs.isDirectory": '"{file}" is a folder, not a file. Give a file.',
    "cli.fs.tooManyOpen": "The system has too many files open. Close some programs or process fewer files at a time.",
    "cli.fs.busy": '"{file}" is in use by another program. Close that program and try again.',
    "cli.fs.nameTooLong":
      'The name or path "{file}" is too long. Use a shorter name or move the file closer to the root folder.',
    "cli.fs.io":
      'A disk read/write error occurred with "{file}". Check the disk (or copy the file to another disk) and try again.',
    "cli.fs.other": 'Cannot {op} "{file}" (system error {code}). Check the file and its folder, then try again.',
    "cli.fsHint.notFound": "the file was not found; check the path and the file name.",
    "cli.fsHint.permission":
      "no permission to {op} it; check the access rights of the file and its folder (or close the program that locks it), then try again.",
    "cli.fsHint.readOnly": "the disk or folder is read-only; choose another folder.",
    "cli.fsHint.noSpace":
      "the disk is full; free disk space (delete some files) or choose another disk, then run again; the old file, if any, is unchanged.",
    "cli.fsHint.isDirectory": "it is a folder, not a file; give a file.",
    "cli.fsHint.tooManyOpen":
      "the system has too many files open; close some programs or process fewer files at a time.",
    "cli.fsHint.busy": "it is in use by another program; close that program and try again.",
    "cli.fsHint.nameTooLong":
      "the name or path is too long; use a shorter name or move the file closer to the root folder.",
    "cli.fsHint.io":
      "a disk read/write error occurred; check the disk (or copy the file to another disk) and try again.",
    "cli.fsHint.other": "system error {code}; check the file and its folder, then try again.",
    "cli.badOption": "Invalid option: {option}. See the usage below (kehoach --help).",
    "cli.unknownOption": 'Unknown option: "{option}". See the usage below (kehoach --help).',
    "cli.missingValue": 'Option "{option}" needs a value, for example {option} 2022.',
    "cli.unexpectedPositional": 'This command does not take "{value}". See the usage below (kehoach --help).',
    "cli.stopped":
      "The command was stopped midway on request. No file was left half-written: each output file is either as it was before the run or written whole. Run the command again to finish the work.",
    "cli.outputLost":
      "Could not write all of the output to standard output (stdout, system error {code}): the output is incomplete. If it goes to a file, check the disk (is it full?) and run again.",
    "cli.unexpected":
      "Unexpected error in kehoach (not caused by your data); the command stopped midway. Run it again; if it happens again, send the command you ran and the files to the developers. Set the environment variable KEHOACH_DEBUG=1 to see technical details.",
    "cli.unexpectedInFile":
      "Unexpected error while reading the file (its structure may be unusual). Open it in Excel, save it as .xlsx and try again; the other files are still processed.",
    "cli.usage.title": "track a plan's assignments",
    "cli.usage.plan": "kehoach plan [FILE] [--format json|csv|xlsx] [--out FILE.xlsx] [--roster FILE]",
    "cli.usage.templates": "kehoach templates [--plan FILE] [--roster FILE] --period 2022 --out DIR [--agency ID…]",
    "cli.usage.check":
      "kehoach check FILE… [--plan FILE] [--roster FILE] [--period 2022] [--as-of YYYY-MM-DD] [--received FILE=YYYY-MM-DD…]\n                [--format text|json] [--limit N] [--due-day-on-time] [--max-file-mb N]",
    "cli.usage.consolidate":
      "kehoach consolidate FILE… --out tong-hop.xlsx [--plan FILE] [--roster FILE] [--period 2022] [--as-of YYYY-MM-DD]\n                [--received FILE=YYYY-MM-DD…] [--due-day-on-time] [--max-file-mb N]",
    "cli.usage.demo": "kehoach demo [--out DIR] [--as-of YYYY-MM-DD]",
    "cli.unknownCommand": "Unknown command: {name}",
    "cli.plan.badFormat": '--format must be json, csv or matrix (got "{format}")',
    "cli.plan.onePlan": "One plan at a time.",
  },
);
