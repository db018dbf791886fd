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
    "cli.usage.title": "kehoach — theo dõi thực hiện kế hoạch",
    // Command syntax, as in README.md: option names and placeholders are the same in both languages.
    "cli.usage.plan": "kehoach plan [FILE] [--format json|csv] [--roster FILE]",
    "cli.usage.templates": "kehoach templates [--plan FILE] [--roster FILE] --period 2022 --out DIR [--agency ID…]",
    "cli.usage.check":
      "kehoach check FILE… [--plan FILE] [--roster FILE] [--period 2022] [--as-of YYYY-MM-DD] [--received FILE=YYYY-MM-DD…]\n                [--format text|json] [--limit N] [--due-day-on-time] [--max-file-mb N]",
    "cli.usage.consolidate":
      "kehoach consolidate FILE… --out tong-hop.xlsx [--plan FILE] [--roster FILE] [--period 2022] [--as-of YYYY-MM-DD]\n                [--received FILE=YYYY-MM-DD…] [--due-day-on-time] [--max-file-mb N]",
    "cli.usage.demo": "kehoach demo [--out DIR] [--as-of YYYY-MM-DD]",
    "cli.unknownCommand": "Lệnh không có: {name}",
    "cli.unexpected": "Lỗi không mong đợi",
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
    "cli.usage.title": "track a plan's assignments",
    "cli.usage.plan": "kehoach plan [FILE] [--format json|csv] [--roster FILE]",
    "cli.usage.templates": "kehoach templates [--plan FILE] [--roster FILE] --period 2022 --out DIR [--agency ID…]",
    "cli.usage.check":
      "kehoach check FILE… [--plan FILE] [--roster FILE] [--period 2022] [--as-of YYYY-MM-DD] [--received FILE=YYYY-MM-DD…]\n                [--format text|json] [--limit N] [--due-day-on-time] [--max-file-mb N]",
    "cli.usage.consolidate":
      "kehoach consolidate FILE… --out tong-hop.xlsx [--plan FILE] [--roster FILE] [--period 2022] [--as-of YYYY-MM-DD]\n                [--received FILE=YYYY-MM-DD…] [--due-day-on-time] [--max-file-mb N]",
    "cli.usage.demo": "kehoach demo [--out DIR] [--as-of YYYY-MM-DD]",
    "cli.unknownCommand": "Unknown command: {name}",
    "cli.unexpected": "Unexpected error",
    "cli.plan.badFormat": '--format must be json, csv or matrix (got "{format}")',
    "cli.plan.onePlan": "One plan at a time.",
  },
);
