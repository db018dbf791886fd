import { defineMessages } from "./define";

// Texts about reading a plan.
export const planMessages = defineMessages(
  {
    "plan.empty": "Văn bản kế hoạch trống: không có nội dung để đọc.",
    "plan.notText":
      "Tệp này không phải văn bản thuần (có thể là .docx, .pdf hoặc tệp nhị phân). Hãy mở kế hoạch, chọn toàn bộ nội dung, dán vào một tệp .txt (UTF-8) rồi thử lại.",
    "plan.noTasks":
      "Không tìm thấy nhiệm vụ nào trong văn bản. Kế hoạch cần có các nhiệm vụ đánh số (ví dụ 1.1., 1.2.) trong phần NỘI DUNG, hoặc một bảng phụ lục có cột Nội dung nhiệm vụ và Cơ quan chủ trì.",
    "plan.noAssignments":
      "Đã thấy {tasks} nhiệm vụ nhưng không thấy phân công nào (dòng \"Phân công thực hiện:\", \"Cơ quan chủ trì:\" hoặc cột Cơ quan chủ trì).",
    "plan.placeholder": "(chưa dùng)",
    "plan.unmatched": "Nhiệm vụ {task}: không tìm thấy \"{name}\" trong danh bạ đơn vị. Hãy thêm đơn vị này (hoặc một tên gọi khác của nó) vào sheet Danh bạ đơn vị.",
    "plan.rosterSheetMissing": "Không tìm thấy sheet \"{sheet}\" hoặc sheet không có dòng tiêu đề (Mã, Tên đơn vị, Tên viết tắt …).",
    "plan.rosterRowInvalid": "Sheet \"{sheet}\", dòng {row}: {problem}.",
  },
  {
    "plan.empty": "The plan text is empty: nothing to read.",
    "plan.notText":
      "This file is not plain text (it may be a .docx, a .pdf or a binary file). Open the plan, select all of its text, paste it into a .txt file (UTF-8) and try again.",
    "plan.noTasks":
      "No task was found in the text. A plan needs numbered tasks (e.g. 1.1., 1.2.) in its NỘI DUNG section, or an appendix table with the columns Nội dung nhiệm vụ and Cơ quan chủ trì.",
    "plan.noAssignments":
      "Found {tasks} tasks but no assignment (a \"Phân công thực hiện:\" line, \"Cơ quan chủ trì:\" lines or a Cơ quan chủ trì column).",
    "plan.placeholder": "(unused)",
    "plan.unmatched": "Task {task}: \"{name}\" is not in the agency roster. Add this agency (or this other name of it) to the Danh bạ đơn vị sheet.",
    "plan.rosterSheetMissing": "Sheet \"{sheet}\" was not found or has no header row (Mã, Tên đơn vị, Tên viết tắt …).",
    "plan.rosterRowInvalid": "Sheet \"{sheet}\", row {row}: {problem}.",
  },
);
