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
  },
  {
    "cli.fileMissing": 'File "{file}" not found. Check the path.',
    "cli.notAFile": '"{file}" is not a file (perhaps a folder).',
    "cli.fileTooBig": 'File "{file}" is larger than the {limit} limit: it is probably not the file to read.',
    "cli.planIsDocx":
      '"{file}" is a Word (.docx) or zip file, not plain text. Open the plan, select all of its text, paste it into a .txt file (UTF-8) and try again.',
    "cli.rosterInvalid": 'Roster "{file}" cannot be read: {problem}.',
  },
);
