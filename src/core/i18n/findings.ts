/**
 * The message of each finding code (core/report/findings.ts), Vietnamese first. The tables are
 * checked by the compiler: a code without a message, or a message naming a `{parameter}` its
 * code does not have, does not build. Parameters whose values are codes (field, column,
 * source, reason, rule) are translated before they are put in (core/report/summary.ts).
 */
import type { FindingCode, FindingParams } from "../report/findings";

/** The `{name}` placeholders of a message. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer R}`
  ? (P extends `${infer Name}|${string}` ? Name : P) | Placeholders<R>
  : never;

/** Each message may only name parameters of its own code; the error names the culprit. */
type OnlyOwnParams<T extends Record<FindingCode, string>> = {
  [C in FindingCode]: [Exclude<Placeholders<T[C]>, keyof FindingParams[C]>] extends [never]
    ? T[C]
    : `{${Exclude<Placeholders<T[C]>, keyof FindingParams[C]> & string}} is not a parameter of ${C}`;
};

function defineFindingMessages<const T extends Record<FindingCode, string>>(
  messages: T & OnlyOwnParams<T>,
): Record<FindingCode, string> {
  return messages;
}

export const findingMessages = {
  vi: defineFindingMessages({
    // Reading the file
    "table-not-found":
      "Không tìm thấy bảng báo cáo trong tệp ({sheets} trang tính): cần một dòng tiêu đề có các cột như Mã nhiệm vụ, Nội dung nhiệm vụ, Tình trạng.",
    "agency-unknown":
      "Không xác định được đơn vị báo cáo: {reason}, ô Đơn vị báo cáo không khớp danh bạ và tên tệp không chứa tên đơn vị.",
    "identified-by": "Đơn vị báo cáo ({agency}) được xác định từ {source}.",
    "file-unreadable": "{reason}",
    "check-failed":
      "Lỗi nội bộ khi chạy bước kiểm tra {check}. Các bước kiểm tra khác vẫn được thực hiện; xin báo lỗi này cho người phát triển.",

    // Header block
    "header-missing": "Thiếu {field} ở phần đầu báo cáo: đây là trường bắt buộc, hãy điền vào.{note}",
    "bad-date":
      '{field}: "{value}" không phải là ngày hợp lệ ({reason}). Hãy ghi ngày theo dạng dd/mm/yyyy, ví dụ 15/11/2022.',
    "bad-email": 'Địa chỉ email "{value}" không đúng dạng (ví dụ: ten@kontum.gov.vn).',
    "bad-phone": 'Số điện thoại "{value}" không đúng dạng (8 đến 15 chữ số).',
    "bad-number": '{field}: "{value}" không phải là số.',

    // Columns
    "column-missing": "Bảng báo cáo thiếu cột {column}.",
    "column-fuzzy": 'Đã đọc tiêu đề cột "{value}" là cột {column}; hãy kiểm tra lại nếu không đúng.',
    "column-extra": 'Cột "{value}" không có trong biểu mẫu; nội dung cột này không được tổng hợp.',
    "column-duplicate": "Cột {column} xuất hiện lần thứ hai ở đây; chỉ đọc cột đầu tiên (ô {first}).",
    "rows-skipped":
      "{count} dòng bị bỏ qua (dòng {rows}): nằm sau một dòng trống, không có Mã nhiệm vụ và Tình trạng không đọc được, nên được coi là phần dưới bảng (ký tên, ghi chú). Nếu là nhiệm vụ, hãy ghi Mã nhiệm vụ hoặc Tình trạng.",
    "other-report-sheets":
      "Tệp có nhiều trang tính chứa bảng báo cáo ({sheets}); chỉ đọc trang «{sheet}». Hãy xóa các trang thừa hoặc gửi mỗi báo cáo một tệp.",

    // Lines
    required: "Nhiệm vụ {task} (dòng {row}): ô {field} còn trống.",
    "code-missing":
      "Dòng {row} có nội dung báo cáo nhưng chưa ghi Mã nhiệm vụ; ghi mã của kế hoạch (ví dụ 2.6) để dòng này được tổng hợp.",
    "completed-on-required": "Nhiệm vụ {task}: tình trạng Đã hoàn thành nhưng chưa ghi Ngày hoàn thành.",
    "result-required": "Nhiệm vụ {task}: chưa ghi Kết quả thực hiện (bắt buộc, trừ khi Chưa thực hiện).",
    "difficulties-required": "Nhiệm vụ {task}: cần ghi Khó khăn, vướng mắc vì {reason}.",
    "not-in-list": 'Nhiệm vụ {task}: "{value}" không có trong danh sách {field} ({allowed}).',
    "value-normalised": 'Đã đọc "{value}" là "{normalised}".',
    "date-in-future": "Nhiệm vụ {task}: Ngày hoàn thành {value} muộn hơn ngày đánh giá {asOf}.",
    "completed-on-not-done": "Nhiệm vụ {task}: có Ngày hoàn thành ({value}) nhưng tình trạng không phải Đã hoàn thành.",
    "formula-error": "Ô có lỗi công thức {value}: giá trị cần báo cáo đã bị mất; hãy nhập lại giá trị.",
    "legacy-font":
      'Ô có chữ gõ bằng bảng mã cũ {encoding} ("{sample}"): hãy chuyển sang Unicode (Unikey → Công cụ chuyển mã) rồi gửi lại.',
    "unknown-task": 'Mã nhiệm vụ "{value}" không có trong Kế hoạch {plan}.',
    "duplicate-task":
      "Nhiệm vụ {task} được báo cáo lần thứ hai (lần đầu ở dòng {firstRow}); chỉ dòng đầu tiên được tổng hợp.",
    "task-not-assigned": "Nhiệm vụ {task} không được giao cho {agency} trong kế hoạch.",
    "task-missing": "Thiếu báo cáo nhiệm vụ {task} (đơn vị {role}): {title}.",
    "prefilled-altered": 'Nhiệm vụ {task}: ô {field} điền sẵn đã bị sửa; biểu mẫu ghi "{expected}".',
    "prefilled-retyped":
      "{count} ô điền sẵn được gõ lại khác mẫu ({cells}; nhiệm vụ {tasks}). Không cần sửa: khi tổng hợp, nội dung và thời hạn nhiệm vụ lấy theo kế hoạch.",
    "template-outdated":
      "Biểu mẫu này được tạo từ một phiên bản khác của kế hoạch hoặc bảng phân công; nội dung điền sẵn có thể đã cũ.",
    "fingerprint-mismatch":
      "Các dòng điền sẵn (mã, nội dung, vai trò, thời hạn) khác với lúc phát hành biểu mẫu: có dòng đã bị xóa, thêm hoặc sửa.",

    // Identity
    "wrong-plan":
      'Báo cáo ghi kế hoạch "{value}", không phải Kế hoạch {plan}: tệp không được tổng hợp. Đề nghị đơn vị báo cáo theo biểu mẫu của Kế hoạch {plan}.',
    "wrong-plan-version":
      'Báo cáo ghi "{value}", một văn bản khác cùng số với Kế hoạch {plan} ngày {date}: tệp không được tổng hợp. Đề nghị đơn vị báo cáo theo biểu mẫu của Kế hoạch {plan} ngày {date}.',
    "wrong-period": "Kỳ báo cáo {value} khác kỳ đang tổng hợp ({period}).",
    "period-unknown": "Không xác định được kỳ báo cáo (ô Kỳ báo cáo, trang thông tin ẩn và tên tệp đều không ghi năm).",
    "template-version": "Biểu mẫu phiên bản {value}; phiên bản hiện hành là {current}.",
    "agency-mismatch": 'Ô Đơn vị báo cáo ghi "{value}" nhưng biểu mẫu được phát hành cho {agency}.',

    // Timeliness and deadlines
    "late-submission": "Báo cáo nhận ngày {received}, trễ hạn {days} ngày (hạn: {rule} {due}).",
    "task-overdue": "Nhiệm vụ {task} có thời hạn {rule} {deadline} nhưng đến ngày {asOf} chưa hoàn thành (quá hạn).",
    "done-late":
      "Nhiệm vụ {task} có thời hạn {rule} {deadline} nhưng hoàn thành ngày {completedOn} (hoàn thành quá hạn).",

    // Summary and the check command
  }),
  en: defineFindingMessages({
    "table-not-found":
      "No report table found in the file ({sheets} {sheets|sheet|sheets}): a header row with columns such as Mã nhiệm vụ (task code), Nội dung nhiệm vụ (task), Tình trạng (status) is needed.",
    "agency-unknown":
      "The reporting agency could not be identified: {reason}, the Đơn vị báo cáo cell matches no agency in the roster, and the file name names none.",
    "identified-by": "The reporting agency ({agency}) was identified from {source}.",
    "file-unreadable": "{reason}",
    "check-failed":
      "Internal error in the {check} check. The other checks still ran; please report this to the developers.",

    "header-missing": "{field} is missing from the report header: it is required, fill it in.{note}",
    "bad-date": '{field}: "{value}" is not a valid date ({reason}). Write dates as dd/mm/yyyy, e.g. 15/11/2022.',
    "bad-email": 'The e-mail address "{value}" is not well formed (e.g. name@kontum.gov.vn).',
    "bad-phone": 'The phone number "{value}" is not well formed (8 to 15 digits).',
    "bad-number": '{field}: "{value}" is not a number.',

    "column-missing": "The report table has no {column} column.",
    "column-fuzzy": 'The column heading "{value}" was read as {column}; check it if that is wrong.',
    "column-extra": 'The column "{value}" is not in the template; its content is not consolidated.',
    "column-duplicate": "The {column} column appears a second time here; only the first one (cell {first}) is read.",
    "rows-skipped":
      "{count} {count|row|rows} skipped (row {rows}): they come after a blank row, have no Mã nhiệm vụ (task code) and no readable Tình trạng (status), so they were taken as what follows the table (signatures, notes). If one is a task, fill in its task code or status.",
    "other-report-sheets":
      "Several sheets hold a report table ({sheets}); only «{sheet}» is read. Delete the extra sheets or send one report per file.",

    required: "Task {task} (row {row}): the {field} cell is empty.",
    "code-missing":
      "Row {row} reports something but has no task code (Mã nhiệm vụ); write the plan's code (e.g. 2.6) so the row can be consolidated.",
    "completed-on-required":
      "Task {task}: reported done (Đã hoàn thành) but no completion date (Ngày hoàn thành) is given.",
    "result-required":
      "Task {task}: no result (Kết quả thực hiện) given; it is required unless the task has not started.",
    "difficulties-required": "Task {task}: difficulties (Khó khăn, vướng mắc) must be given because {reason}.",
    "not-in-list": 'Task {task}: "{value}" is not in the {field} list ({allowed}).',
    "value-normalised": 'Read "{value}" as "{normalised}".',
    "date-in-future": "Task {task}: the completion date {value} is after the as-of date {asOf}.",
    "completed-on-not-done":
      "Task {task}: a completion date ({value}) is given but the status is not done (Đã hoàn thành).",
    "formula-error": "The cell shows the formula error {value}: the value to report is lost; type the value in again.",
    "legacy-font":
      'The cell holds text typed in the legacy {encoding} font encoding ("{sample}"): convert it to Unicode (Unikey → Công cụ chuyển mã) and send the file again.',
    "unknown-task": 'The task code "{value}" is not in plan {plan}.',
    "duplicate-task":
      "Task {task} is reported a second time (first on row {firstRow}); only the first row is consolidated.",
    "task-not-assigned": "Task {task} is not assigned to {agency} in the plan.",
    "task-missing": "No report on task {task} (as {role}): {title}.",
    "prefilled-altered": 'Task {task}: the prefilled {field} cell was changed; the template says "{expected}".',
    "prefilled-retyped":
      "{count} prefilled {count|cell was|cells were} retyped differently from the template ({cells}; task codes {tasks}). Nothing to fix: the summary takes each task's text and deadline from the plan.",
    "template-outdated":
      "This template was made from another version of the plan or the assignment matrix; its prefilled content may be out of date.",
    "fingerprint-mismatch":
      "The prefilled rows (code, task, role, deadline) differ from the template as issued: rows were deleted, added or changed.",

    "wrong-plan":
      'The report names plan "{value}", not plan {plan}: the file is not consolidated. Ask the agency to report on the template of plan {plan}.',
    "wrong-plan-version":
      'The report names "{value}", another document with the same number as plan {plan} of {date}: the file is not consolidated. Ask the agency to report on the template of plan {plan} of {date}.',
    "wrong-period": "The reporting period {value} is not the period being collected ({period}).",
    "period-unknown":
      "The reporting period could not be identified (no year in the Kỳ báo cáo cell, the hidden metadata or the file name).",
    "template-version": "Template version {value}; the current version is {current}.",
    "agency-mismatch": 'The Đơn vị báo cáo cell says "{value}" but the template was issued to {agency}.',

    "late-submission": "Report received on {received}, {days} {days|day|days} late (due {rule} {due}).",
    "task-overdue": "Task {task} was due {rule} {deadline} and is not done as of {asOf} (overdue).",
    "done-late": "Task {task} was due {rule} {deadline} but was done on {completedOn} (done late).",
  }),
};
