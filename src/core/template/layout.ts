/**
 * The agency report template (biểu mẫu báo cáo): the contract between the writer that makes
 * it, the reader that finds its parts in whatever the agency sends back, and the checks.
 * Labels are Vietnamese, as the agencies see them; aliases are the ways they retype them.
 */

export const TEMPLATE_VERSION = "1.0";

/** Sheet names (≤ 31 characters). */
export const REPORT_SHEET = "Báo cáo";
export const GUIDE_SHEET = "Hướng dẫn";
/** Lists for the dropdowns live here, so validation points at ranges, not inline strings. */
export const LISTS_SHEET = "Danh mục";
/** Hidden (veryHidden) sheet with the template's identity. */
export const META_SHEET = "_kehoach_meta";

export type HeaderFieldKey =
  "agency" | "plan" | "period" | "reportDate" | "documentNumber" | "preparedBy" | "phone" | "email";

export interface HeaderField {
  key: HeaderFieldKey;
  label: string;
  aliases: string[];
  required: boolean;
  /** prefilled by the writer and locked */
  prefilled: boolean;
  type: "text" | "date" | "email" | "phone";
}

/** The header block: label in one column, value in the next, one field a row. */
export const HEADER_FIELDS: readonly HeaderField[] = [
  {
    key: "agency",
    label: "Đơn vị báo cáo",
    aliases: ["Đơn vị", "Cơ quan báo cáo", "Tên đơn vị"],
    required: true,
    prefilled: true,
    type: "text",
  },
  {
    key: "plan",
    label: "Kế hoạch",
    aliases: ["Số kế hoạch", "Kế hoạch số"],
    required: true,
    prefilled: true,
    type: "text",
  },
  { key: "period", label: "Kỳ báo cáo", aliases: ["Kỳ", "Năm báo cáo"], required: true, prefilled: true, type: "text" },
  {
    key: "reportDate",
    label: "Ngày báo cáo",
    aliases: ["Ngày lập", "Ngày lập báo cáo", "Ngày"],
    required: true,
    prefilled: false,
    type: "date",
  },
  {
    key: "documentNumber",
    label: "Số văn bản",
    aliases: ["Số công văn", "Số hiệu văn bản", "Số VB"],
    required: false,
    prefilled: false,
    type: "text",
  },
  {
    key: "preparedBy",
    label: "Người lập",
    aliases: ["Người lập biểu", "Người báo cáo", "Cán bộ lập", "Người liên hệ"],
    required: true,
    prefilled: false,
    type: "text",
  },
  {
    key: "phone",
    label: "Điện thoại",
    aliases: ["Số điện thoại", "ĐT", "SĐT"],
    required: false,
    prefilled: false,
    type: "phone",
  },
  {
    key: "email",
    label: "Email",
    aliases: ["E-mail", "Thư điện tử", "Địa chỉ email"],
    required: false,
    prefilled: false,
    type: "email",
  },
];

export type ColumnKey =
  | "no"
  | "taskCode"
  | "taskContent"
  | "role"
  | "deadline"
  | "status"
  | "completedOn"
  | "result"
  | "difficulties"
  | "proposals"
  | "notes";

export interface TableColumn {
  key: ColumnKey;
  label: string;
  aliases: string[];
  /** prefilled from the plan and locked */
  prefilled: boolean;
  /** required in every row (conditional requirements live in the checks) */
  required: boolean;
  /** the reader cannot do without this column */
  essential: boolean;
  type: "text" | "date" | "list" | "number";
  /** column width in characters */
  width: number;
}

export const TABLE_COLUMNS: readonly TableColumn[] = [
  {
    key: "no",
    label: "STT",
    aliases: ["TT", "Số thứ tự"],
    prefilled: true,
    required: false,
    essential: false,
    type: "number",
    width: 5,
  },
  {
    key: "taskCode",
    label: "Mã nhiệm vụ",
    aliases: ["Mã NV", "Mã", "Nhiệm vụ số", "Số hiệu nhiệm vụ"],
    prefilled: true,
    required: true,
    essential: true,
    type: "text",
    width: 10,
  },
  {
    key: "taskContent",
    label: "Nội dung nhiệm vụ",
    aliases: ["Nội dung", "Nhiệm vụ", "Tên nhiệm vụ"],
    prefilled: true,
    required: false,
    essential: false,
    type: "text",
    width: 40,
  },
  {
    key: "role",
    label: "Vai trò",
    aliases: ["Vai trò của đơn vị", "Chủ trì/Phối hợp"],
    prefilled: true,
    required: false,
    essential: false,
    type: "list",
    width: 10,
  },
  {
    key: "deadline",
    label: "Thời hạn",
    aliases: ["Thời gian thực hiện", "Thời hạn hoàn thành", "Hạn"],
    prefilled: true,
    required: false,
    essential: false,
    type: "text",
    width: 14,
  },
  {
    key: "status",
    label: "Tình trạng",
    aliases: ["Tình trạng thực hiện", "Trạng thái", "Tiến độ"],
    prefilled: false,
    required: true,
    essential: true,
    type: "list",
    width: 16,
  },
  {
    key: "completedOn",
    label: "Ngày hoàn thành",
    aliases: ["Ngày HT", "Thời gian hoàn thành", "Hoàn thành ngày"],
    prefilled: false,
    required: false,
    essential: false,
    type: "date",
    width: 12,
  },
  {
    key: "result",
    label: "Kết quả thực hiện",
    aliases: ["Kết quả", "Kết quả đạt được"],
    prefilled: false,
    required: false,
    essential: false,
    type: "text",
    width: 30,
  },
  {
    key: "difficulties",
    label: "Khó khăn, vướng mắc",
    aliases: ["Khó khăn", "Vướng mắc", "Khó khăn vướng mắc", "Tồn tại, hạn chế"],
    prefilled: false,
    required: false,
    essential: false,
    type: "text",
    width: 23,
  },
  {
    key: "proposals",
    label: "Đề xuất, kiến nghị",
    aliases: ["Kiến nghị", "Đề xuất", "Đề xuất kiến nghị"],
    prefilled: false,
    required: false,
    essential: false,
    type: "text",
    width: 20,
  },
  {
    key: "notes",
    label: "Ghi chú",
    aliases: ["Ghi chu", "Chú thích"],
    prefilled: false,
    required: false,
    essential: false,
    type: "text",
    width: 12,
  },
];

/** What the agency reports (tình trạng). */
export type ReportedStatus = "done" | "inProgress" | "notStarted";

export const STATUS_LABELS: Record<ReportedStatus, string> = {
  done: "Đã hoàn thành",
  inProgress: "Đang thực hiện",
  notStarted: "Chưa thực hiện",
};

export const ROLE_LABELS = { CT: "Chủ trì", PH: "Phối hợp", TH: "Thực hiện" } as const;

/** Keys of the hidden metadata sheet, column A = key, column B = value. */
export type MetaKey = "plan" | "agencyId" | "period" | "templateVersion" | "fingerprint" | "generatedAt";
export const META_KEYS: readonly MetaKey[] = [
  "plan",
  "agencyId",
  "period",
  "templateVersion",
  "fingerprint",
  "generatedAt",
];

/**
 * Where the writer places things on the report sheet (0-based rows and columns). Readers of
 * returned files must not rely on these: agencies move blocks, so they search by label. The
 * writer, its tests and the fixtures built from it use them.
 */
export const REPORT_LAYOUT = {
  /** title line, merged across the table width */
  titleRow: 0,
  /** one-line reminder under the title */
  noteRow: 1,
  /** first header field (HEADER_FIELDS[0]); one field a row */
  headerFirstRow: 3,
  /** header labels in column B, values in column C */
  headerLabelCol: 1,
  headerValueCol: 2,
  /** row of the TABLE_COLUMNS labels; tasks start on the next row, in column A */
  tableHeaderRow: 12,
  tableFirstCol: 0,
  /** empty unlocked rows after the tasks, for tasks the agency adds */
  spareRows: 5,
} as const;

/** Lists sheet (LISTS_SHEET): column A holds the status labels, column B the role labels, from row 2. */
export const LISTS_LAYOUT = { statusCol: 0, roleCol: 1, firstRow: 1 } as const;
