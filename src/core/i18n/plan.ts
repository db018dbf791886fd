import { defineMessages } from "./define";

// Texts about reading a plan.
export const planMessages = defineMessages(
  {
    "plan.empty": "Văn bản kế hoạch trống: không có nội dung để đọc.",
    // The sheets of step 1 (core/plan-sheets.ts).
    "plan.sheet.plan": "Kế hoạch",
    "plan.sheet.matrix": "Ma trận phân công",
    "plan.sheet.title": "KẾ HOẠCH SỐ {number}",
    "plan.sheet.titleWithDate": "KẾ HOẠCH SỐ {number} NGÀY {date}",
    "plan.sheet.issuer": "Cơ quan ban hành",
    "plan.sheet.signer": "Người ký",
    "plan.sheet.focal": "Đơn vị đầu mối",
    "plan.sheet.reporting": "Chế độ báo cáo",
    "plan.sheet.col.code": "Mã",
    "plan.sheet.col.section": "Nhóm",
    "plan.sheet.col.content": "Nội dung nhiệm vụ",
    "plan.sheet.col.lead": "Chủ trì / thực hiện",
    "plan.sheet.col.coordinate": "Phối hợp",
    "plan.sheet.col.deadlineText": "Thời hạn (như văn bản)",
    "plan.sheet.col.deadline": "Hạn",
    "plan.sheet.col.frequency": "Tần suất",
    "plan.sheet.due.periodic": "theo kỳ",
    "plan.sheet.adHoc": ", và đột xuất khi có yêu cầu",
    "plan.matrix.title": "MA TRẬN PHÂN CÔNG — CT: chủ trì, TH: thực hiện, PH: phối hợp",
    "plan.matrix.col.task": "Nhiệm vụ",
    "plan.matrix.col.open": "Đơn vị khác (không xác định cụ thể)",
    "plan.matrix.col.deadline": "Thời hạn",
    "plan.matrix.unmatched": "Tên chưa có trong danh bạ (cần bổ sung vào sheet Danh bạ đơn vị):",
    // What is wrong in a roster JSON file (core/roster/restore.ts), inside cli.rosterInvalid.
    "roster.problem.notObject": "JSON gốc phải là một đối tượng { agencies: [...] }",
    "roster.problem.noAgencies": "thiếu mảng agencies",
    "roster.problem.fieldMissing": '{where}: thiếu trường "{field}"',
    "roster.problem.notString": '{where}: "{field}" phải là chuỗi',
    "roster.problem.empty": '{where}: "{field}" đang để trống',
    "roster.problem.notStrings": '{where}: "{field}" phải là mảng chuỗi',
    "roster.problem.entryNotObject": "{where}: phải là một đối tượng",
    "roster.problem.duplicateId": '{where}: mã "{id}" bị trùng',
    "roster.problem.badKind": '{where}: "kind" phải là một trong {kinds}',
    "roster.problem.badReports": '{where}: "reports" phải là true hoặc false',
    "roster.problem.notArray": '"{field}" phải là một mảng',
    "roster.problem.unknownMember": '{where}: thành viên "{member}" không có trong agencies',
    // The template's words for its period and its due day (core/template/build.ts).
    "plan.period.year": "Năm {year}",
    "plan.due.before": "trước ngày {day}",
    "plan.due.by": "chậm nhất ngày {day}",
    // How often a task is done (tần suất): the one table, for the plan sheets and the templates.
    "plan.frequency.once": "Một lần (có hạn)",
    "plan.frequency.ongoing": "Thường xuyên",
    "plan.frequency.annual": "Hằng năm",
    "plan.frequency.semiannual": "Định kỳ 6 tháng",
    "plan.frequency.quarterly": "Hằng quý",
    "plan.frequency.monthly": "Hằng tháng",
    "plan.frequency.per-regulation": "Theo quy định",
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
    "plan.sheet.plan": "Plan",
    "plan.sheet.matrix": "Assignment matrix",
    "plan.sheet.title": "PLAN NO. {number}",
    "plan.sheet.titleWithDate": "PLAN NO. {number} OF {date}",
    "plan.sheet.issuer": "Issued by",
    "plan.sheet.signer": "Signed by",
    "plan.sheet.focal": "Focal point",
    "plan.sheet.reporting": "Reporting",
    "plan.sheet.col.code": "Code",
    "plan.sheet.col.section": "Group",
    "plan.sheet.col.content": "Task",
    "plan.sheet.col.lead": "Lead / implementer",
    "plan.sheet.col.coordinate": "Coordinating",
    "plan.sheet.col.deadlineText": "Deadline (as written)",
    "plan.sheet.col.deadline": "Due",
    "plan.sheet.col.frequency": "Frequency",
    "plan.sheet.due.periodic": "each period",
    "plan.sheet.adHoc": ", and on request",
    "plan.matrix.title": "ASSIGNMENT MATRIX — CT: lead, TH: implement, PH: coordinate",
    "plan.matrix.col.task": "Task",
    "plan.matrix.col.open": "Other agencies (not named)",
    "plan.matrix.col.deadline": "Deadline",
    "plan.matrix.unmatched": "Names not in the roster (add them to the Danh bạ đơn vị sheet):",
    "roster.problem.notObject": "the top level must be an object { agencies: [...] }",
    "roster.problem.noAgencies": "agencies[] missing",
    "roster.problem.fieldMissing": '{where}: field "{field}" missing',
    "roster.problem.notString": '{where}: "{field}" must be a string',
    "roster.problem.empty": '{where}: "{field}" is empty',
    "roster.problem.notStrings": '{where}: "{field}" must be an array of strings',
    "roster.problem.entryNotObject": "{where}: must be an object",
    "roster.problem.duplicateId": '{where}: id "{id}" is repeated',
    "roster.problem.badKind": '{where}: "kind" must be one of {kinds}',
    "roster.problem.badReports": '{where}: "reports" must be true or false',
    "roster.problem.notArray": '"{field}" must be an array',
    "roster.problem.unknownMember": '{where}: member "{member}" is not in agencies',
    "plan.period.year": "Year {year}",
    "plan.due.before": "before {day}",
    "plan.due.by": "at the latest on {day}",
    "plan.frequency.once": "Once (with a deadline)",
    "plan.frequency.ongoing": "Ongoing",
    "plan.frequency.annual": "Every year",
    "plan.frequency.semiannual": "Every six months",
    "plan.frequency.quarterly": "Every quarter",
    "plan.frequency.monthly": "Every month",
    "plan.frequency.per-regulation": "As regulations require",
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
