import type { Plan, ReportingObligation, Task } from "./model";
import type { OutRow, OutSheet, OutValue } from "../sheet-model";
import { FREQUENCY_LABELS } from "./labels";
import { ROSTER_SHEET } from "../roster/sheet";
import { quoteSheetName } from "../grid";

/**
 * The plan as data the official can correct: the sheet "Kế hoạch" holds the plan's particulars
 * (label | value rows) above an Excel table of its tasks, one row per task; the sheet "Chế độ báo
 * cáo" holds the reporting obligations as a table. Every later step reads the plan back from
 * these two sheets (see table-read.ts), so an edited lead, a changed deadline, an added or a
 * deleted row counts. Agency cells offer the roster's names as a dropdown; several names in one
 * cell are separated by ";" (names themselves may contain commas).
 */
export const TASK_SHEET = "Kế hoạch";
export const OBLIGATION_SHEET = "Chế độ báo cáo";
export const TASK_TABLE_NAME = "BangNhiemVu";
export const OBLIGATION_TABLE_NAME = "CheDoBaoCao";
/** Separator of several names in one cell. */
export const NAME_SEPARATOR = "; ";

export const TASK_COLUMNS = [
  { key: "code", label: "Mã", width: 8 },
  { key: "section", label: "Nhóm", width: 7 },
  { key: "text", label: "Nhiệm vụ", width: 60 },
  { key: "lead", label: "Chủ trì", width: 30 },
  { key: "coordinate", label: "Phối hợp", width: 30 },
  { key: "implement", label: "Thực hiện", width: 24 },
  { key: "deadlineText", label: "Thời hạn (như văn bản)", width: 24 },
  { key: "deadline", label: "Hạn", width: 12 },
  { key: "frequency", label: "Tần suất", width: 16 },
  { key: "product", label: "Sản phẩm", width: 24 },
  { key: "note", label: "Ghi chú", width: 24 },
  { key: "review", label: "Cần xem lại", width: 30 },
] as const;
export type TaskColumnKey = (typeof TASK_COLUMNS)[number]["key"];

export const OBLIGATION_COLUMNS = [
  { key: "from", label: "Đơn vị báo cáo", width: 40 },
  { key: "to", label: "Nơi nhận báo cáo", width: 30 },
  { key: "due", label: "Hạn hằng năm (ngày/tháng)", width: 14 },
  { key: "rule", label: "Cách tính hạn", width: 16 },
  { key: "frequency", label: "Tần suất", width: 16 },
  { key: "adHoc", label: "Đột xuất", width: 10 },
  { key: "text", label: "Nguyên văn", width: 70 },
] as const;
export type ObligationColumnKey = (typeof OBLIGATION_COLUMNS)[number]["key"];

/** Labels of the particulars above the task table, in order. */
export const META_LABELS = {
  number: "Số hiệu",
  date: "Ngày ban hành",
  issuer: "Cơ quan ban hành",
  place: "Địa bàn",
  signer: "Người ký",
  title: "Trích yếu",
  focalPoint: "Đơn vị đầu mối",
} as const;
/** A section's row above the table: "Nhóm I" | its title. */
export const SECTION_LABEL = "Nhóm";

export const RULE_LABELS = { before: "trước ngày", by: "chậm nhất ngày" } as const;
export const YES = "Có";
export const NO = "Không";

/** The roster's full-name column (B), below its title and header rows, as a list source. */
const ROSTER_NAMES = `${quoteSheetName(ROSTER_SHEET)}!$B$3:$B$1000`;
/** Rows left open below the tasks for additions that keep the dropdown. */
const SPARE_ROWS = 50;

const join = (names: readonly string[]) => names.join(NAME_SEPARATOR);

function taskCells(t: Task): OutValue[] {
  const implement = new Set(t.implement);
  const byKey: Record<TaskColumnKey, OutValue> = {
    code: t.code,
    section: t.section,
    text: t.text,
    lead: join(t.lead.filter((n) => !implement.has(n))),
    coordinate: join(t.coordinate),
    implement: join(t.implement),
    deadlineText: t.deadlineText ?? "",
    deadline: t.deadline ? { date: t.deadline } : null,
    frequency: t.frequency ? FREQUENCY_LABELS[t.frequency] : "",
    product: t.product ?? "",
    note: "",
    review: (t as Task & { review?: string | null }).review ?? "",
  };
  return TASK_COLUMNS.map((c) => byKey[c.key]);
}

/** A1 column letters of a 0-based index below 26 (the tables here are narrower). */
const col = (i: number) => String.fromCharCode(65 + i);

export function taskTableSheet(plan: Plan): OutSheet {
  const m = plan.meta;
  const rows: OutRow[] = [
    { cells: ["KẾ HOẠCH — sửa trực tiếp bảng nhiệm vụ dưới đây; các bước sau đọc lại bảng này"], style: "title" },
    { cells: [META_LABELS.number, m.number ?? ""], cellStyles: ["label"] },
    { cells: [META_LABELS.date, m.date ? { date: m.date } : null], cellStyles: ["label", "date"] },
    { cells: [META_LABELS.issuer, m.issuer ?? ""], cellStyles: ["label"] },
    { cells: [META_LABELS.place, m.place ?? ""], cellStyles: ["label"] },
    { cells: [META_LABELS.signer, m.signer ?? ""], cellStyles: ["label"] },
    { cells: [META_LABELS.title, m.title ?? ""], cellStyles: ["label"] },
    { cells: [META_LABELS.focalPoint, plan.focalPoint ?? ""], cellStyles: ["label"] },
    ...plan.sections.map((s): OutRow => ({ cells: [`${SECTION_LABEL} ${s.code}`, s.title], cellStyles: ["label"] })),
    { cells: [] },
    { cells: TASK_COLUMNS.map((c) => c.label), style: "header" },
  ];
  const headerRow = rows.length;
  const dateCol = TASK_COLUMNS.findIndex((c) => c.key === "deadline");
  for (const t of plan.tasks) {
    const cellStyles = TASK_COLUMNS.map((_, i) => (i === dateCol ? ("date" as const) : undefined));
    rows.push({ cells: taskCells(t), style: "wrap", cellStyles });
  }
  const last = Math.max(headerRow + 1, rows.length);
  const agencyCols = TASK_COLUMNS.flatMap((c, i) =>
    c.key === "lead" || c.key === "coordinate" || c.key === "implement" ? [col(i)] : [],
  );
  return {
    name: TASK_SHEET,
    columns: TASK_COLUMNS.map((c) => ({ width: c.width })),
    rows,
    freeze: { rows: headerRow, cols: 1 },
    table: { name: TASK_TABLE_NAME, range: `A${headerRow}:${col(TASK_COLUMNS.length - 1)}${last}` },
    validations: agencyCols.map((c) => ({
      range: `${c}${headerRow + 1}:${c}${last + SPARE_ROWS}`,
      list: ROSTER_NAMES,
      strict: false,
    })),
    print: { landscape: true, fitToWidth: true },
    active: true,
  };
}

/** "MM-DD" → "DD/MM" */
const dayMonth = (md: string) => md.split("-").reverse().join("/");

export function obligationSheet(plan: Plan): OutSheet {
  const rows: OutRow[] = [
    { cells: ["CHẾ ĐỘ BÁO CÁO — ai báo cáo ai, hạn nào; sửa tại đây, các bước sau đọc lại bảng này"], style: "title" },
    { cells: OBLIGATION_COLUMNS.map((c) => c.label), style: "header" },
  ];
  for (const r of plan.reporting) rows.push({ cells: obligationCells(r), style: "wrap" });
  const last = Math.max(3, rows.length);
  return {
    name: OBLIGATION_SHEET,
    columns: OBLIGATION_COLUMNS.map((c) => ({ width: c.width })),
    rows,
    freeze: { rows: 2, cols: 0 },
    table: { name: OBLIGATION_TABLE_NAME, range: `A2:${col(OBLIGATION_COLUMNS.length - 1)}${last}` },
    validations: [
      { range: `A3:A${last + SPARE_ROWS}`, list: ROSTER_NAMES, strict: false },
      { range: `B3:B${last + SPARE_ROWS}`, list: ROSTER_NAMES, strict: false },
    ],
  };
}

function obligationCells(r: ReportingObligation): OutValue[] {
  const byKey: Record<ObligationColumnKey, OutValue> = {
    from: join(r.from),
    to: join(r.to),
    due: r.dueMonthDay ? dayMonth(r.dueMonthDay) : "",
    rule: r.dueRule ? RULE_LABELS[r.dueRule] : "",
    frequency: r.frequency ? FREQUENCY_LABELS[r.frequency] : "",
    adHoc: r.adHoc ? YES : NO,
    text: r.text,
  };
  return OBLIGATION_COLUMNS.map((c) => byKey[c.key]);
}
