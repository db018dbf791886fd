/**
 * What goes into one agency's report template (biểu mẫu báo cáo), as plain data: the header
 * values, the task rows to prefill, the fingerprint and the file name. The xlsx writer only
 * lays this out; the checks rebuild it to compare a returned file with what was sent.
 */
import type { Plan, ReportingObligation, Task } from "../plan/model";
import type { Agency } from "../roster/model";
import type { AssignmentMatrix, Role } from "../matrix-model";
import { cleanPhrase, compareCodeUnits, fileSafe } from "../text";
import { formatDateVi } from "../dates";
import { ROLE_LABELS, TEMPLATE_VERSION } from "./layout";
import { fingerprintPrefilled, type PrefilledRow } from "./fingerprint";
import { reportingAgencies, rolesOf } from "../matrix";
import { obligationFor } from "../report/deadlines";
import type { RosterIndex } from "../roster/match";
import { t } from "../i18n";

export interface TemplateRow extends PrefilledRow {
  /** STT, 1-based */
  no: number;
  roleCode: Role;
}

export interface TemplateContent {
  planNumber: string;
  /** the plan's title, for the sheet title; null when the plan has none */
  planTitle: string | null;
  agency: Pick<Agency, "id" | "name" | "short">;
  /** the period key, e.g. "2022" */
  period: string;
  /** the period as shown in the header, e.g. "Năm 2022" */
  periodLabel: string;
  /** when the report is due, as the instructions say it, e.g. "trước ngày 15/11/2022"; null if the plan says nothing */
  dueText: string | null;
  rows: TemplateRow[];
  fingerprint: string;
  templateVersion: string;
}

/** The deadline as the template shows it: the plan's own phrase, else the date dd/mm/yyyy, else the frequency. */
export function deadlineCellText(task: Pick<Task, "deadlineText" | "deadline" | "frequency">): string {
  if (task.deadlineText && task.deadlineText.trim() !== "") return cleanPhrase(task.deadlineText);
  if (task.deadline) return formatDateVi(task.deadline);
  // The frequency's words when the plan gives no time phrase of its own; a one-off task without
  // a date gets none (there is no deadline to show).
  return task.frequency && task.frequency !== "once" ? t("vi", `plan.frequency.${task.frequency}`) : "";
}

/** "2022" → "Năm 2022"; any other period key is shown as given. */
export function periodLabel(period: string): string {
  return /^\d{4}$/.test(period) ? t("vi", "plan.period.year", { year: period }) : period;
}

/**
 * The yearly due date of the agencies' reports: the earliest due day among the plan's reporting
 * obligations (in 4587 the agencies report by 15/11, the focal point by 10/12).
 */
export function dueText(reporting: readonly ReportingObligation[], period: string): string | null {
  const dated = reporting
    .filter((r) => r.dueMonthDay !== null)
    .sort((a, b) => compareCodeUnits(a.dueMonthDay!, b.dueMonthDay!));
  const first = dated[0];
  return first ? obligationDueText(first, period) : null;
}

/** An obligation's due day in the plan's own words: "trước ngày 15/11/2022" or "chậm nhất ngày …". */
function obligationDueText(obligation: ReportingObligation, period: string): string | null {
  if (!obligation.dueMonthDay) return null;
  const [mm, dd] = obligation.dueMonthDay.split("-");
  const day = /^\d{4}$/.test(period) ? `${dd}/${mm}/${period}` : `${dd}/${mm}`;
  return t("vi", obligation.dueRule === "by" ? "plan.due.by" : "plan.due.before", { day });
}

/** `4587/KH-UBND`, `2022`, `Sở LĐTBXH` → `4587-KH-UBND_2022_So-LDTBXH.xlsx`. */
export function templateFileName(planNumber: string, period: string, agency: Pick<Agency, "short" | "id">): string {
  const who = fileSafe(agency.short) || fileSafe(agency.id);
  return `${fileSafe(planNumber) || "ke-hoach"}_${fileSafe(period)}_${who}.xlsx`;
}

/**
 * One file name per agency, in order: templateFileName, with the agency id added when two
 * agencies share a short name (case-insensitively), so no file overwrites another's.
 */
export function uniqueTemplateFileNames(
  planNumber: string,
  period: string,
  agencies: readonly Pick<Agency, "short" | "id">[],
): string[] {
  const used = new Set<string>();
  return agencies.map((agency) => {
    let name = templateFileName(planNumber, period, agency);
    if (used.has(name.toLowerCase())) name = name.replace(/\.xlsx$/, `_${fileSafe(agency.id)}.xlsx`);
    used.add(name.toLowerCase());
    return name;
  });
}

/**
 * Who gets a template, in roster order: the agencies of core/matrix `reportingAgencies`, the
 * one rule also used by the summary. Kept as a thin alias for existing callers; without the
 * plan and roster it can only apply the matrix part of the rule (reporting agencies with a
 * task), so callers should pass them.
 */
export function agenciesToReport(matrix: AssignmentMatrix, plan?: Plan, roster?: RosterIndex): Agency[] {
  if (plan && roster) {
    const ids = new Set(reportingAgencies(plan, matrix, roster));
    return roster.roster.agencies.filter((a) => ids.has(a.id));
  }
  const assigned = new Set(matrix.assignments.map((a) => a.agencyId));
  return matrix.agencies.filter((a) => a.reports && a.kind !== "external" && assigned.has(a.id));
}

export interface BuildTemplateOptions {
  /** overrides plan.meta.number */
  planNumber?: string;
  /**
   * The roster: with it the template states the due date of the obligation the checker applies
   * to this agency (report/deadlines obligationFor); without it, the earliest due day of any.
   */
  roster?: RosterIndex;
}

/**
 * One row per task the agency leads (CT) or implements (TH), in plan order, then the tasks it
 * coordinates (PH), so the rows it answers for come first.
 */
type MatrixTask = AssignmentMatrix["tasks"][number];

// The cleaned words of each task row, the same in every agency's template: checking a batch
// rebuilds every sending agency's rows, and cleaning the same titles again for each was most
// of that work.
const TASK_TEXT = new WeakMap<Plan, { byCode: Map<string, Task>; texts: WeakMap<MatrixTask, TaskText> }>();
interface TaskText {
  content: string;
  deadline: string;
}

function taskText(plan: Plan, task: MatrixTask): TaskText {
  let cache = TASK_TEXT.get(plan);
  if (!cache)
    TASK_TEXT.set(plan, (cache = { byCode: new Map(plan.tasks.map((t) => [t.code, t])), texts: new WeakMap() }));
  let text = cache.texts.get(task);
  if (!text) {
    const title = cache.byCode.get(task.code)?.title ?? task.title;
    cache.texts.set(task, (text = { content: cleanPhrase(title), deadline: deadlineCellText(task) }));
  }
  return text;
}

export function templateRows(plan: Plan, matrix: AssignmentMatrix, agency: Pick<Agency, "id">): TemplateRow[] {
  // An agency named twice in one task keeps its strongest role.
  const roleByTask = rolesOf(matrix, agency.id);
  const ordered = [
    ...matrix.tasks.filter((t) => roleByTask.get(t.code) === "CT" || roleByTask.get(t.code) === "TH"),
    ...matrix.tasks.filter((t) => roleByTask.get(t.code) === "PH"),
  ];
  return ordered.map((t, i) => {
    const roleCode = roleByTask.get(t.code)!;
    const text = taskText(plan, t);
    return {
      no: i + 1,
      taskCode: t.code,
      content: text.content,
      roleCode,
      role: ROLE_LABELS[roleCode],
      deadline: text.deadline,
    };
  });
}

/** The whole template content for one agency and period: header values, rows (templateRows), fingerprint. */
export function buildTemplate(
  plan: Plan,
  matrix: AssignmentMatrix,
  agency: Agency,
  period: string,
  options: BuildTemplateOptions = {},
): TemplateContent {
  const planNumber = options.planNumber ?? plan.meta.number ?? "";
  const rows = templateRows(plan, matrix, agency);
  return {
    planNumber,
    planTitle: plan.meta.title ? cleanPhrase(plan.meta.title) : null,
    agency: { id: agency.id, name: agency.name, short: agency.short },
    period,
    periodLabel: periodLabel(period),
    dueText: agencyDueText(plan, agency, period, options.roster),
    rows,
    fingerprint: fingerprintPrefilled(rows),
    templateVersion: TEMPLATE_VERSION,
  };
}

function agencyDueText(
  plan: Plan,
  agency: Pick<Agency, "id">,
  period: string,
  roster: RosterIndex | undefined,
): string | null {
  if (!roster) return dueText(plan.reporting, period);
  const obligation = obligationFor(plan, agency.id, roster);
  return obligation ? obligationDueText(obligation, period) : null;
}
