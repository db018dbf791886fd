import { defineMessages } from "./define";

// Texts about reading a plan.
export const planMessages = defineMessages(
  {
    "plan.empty": "Văn bản kế hoạch trống: không có nội dung để đọc.",
    "plan.notText":
      "Tệp này không phải văn bản thuần (có thể là .docx, .pdf hoặc tệp nhị phân). Hãy mở kế hoạch, chọn toàn bộ nội dung, dán vào một tệp .txt (UTF-8) rồi thử lại.",
    "plan.noTasks":
      'Không tìm thấy nhiệm vụ hay kế hoạch nào trong văn bản: không có bảng nhiệm vụ (cột Nội dung/Nhiệm vụ và Cơ quan chủ trì), không có câu phân công ("X chủ trì, phối hợp với Y", "Cơ quan chủ trì: …"), không có phần phân công theo đơn vị và không có chế độ báo cáo. Hãy kiểm tra đây đúng là văn bản kế hoạch.',
    "plan.noAssignments":
      'Đã thấy {tasks} nhiệm vụ nhưng không thấy phân công nào (dòng "Phân công thực hiện:", "Cơ quan chủ trì:" hoặc cột Cơ quan chủ trì).',
    "plan.unmatched":
      'Nhiệm vụ {task}: không tìm thấy "{name}" trong danh bạ đơn vị. Hãy thêm đơn vị này (hoặc một tên gọi khác của nó) vào sheet Danh bạ đơn vị.',
    "plan.cli.badFormat": '--format phải là json, csv, matrix hoặc xlsx (đã ghi "{format}").',
    "plan.cli.outRequired": "--format xlsx cần --out TỆP.xlsx: tên tệp sổ làm việc sẽ ghi.",
    "plan.cli.onePlan": "Chỉ đọc một kế hoạch mỗi lần: hãy đưa một tệp.",
    "plan.summary":
      "Đã đọc kế hoạch: {tasks} nhiệm vụ, {duties} nhiệm vụ giao theo đơn vị, {review} cần xem lại, {reporting} nghĩa vụ báo cáo.",
    "plan.reviewNoLead":
      "Cần xem lại: {task} — không xác định được cơ quan chủ trì. Hãy điền cột Chủ trì theo văn bản gốc: {text}",
    "plan.rosterFromPlan":
      "Phần lớn cơ quan trong kế hoạch ({unknown}/{total}) không có trong danh bạ mặc định, nên danh bạ được lập từ chính kế hoạch: {count} đơn vị. Hãy kiểm tra tên viết tắt và điền email.",
    "plan.rosterSheetMissing":
      'Trang tính "{sheet}" không có dòng tiêu đề của danh bạ (các cột Mã, Tên đầy đủ, Tên viết tắt, Loại, Email …). Hãy tạo lại danh bạ ở bước Kế hoạch.',
    "plan.rosterRowNoCode":
      'Trang tính "{sheet}", dòng {row}: thiếu Mã đơn vị. Mỗi đơn vị cần một mã riêng (ví dụ STC).',
    "plan.rosterRowNoName": 'Trang tính "{sheet}", dòng {row}: đơn vị mã {id} chưa có Tên đầy đủ.',
    "plan.rosterRowDuplicate":
      'Trang tính "{sheet}", dòng {row}: mã {id} đã dùng cho một đơn vị ở dòng trên. Mỗi mã chỉ dùng một lần.',
  },
  {
    "plan.empty": "The plan text is empty: nothing to read.",
    "plan.notText":
      "This file is not plain text (it may be a .docx, a .pdf or a binary file). Open the plan, select all of its text, paste it into a .txt file (UTF-8) and try again.",
    "plan.noTasks":
      'No task was found in the text, and no plan: no task table (columns Nội dung/Nhiệm vụ and Cơ quan chủ trì), no assignment sentence ("X chủ trì, phối hợp với Y", "Cơ quan chủ trì: …"), no duties assigned per agency and no reporting clause. Check that this is the plan\'s text.',
    "plan.noAssignments":
      'Found {tasks} tasks but no assignment (a "Phân công thực hiện:" line, "Cơ quan chủ trì:" lines or a Cơ quan chủ trì column).',
    "plan.unmatched":
      'Task {task}: "{name}" is not in the agency roster. Add this agency (or this other name of it) to the Danh bạ đơn vị sheet.',
    "plan.cli.badFormat": '--format must be json, csv, matrix or xlsx (got "{format}").',
    "plan.cli.outRequired": "--format xlsx needs --out FILE.xlsx: the workbook to write.",
    "plan.cli.onePlan": "One plan at a time: give one file.",
    "plan.summary":
      "Plan read: {tasks} tasks, {duties} agency duties, {review} to review, {reporting} reporting obligations.",
    "plan.reviewNoLead":
      "To review: {task} — its lead agency could not be found. Fill in the Chủ trì column from the original text: {text}",
    "plan.rosterFromPlan":
      "Most bodies of the plan ({unknown}/{total}) are not in the default roster, so the roster was started from the plan itself: {count} agencies. Check the short names and fill in the e-mails.",
    "plan.rosterSheetMissing":
      'Sheet "{sheet}" has no roster header row (columns Mã, Tên đầy đủ, Tên viết tắt, Loại, Email …). Make the roster again in the Plan step.',
    "plan.rosterRowNoCode":
      'Sheet "{sheet}", row {row}: the agency code (Mã) is missing. Each agency needs its own code (e.g. STC).',
    "plan.rosterRowNoName": 'Sheet "{sheet}", row {row}: agency {id} has no full name (Tên đầy đủ).',
    "plan.rosterRowDuplicate":
      'Sheet "{sheet}", row {row}: code {id} is already used by an agency above. Each code may be used once.',
  },
);
