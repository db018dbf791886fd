/**
 * Findings as data: a union discriminated on `code`, each code with its own parameters. A
 * check can only build a finding through `makeIssue`, whose parameters are typed by the code,
 * and the translation tables (core/i18n/check.ts) must have a message for every code using
 * only that code's parameters: a code or a parameter without its text is a compile error.
 */
import type { ColumnKey, HeaderFieldKey } from "../template/layout";
import type { Role } from "../matrix-model";

/** A field a finding points at: a header field or a table column. */
export type FieldKey = ColumnKey | HeaderFieldKey;
/** Why a date cell could not be read (values.ts readDate). */
export type DateProblem = "invalid" | "unrecognised";
/** "trước ngày D" (before D) or "chậm nhất ngày D" (by D at the latest). */
export type DeadlineRule = "before" | "by";
/** How a file's agency was found, when it was found. */
export type FoundBy = "metadata" | "header" | "fileName";
/** Why the difficulties cell must be filled. */
export type DifficultiesReason = "notStarted" | "overdue";

/**
 * A parameter that is already text in each language (an adapter's own message): `reason` in
 * Vietnamese and `reason_en` in English; without `reason_en` both languages show `reason`.
 */
export interface ReasonText {
  reason: string;
  reason_en?: string;
}

/** The parameters of each finding code. */
export interface FindingParams {
  // Reading the file
  "table-not-found": { sheets: number };
  "agency-unknown": ReasonText & { file: string; metaAgencyId?: string };
  "identified-by": { source: FoundBy; agency: string };
  "file-unreadable": ReasonText;
  "check-failed": { check: string; reason: string };
  // Header block
  "header-missing": { field: HeaderFieldKey; note: string; note_en: string };
  "bad-date": { field: FieldKey; value: string; reason: DateProblem; task?: string };
  "bad-email": { value: string };
  "bad-phone": { value: string };
  "bad-number": { field: FieldKey; value: string };
  // Columns
  "column-missing": { column: ColumnKey };
  "column-fuzzy": { column: ColumnKey; value: string };
  "column-extra": { value: string };
  "column-duplicate": { column: ColumnKey; first: string };
  "rows-skipped": { rows: string; count: number };
  "other-report-sheets": { sheets: string; sheet: string };
  // Lines
  required: { task: string; row: number; field: ColumnKey };
  "code-missing": { row: number };
  "completed-on-required": { task: string; row: number };
  "result-required": { task: string; row: number };
  "difficulties-required": { task: string; row: number; reason: DifficultiesReason; deadline: string };
  "not-in-list": { field: ColumnKey; value: string; allowed: string; task: string };
  "value-normalised": { value: string; normalised: string };
  "date-in-future": { value: string; asOf: string; task: string };
  "completed-on-not-done": { value: string; task: string };
  "formula-error": { value: string; task?: string };
  "legacy-font": { encoding: string; sample: string };
  "unknown-task": { value: string; plan: string };
  "duplicate-task": { task: string; firstRow: number };
  "task-not-assigned": { task: string; agency: string };
  /** `role` is the agency's role in the task (CT lead, TH implementer), translated in the message */
  "task-missing": { task: string; role: Role; title: string };
  "prefilled-altered": { field: ColumnKey; task: string; expected: string };
  /** prefilled text cells (content, deadline) retyped differently, one note per file: how many, which cells and tasks */
  "prefilled-retyped": { count: number; cells: string; tasks: string };
  "template-outdated": Record<never, never>;
  "fingerprint-mismatch": Record<never, never>;
  // Identity
  "wrong-plan": { value: string; plan: string; date: string };
  "wrong-plan-version": { value: string; plan: string; date: string };
  "wrong-period": { value: string; period: string };
  "period-unknown": { period: string };
  "template-version": { value: string; current: string };
  "agency-mismatch": { value: string; agency: string };
  // Timeliness and deadlines
  "late-submission": { received: string; due: string; rule: DeadlineRule; days: number };
  "task-overdue": { task: string; rule: DeadlineRule; deadline: string; asOf: string };
  "done-late": { task: string; rule: DeadlineRule; deadline: string; asOf: string; completedOn: string };
}

export type FindingCode = keyof FindingParams;

export type Severity = "error" | "warning" | "info";

/** The one order of severities, most severe first: lists, groups and counts all follow it. */
export const SEVERITIES = ["error", "warning", "info"] as const satisfies readonly Severity[];

/** Rank of a severity in SEVERITIES (0 = most severe), for sorting. */
export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

/** What every finding has, whatever its code. */
export interface FindingBase {
  severity: Severity;
  agency: string | null;
  file: string;
  sheet: string | null;
  /** A1 address inside `sheet`, or null when the finding is about the whole file */
  cell: string | null;
  field: string | null;
  value: string | null;
}

/** One finding of a check: its code and that code's parameters. */
export type Finding<C extends FindingCode = FindingCode> = {
  [K in C]: FindingBase & { code: K; params: FindingParams[K] };
}[C];

/** Where a finding points, beyond the file it is about. */
export interface FindingWhere {
  cell?: string | null;
  field?: string | null;
  value?: string | null;
  sheet?: string | null;
}

/** The submission a finding is about, as far as it was read. */
export interface FindingSource {
  file: string;
  agency?: string | null;
  /** the report's sheet, used when `where.sheet` is not given */
  sheet?: string | null;
}

/** The typed constructor of a finding: the parameters are those of its code. */
export function finding<C extends FindingCode>(
  source: FindingSource,
  code: C,
  severity: Severity,
  where: FindingWhere,
  params: FindingParams[C],
): Finding<C> {
  return {
    code,
    severity,
    agency: source.agency ?? null,
    file: source.file,
    sheet: where.sheet !== undefined ? where.sheet : (source.sheet ?? null),
    cell: where.cell ?? null,
    field: where.field ?? null,
    value: where.value ?? null,
    params,
  } as Finding<C>;
}

/** A file that could not be read at all: one finding, with the adapter's message in both languages. */
export function unreadableFile(file: string, reason: ReasonText): Finding<"file-unreadable"> {
  return finding({ file }, "file-unreadable", "error", { sheet: null }, reason);
}
