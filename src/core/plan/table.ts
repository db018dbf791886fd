import type { Plan, ReportingObligation, Task } from "./model";
import type { OutRow, OutSheet, OutValue } from "../sheet-model";
import { frequencyLabel } from "./labels";
import { ROSTER_SHEET } from "../roster/sheet";
import { quoteSheetName } from "../grid";
import { t, type MessageKey } from "../i18n";

/**
 * The plan as data the official can correct: the sheet "Kế hoạch" holds the plan's particulars
 * (label | value rows) above an Excel table of its tasks, one row per task; the sheet "Chế độ báo
 * cáo" holds the reporting obligations as a table. Every later step reads the plan back from
 * these two sheets (see table-read.ts), so an edited lead, a changed deadline, an added or a
 * deleted row counts. Agency cells offer the roster's names as a dropdown; several names in one
 * cell are separated by ";" (names themselves may contain commas).
 */
export const TASK_SHEET = t("vi", "plan.sheet.plan");
export const OBLIGATION_SHEET = t("vi", "plan.sheet.reporting");
export const TASK_TABLE_NAME = "BangNhiemVu";
export const OBLIGATION_TABLE_NAME = "CheDoBaoCao";
/** Separator of several names in one cell. */
export const NAME_SEPARATOR = "; ";

/**
 * Every word of these sheets comes from the translations, in Vietnamese (the workbook's
 * language), looked up when a sheet is written or read: table-read.ts finds columns and values
 * by the same texts, so written and read stay in step.
 */
export const vi = (key: MessageKey): string => t("vi", key);

/**
 * "Loại" of a row: empty for a task of the plan's own list, this for a duty the plan assigns
 * to one agency in its organisation section (Task.kind "duty").
 */
export const DUTY_LABEL: MessageKey = "plan.table.duty";

export const TASK_COLUMNS = [
  { key: "code", labelKey: "plan.table.col.code", width: 8 },
  { key: "kind", labelKey: "plan.table.col.kind", width: 14 },
  { key: "section", labelKey: "plan.table.col.section", width: 7 },
  { key: "text", labelKey: "plan.table.col.text", width: 60 },
  { key: "lead", labelKey: "plan.table.col.lead", width: 30 },
  { key: "coordinate", labelKey: "plan.table.col.coordinate", width: 30 },
  { key: "implement", labelKey: "plan.table.col.implement", width: 24 },
  { key: "deadlineText", labelKey: "plan.table.col.deadlineText", width: 24 },
  { key: "deadline", labelKey: "plan.table.col.deadline", width: 12 },
  { key: "frequency", labelKey: "plan.table.col.frequency", width: 16 },
  { key: "product", labelKey: "plan.table.col.product", width: 24 },
  { key: "note", labelKey: "plan.table.col.note", width: 24 },
  { key: "review", labelKey: "plan.table.col.review", width: 30 },
] as const satisfies readonly { key: string; labelKey: MessageKey; width: number }[];
export type TaskColumnKey = (typeof TASK_COLUMNS)[number]["key"];

export const OBLIGATION_COLUMNS = [
  { key: "from", labelKey: "plan.obligations.col.from", width: 40 },
  { key: "to", labelKey: "plan.obligations.col.to", width: 30 },
  { key: "due", labelKey: "plan.obligations.col.due", width: 14 },
  { key: "rule", labelKey: "plan.obligations.col.rule", width: 16 },
  { key: "frequency", labelKey: "plan.obligations.col.frequency", width: 16 },
  { key: "adHoc", labelKey: "plan.obligations.col.adHoc", width: 10 },
  { key: "text", labelKey: "plan.obligations.col.text", width: 70 },
] as const satisfies readonly { key: string; labelKey: MessageKey; width: number }[];
export type ObligationColumnKey = (typeof OBLIGATION_COLUMNS)[number]["key"];

/** Labels of the particulars above the task table, in order. */
export const META_LABELS = {
  number: "plan.table.meta.number",
  date: "plan.table.meta.date",
  issuer: "plan.table.meta.issuer",
  place: "plan.table.meta.place",
  signer: "plan.table.meta.signer",
  title: "plan.table.meta.title",
  focalPoint: "plan.table.meta.focalPoint",
} as const satisfies Record<string, MessageKey>;
/** A section's row above the table: "Nhóm I" | its title. */
export const SECTION_LABEL: MessageKey = "plan.table.section";

export const RULE_LABELS = {
  before: "plan.obligations.rule.before",
  by: "plan.obligations.rule.by",
} as const satisfies Record<string, MessageKey>;
export const YES: MessageKey = "plan.obligations.yes";
export const NO: MessageKey = "plan.obligations.no";

/** The roster's full-name column (B), below its title and header rows, as a list source. */
const ROSTER_NAMES = `${quoteSheetName(ROSTER_SHEET)}!$B$3:$B$1000`;
/** Rows left open below the tasks for additions that keep the dropdown. */
const SPARE_ROWS = 50;

const join = (names: readonly string[]) => names.join(NAME_SEPARATOR);

function taskCells(t: Task): OutValue[] {
  const implement = new Set(t.implement);
  const byKey: Record<TaskColumnKey, OutValue> = {
    code: t.code,
    kind: t.kind === "duty" ? vi(DUTY_LABEL) : "",
    section: t.section,
    text: t.text,
    lead: join(t.lead.filter((n) => !implement.has(n))),
    coordinate: join(t.coordinate),
    implement: join(t.implement),
    deadlineText: t.deadlineText ?? "",
    deadline: t.deadline ? { date: t.deadline } : null,
    frequency: t.frequency ? frequencyLabel(t.frequency) : "",
    product: t.product ?? "",
    note: "",
    review: t.review ?? "",
  };
  return TASK_COLUMNS.map((c) => byKey[c.key]);
}

/** A1 column letters of a 0-based index below 26 (the tables here are narrower). */
const col = (i: number) => String.fromCharCode(65 + i);

export function taskTableSheet(plan: Plan): OutSheet {
  const m = plan.meta;
  const rows: OutRow[] = [
    { cells: [vi("plan.table.title")], style: "title" },
    { cells: [vi(META_LABELS.number), m.number ?? ""], cellStyles: ["label"] },
    { cells: [vi(META_LABELS.date), m.date ? { date: m.date } : null], cellStyles: ["label", "date"] },
    { cells: [vi(META_LABELS.issuer), m.issuer ?? ""], cellStyles: ["label"] },
    { cells: [vi(META_LABELS.place), m.place ?? ""], cellStyles: ["label"] },
    { cells: [vi(META_LABELS.signer), m.signer ?? ""], cellStyles: ["label"] },
    { cells: [vi(META_LABELS.title), m.title ?? ""], cellStyles: ["label"] },
    { cells: [vi(META_LABELS.focalPoint), plan.focalPoint ?? ""], cellStyles: ["label"] },
    ...plan.sections.map((s): OutRow => ({
      cells: [`${vi(SECTION_LABEL)} ${s.code}`, s.title],
      cellStyles: ["label"],
    })),
    { cells: [] },
    { cells: TASK_COLUMNS.map((c) => vi(c.labelKey)), style: "header" },
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
    { cells: [vi("plan.obligations.title")], style: "title" },
    { cells: OBLIGATION_COLUMNS.map((c) => vi(c.labelKey)), style: "header" },
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
    rule: r.dueRule ? vi(RULE_LABELS[r.dueRule]) : "",
    frequency: r.frequency ? frequencyLabel(r.frequency) : "",
    adHoc: vi(r.adHoc ? YES : NO),
    text: r.text,
  };
  return OBLIGATION_COLUMNS.map((c) => byKey[c.key]);
}
