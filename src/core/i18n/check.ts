import { defineMessages } from "./define";

// Texts of the check area. Keys are dotted: "check.<issue code>" for each issue, and
// "check.field.*", "check.source.*", "check.reason.*", "check.rule.*" for parameter values
// that are codes (summary.ts translates them before interpolating).
export const checkMessages = defineMessages(
  {
    "check.placeholder": "(chưa dùng)",

    // Reading the file
    "check.table-not-found":
      "Không tìm thấy bảng báo cáo trong tệp ({sheets} trang tính): cần một dòng tiêu đề có các cột như Mã nhiệm vụ, Nội dung nhiệm vụ, Tình trạng.",
    "check.agency-unknown":
      "Không xác định được đơn vị báo cáo: {reason}, ô Đơn vị báo cáo không khớp danh bạ và tên tệp không chứa tên đơn vị.",
    "check.identified-by": "Đơn vị báo cáo ({agency}) được xác định từ {source}.",
    "check.file-unreadable": "{reason}",
    "check.check-failed":
      "Lỗi nội bộ khi chạy bước kiểm tra {check}. Các bước kiểm tra khác vẫn được thực hiện; xin báo lỗi này cho người phát triển.",

    // Header block
    "check.header-missing": "Thiếu {field} ở phần đầu báo cáo: đây là trường bắt buộc, hãy điền vào.{note}",
    "check.header-missing.recognised":
      " Giá trị đã được nhận ra từ {source} ({value}) nhưng vẫn phải ghi ở phần đầu báo cáo.",
    "check.bad-date":
      '{field}: "{value}" không phải là ngày hợp lệ ({reason}). Hãy ghi ngày theo dạng dd/mm/yyyy, ví dụ 15/11/2022.',
    "check.bad-email": 'Địa chỉ email "{value}" không đúng dạng (ví dụ: ten@kontum.gov.vn).',
    "check.bad-phone": 'Số điện thoại "{value}" không đúng dạng (8 đến 15 chữ số).',
    "check.bad-number": '{field}: "{value}" không phải là số.',

    // Columns
    "check.column-missing": "Bảng báo cáo thiếu cột {column}.",
    "check.column-fuzzy": 'Đã đọc tiêu đề cột "{value}" là cột {column}; hãy kiểm tra lại nếu không đúng.',
    "check.column-extra": 'Cột "{value}" không có trong biểu mẫu; nội dung cột này không được tổng hợp.',
    "check.column-duplicate": "Cột {column} xuất hiện lần thứ hai ở đây; chỉ đọc cột đầu tiên (ô {first}).",
    "check.rows-skipped":
      "{count} dòng bị bỏ qua (dòng {rows}): nằm sau một dòng trống, không có Mã nhiệm vụ và Tình trạng không đọc được, nên được coi là phần dưới bảng (ký tên, ghi chú). Nếu là nhiệm vụ, hãy ghi Mã nhiệm vụ hoặc Tình trạng.",
    "check.other-report-sheets":
      "Tệp có nhiều trang tính chứa bảng báo cáo ({sheets}); chỉ đọc trang «{sheet}». Hãy xóa các trang thừa hoặc gửi mỗi báo cáo một tệp.",

    // Lines
    "check.required": "Nhiệm vụ {task} (dòng {row}): ô {field} còn trống.",
    "check.code-missing":
      "Dòng {row} có nội dung báo cáo nhưng chưa ghi Mã nhiệm vụ; ghi mã của kế hoạch (ví dụ 2.6) để dòng này được tổng hợp.",
    "check.completed-on-required": "Nhiệm vụ {task}: tình trạng Đã hoàn thành nhưng chưa ghi Ngày hoàn thành.",
    "check.result-required": "Nhiệm vụ {task}: chưa ghi Kết quả thực hiện (bắt buộc, trừ khi Chưa thực hiện).",
    "check.difficulties-required": "Nhiệm vụ {task}: cần ghi Khó khăn, vướng mắc vì {reason}.",
    "check.not-in-list": 'Nhiệm vụ {task}: "{value}" không có trong danh sách {field} ({allowed}).',
    "check.value-normalised": 'Đã đọc "{value}" là "{normalised}".',
    "check.date-in-future": "Nhiệm vụ {task}: Ngày hoàn thành {value} muộn hơn ngày đánh giá {asOf}.",
    "check.completed-on-not-done":
      "Nhiệm vụ {task}: có Ngày hoàn thành ({value}) nhưng tình trạng không phải Đã hoàn thành.",
    "check.formula-error": "Ô có lỗi công thức {value}: giá trị cần báo cáo đã bị mất; hãy nhập lại giá trị.",
    "check.legacy-font":
      'Ô có chữ gõ bằng bảng mã cũ {encoding} ("{sample}"): hãy chuyển sang Unicode (Unikey → Công cụ chuyển mã) rồi gửi lại.',
    "check.unknown-task": 'Mã nhiệm vụ "{value}" không có trong Kế hoạch {plan}.',
    "check.duplicate-task":
      "Nhiệm vụ {task} được báo cáo lần thứ hai (lần đầu ở dòng {firstRow}); chỉ dòng đầu tiên được tổng hợp.",
    "check.task-not-assigned": "Nhiệm vụ {task} không được giao cho {agency} trong kế hoạch.",
    "check.task-missing": "Thiếu báo cáo nhiệm vụ {task} (đơn vị {role}): {title}.",
    "check.prefilled-altered": 'Nhiệm vụ {task}: ô {field} điền sẵn đã bị sửa; biểu mẫu ghi "{expected}".',
    "check.template-outdated":
      "Biểu mẫu này được tạo từ một phiên bản khác của kế hoạch hoặc bảng phân công; nội dung điền sẵn có thể đã cũ.",
    "check.fingerprint-mismatch":
      "Các dòng điền sẵn (mã, nội dung, vai trò, thời hạn) khác với lúc phát hành biểu mẫu: có dòng đã bị xóa, thêm hoặc sửa.",

    // Identity
    "check.wrong-plan":
      'Báo cáo ghi kế hoạch "{value}", không phải Kế hoạch {plan}: tệp không được tổng hợp. Đề nghị đơn vị báo cáo theo biểu mẫu của Kế hoạch {plan}.',
    "check.wrong-plan-version":
      'Báo cáo ghi "{value}", một văn bản khác cùng số với Kế hoạch {plan} ngày {date}: tệp không được tổng hợp. Đề nghị đơn vị báo cáo theo biểu mẫu của Kế hoạch {plan} ngày {date}.',
    "check.wrong-period": "Kỳ báo cáo {value} khác kỳ đang tổng hợp ({period}).",
    "check.period-unknown":
      "Không xác định được kỳ báo cáo (ô Kỳ báo cáo, trang thông tin ẩn và tên tệp đều không ghi năm).",
    "check.template-version": "Biểu mẫu phiên bản {value}; phiên bản hiện hành là {current}.",
    "check.agency-mismatch": 'Ô Đơn vị báo cáo ghi "{value}" nhưng biểu mẫu được phát hành cho {agency}.',

    // Timeliness and deadlines
    "check.late-submission": "Báo cáo nhận ngày {received}, trễ hạn {days} ngày (hạn: {rule} {due}).",
    "check.task-overdue":
      "Nhiệm vụ {task} có thời hạn {rule} {deadline} nhưng đến ngày {asOf} chưa hoàn thành (quá hạn).",
    "check.done-late":
      "Nhiệm vụ {task} có thời hạn {rule} {deadline} nhưng hoàn thành ngày {completedOn} (hoàn thành quá hạn).",

    // Parameter values
    "check.field.agency": "Đơn vị báo cáo",
    "check.field.plan": "Kế hoạch",
    "check.field.period": "Kỳ báo cáo",
    "check.field.reportDate": "Ngày báo cáo",
    "check.field.documentNumber": "Số văn bản",
    "check.field.preparedBy": "Người lập",
    "check.field.phone": "Điện thoại",
    "check.field.email": "Email",
    "check.field.no": "STT",
    "check.field.taskCode": "Mã nhiệm vụ",
    "check.field.taskContent": "Nội dung nhiệm vụ",
    "check.field.role": "Vai trò",
    "check.field.deadline": "Thời hạn",
    "check.field.status": "Tình trạng",
    "check.field.completedOn": "Ngày hoàn thành",
    "check.field.result": "Kết quả thực hiện",
    "check.field.difficulties": "Khó khăn, vướng mắc",
    "check.field.proposals": "Đề xuất, kiến nghị",
    "check.field.notes": "Ghi chú",
    "check.source.metadata": "trang thông tin ẩn của biểu mẫu",
    "check.source.header": "ô Đơn vị báo cáo",
    "check.source.fileName": "tên tệp",
    "check.reason.notStarted": "nhiệm vụ chưa thực hiện",
    "check.reason.noMetaSheet": "tệp không còn trang thông tin ẩn của biểu mẫu",
    "check.reason.metaAgencyNotInRoster":
      'trang thông tin ẩn của biểu mẫu ghi mã đơn vị "{id}" nhưng danh bạ không có mã này',
    "check.reason.overdue": "nhiệm vụ đã quá thời hạn mà chưa hoàn thành",
    "check.reason.invalid": "ngày không có thật",
    "check.reason.unrecognised": "không đọc được là ngày",
    "check.rule.before": "trước ngày",
    "check.rule.by": "chậm nhất ngày",

    // Summary and the check command
    "check.summary.totals": "{files} tệp: {errors} lỗi, {warnings} cảnh báo, {infos} thông tin.",
    "check.summary.omitted": "… và {count} vấn đề khác không liệt kê (tổng số ở trên là đầy đủ).",
    "check.summary.clean": "Không có lỗi.",
    "check.severity.error": "Lỗi",
    "check.severity.warning": "Cảnh báo",
    "check.severity.info": "Thông tin",
    "check.cli.no-files": "Chưa chỉ định tệp báo cáo nào cần kiểm tra.",
    "check.cli.bad-option": "Tham số không hợp lệ: {option}",
    "check.cli.bad-date-option": 'Ngày không hợp lệ cho {option}: "{value}" (ghi theo dạng YYYY-MM-DD).',
    "check.cli.bad-received": 'Tham số --received cần dạng TỆP=YYYY-MM-DD, nhận được "{value}".',
    "check.cli.received-unused": "--received chỉ tới tệp không có trong danh sách kiểm tra: {file}",
    "check.cli.as-of": "Ngày đánh giá: {asOf}.",
    "check.cli.superseded": "(đã có tệp mới hơn của cùng đơn vị và kỳ báo cáo; tệp này không được tổng hợp)",
  },
  {
    "check.placeholder": "(unused)",

    "check.table-not-found":
      "No report table found in the file ({sheets} sheet(s)): a header row with columns such as Mã nhiệm vụ (task code), Nội dung nhiệm vụ (task), Tình trạng (status) is needed.",
    "check.agency-unknown":
      "The reporting agency could not be identified: {reason}, the Đơn vị báo cáo cell matches no agency in the roster, and the file name names none.",
    "check.identified-by": "The reporting agency ({agency}) was identified from {source}.",
    "check.file-unreadable": "{reason}",
    "check.check-failed":
      "Internal error in the {check} check. The other checks still ran; please report this to the developers.",

    "check.header-missing": "{field} is missing from the report header: it is required, fill it in.{note}",
    "check.header-missing.recognised":
      " The value was recognised from {source} ({value}) but must still be written in the report header.",
    "check.bad-date": '{field}: "{value}" is not a valid date ({reason}). Write dates as dd/mm/yyyy, e.g. 15/11/2022.',
    "check.bad-email": 'The e-mail address "{value}" is not well formed (e.g. name@kontum.gov.vn).',
    "check.bad-phone": 'The phone number "{value}" is not well formed (8 to 15 digits).',
    "check.bad-number": '{field}: "{value}" is not a number.',

    "check.column-missing": "The report table has no {column} column.",
    "check.column-fuzzy": 'The column heading "{value}" was read as {column}; check it if that is wrong.',
    "check.column-extra": 'The column "{value}" is not in the template; its content is not consolidated.',
    "check.column-duplicate":
      "The {column} column appears a second time here; only the first one (cell {first}) is read.",
    "check.rows-skipped":
      "{count} row(s) skipped (row {rows}): they come after a blank row, have no Mã nhiệm vụ (task code) and no readable Tình trạng (status), so they were taken as what follows the table (signatures, notes). If one is a task, fill in its task code or status.",
    "check.other-report-sheets":
      "Several sheets hold a report table ({sheets}); only «{sheet}» is read. Delete the extra sheets or send one report per file.",

    "check.required": "Task {task} (row {row}): the {field} cell is empty.",
    "check.code-missing":
      "Row {row} reports something but has no task code (Mã nhiệm vụ); write the plan's code (e.g. 2.6) so the row can be consolidated.",
    "check.completed-on-required":
      "Task {task}: reported done (Đã hoàn thành) but no completion date (Ngày hoàn thành) is given.",
    "check.result-required":
      "Task {task}: no result (Kết quả thực hiện) given; it is required unless the task has not started.",
    "check.difficulties-required": "Task {task}: difficulties (Khó khăn, vướng mắc) must be given because {reason}.",
    "check.not-in-list": 'Task {task}: "{value}" is not in the {field} list ({allowed}).',
    "check.value-normalised": 'Read "{value}" as "{normalised}".',
    "check.date-in-future": "Task {task}: the completion date {value} is after the as-of date {asOf}.",
    "check.completed-on-not-done":
      "Task {task}: a completion date ({value}) is given but the status is not done (Đã hoàn thành).",
    "check.formula-error":
      "The cell shows the formula error {value}: the value to report is lost; type the value in again.",
    "check.legacy-font":
      'The cell holds text typed in the legacy {encoding} font encoding ("{sample}"): convert it to Unicode (Unikey → Công cụ chuyển mã) and send the file again.',
    "check.unknown-task": 'The task code "{value}" is not in plan {plan}.',
    "check.duplicate-task":
      "Task {task} is reported a second time (first on row {firstRow}); only the first row is consolidated.",
    "check.task-not-assigned": "Task {task} is not assigned to {agency} in the plan.",
    "check.task-missing": "No report on task {task} (as {role}): {title}.",
    "check.prefilled-altered": 'Task {task}: the prefilled {field} cell was changed; the template says "{expected}".',
    "check.template-outdated":
      "This template was made from another version of the plan or the assignment matrix; its prefilled content may be out of date.",
    "check.fingerprint-mismatch":
      "The prefilled rows (code, task, role, deadline) differ from the template as issued: rows were deleted, added or changed.",

    "check.wrong-plan":
      'The report names plan "{value}", not plan {plan}: the file is not consolidated. Ask the agency to report on the template of plan {plan}.',
    "check.wrong-plan-version":
      'The report names "{value}", another document with the same number as plan {plan} of {date}: the file is not consolidated. Ask the agency to report on the template of plan {plan} of {date}.',
    "check.wrong-period": "The reporting period {value} is not the period being collected ({period}).",
    "check.period-unknown":
      "The reporting period could not be identified (no year in the Kỳ báo cáo cell, the hidden metadata or the file name).",
    "check.template-version": "Template version {value}; the current version is {current}.",
    "check.agency-mismatch": 'The Đơn vị báo cáo cell says "{value}" but the template was issued to {agency}.',

    "check.late-submission": "Report received on {received}, {days} day(s) late (due {rule} {due}).",
    "check.task-overdue": "Task {task} was due {rule} {deadline} and is not done as of {asOf} (overdue).",
    "check.done-late": "Task {task} was due {rule} {deadline} but was done on {completedOn} (done late).",

    "check.field.agency": "Reporting agency (Đơn vị báo cáo)",
    "check.field.plan": "Plan (Kế hoạch)",
    "check.field.period": "Reporting period (Kỳ báo cáo)",
    "check.field.reportDate": "Report date (Ngày báo cáo)",
    "check.field.documentNumber": "Document number (Số văn bản)",
    "check.field.preparedBy": "Prepared by (Người lập)",
    "check.field.phone": "Phone (Điện thoại)",
    "check.field.email": "E-mail",
    "check.field.no": "No. (STT)",
    "check.field.taskCode": "Task code (Mã nhiệm vụ)",
    "check.field.taskContent": "Task (Nội dung nhiệm vụ)",
    "check.field.role": "Role (Vai trò)",
    "check.field.deadline": "Deadline (Thời hạn)",
    "check.field.status": "Status (Tình trạng)",
    "check.field.completedOn": "Completion date (Ngày hoàn thành)",
    "check.field.result": "Result (Kết quả thực hiện)",
    "check.field.difficulties": "Difficulties (Khó khăn, vướng mắc)",
    "check.field.proposals": "Proposals (Đề xuất, kiến nghị)",
    "check.field.notes": "Notes (Ghi chú)",
    "check.source.metadata": "the template's hidden metadata sheet",
    "check.source.header": "the Đơn vị báo cáo (agency) cell",
    "check.source.fileName": "the file name",
    "check.reason.notStarted": "the task has not started",
    "check.reason.noMetaSheet": "the template's hidden metadata sheet is gone",
    "check.reason.metaAgencyNotInRoster":
      'the template\'s hidden metadata sheet names agency id "{id}", which is not in the roster',
    "check.reason.overdue": "the task is past its deadline and not done",
    "check.reason.invalid": "no such day",
    "check.reason.unrecognised": "not readable as a date",
    "check.rule.before": "before",
    "check.rule.by": "at the latest on",

    "check.summary.totals": "{files} file(s): {errors} error(s), {warnings} warning(s), {infos} info.",
    "check.summary.omitted": "… and {count} more issue(s) not listed (the totals above are complete).",
    "check.summary.clean": "No errors.",
    "check.severity.error": "Error",
    "check.severity.warning": "Warning",
    "check.severity.info": "Info",
    "check.cli.no-files": "No report file to check was given.",
    "check.cli.bad-option": "Invalid option: {option}",
    "check.cli.bad-date-option": 'Invalid date for {option}: "{value}" (write YYYY-MM-DD).',
    "check.cli.bad-received": '--received needs FILE=YYYY-MM-DD, got "{value}".',
    "check.cli.received-unused": "--received names a file that is not being checked: {file}",
    "check.cli.as-of": "As-of date: {asOf}.",
    "check.cli.superseded": "(a newer file from the same agency and period exists; this one is not consolidated)",
  },
);
