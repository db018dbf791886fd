/**
 * The figures behind the consolidated summary (báo cáo tổng hợp), computed once from the
 * checked submissions so that every sheet (task table, matrix, figures, reminders, draft
 * report) tells the same story.
 */
import type { Plan, Task } from "../plan/model";
import type { RosterIndex } from "../roster/match";
import type { Agency } from "../roster/model";
import type { AssignmentMatrix, Role } from "../matrix-model";
import type { AssessedStatus, CheckIssue, ReportLine, Submission } from "../report/model";
import type { WorkbookData } from "../grid";
import type { CheckSettings } from "../report/context";
import { DEFAULT_SETTINGS } from "../report/context";
import { assessLine } from "../report/assess";
import { obligationFor, reportDue } from "../report/deadlines";
import { latestByAgency, type CheckedSubmission } from "../report/pipeline";
import { reportingAgencies } from "../matrix";
import { isIsoDate } from "../dates";
import { countAgencies, type AgencyCounts, type AgencyTimeliness } from "./counts";
import { OTHER_PLAN_CODES } from "../report/plan-reference";
import { ASSESSED_ORDER, aggregate, earliest, normCode } from "./task-status";

/** One file after reading and checking (core/report/pipeline.ts). */
export type CheckedFile = CheckedSubmission;

export interface ImportLogEntry {
  file: string;
  /** the file's name as received, when `file` is a name made unique (the pane's "bc.xlsx [NB03]"): what letters show */
  name?: string;
  sha256: string | null;
  /** when the focal point imported the file, ISO date-time; given by the caller, never read from a clock here */
  importedAt: string;
}

export interface SummaryInput {
  plan: Plan;
  roster: RosterIndex;
  matrix: AssignmentMatrix;
  /** every file, current and superseded, in the order they were imported */
  checked: CheckedFile[];
  /** ISO date each file was received, by file name; defaults to the submission's own date */
  receivedOn?: Record<string, string>;
  /** ISO date the situation is judged at */
  asOf: string;
  /** the reporting period being consolidated, e.g. "2022" */
  period: string;
  imports?: ImportLogEntry[];
  /** the workbooks as read, so each current report sheet can be copied into the summary */
  sources?: WorkbookData[];
  /**
   * Files whose copy sheet the writer already holds, made while the file was checked (the CLI
   * keeps no grids): the summary names their sheet and links to it, and leaves the sheet empty.
   */
  preparedCopies?: ReadonlySet<string>;
  settings?: Partial<CheckSettings>;
}

export interface AgencyStanding {
  agency: Agency;
  current: CheckedFile | null;
  /** older files of the same agency and period, oldest first; kept as history */
  superseded: CheckedFile[];
  /** files of this agency that answer another plan or plan version (sai kế hoạch): listed, never consolidated */
  wrongPlan: CheckedFile[];
  receivedOn: string | null;
  /** when the agency first reported for the period (the current file or an earlier one it replaced): timeliness is judged on it */
  firstReceivedOn: string | null;
  due: string | null;
  timeliness: AgencyTimeliness;
  errors: CheckIssue[];
  warnings: CheckIssue[];
  /** task codes assigned to the agency, in plan order */
  assigned: string[];
  /** assigned task codes with a line that gives a status */
  covered: string[];
}

export interface AgencyOnTask {
  agency: Agency;
  role: Role;
  line: ReportLine | null;
  file: string | null;
  sheet: string | null;
  status: AssessedStatus;
}

export interface TaskStanding {
  task: Task;
  leads: AgencyOnTask[];
  others: AgencyOnTask[];
  /** the task's status over its leads (see `aggregate`) */
  assessed: AssessedStatus;
  leadsReported: number;
}

export type FileState =
  | { kind: "current" }
  | { kind: "superseded"; by: string }
  | { kind: "unreadable" }
  | { kind: "noAgency" }
  | { kind: "wrongPlan"; plan: string }
  | { kind: "otherPeriod"; period: string };

export interface Analysis {
  input: SummaryInput;
  settings: CheckSettings;
  /** agencies that must report, in roster order */
  agencies: AgencyStanding[];
  tasks: TaskStanding[];
  fileStates: Map<string, FileState>;
  receivedOf(file: string): string | null;
  /** true when nothing said when the file came in and its import date stands in (see receivedOf) */
  receivedFromImport(file: string): boolean;
  taskCounts: Record<AssessedStatus, number>;
  /** agencies by timeliness, errors and warnings: counted once here, read by every sheet */
  agencyCounts: AgencyCounts;
  focalName: string | null;
}

export function analyse(input: SummaryInput): Analysis {
  const settings: CheckSettings = { ...DEFAULT_SETTINGS, ...(input.settings ?? {}) };
  const { plan, roster, matrix } = input;
  const importDateOf = new Map<string, string>();
  for (const i of input.imports ?? [])
    if (isIsoDate(i.importedAt.slice(0, 10))) importDateOf.set(i.file, i.importedAt.slice(0, 10));
  const checkedOf = new Map(input.checked.map((c) => [c.file, c]));
  // The received date: given by the user, else the file's report date; when the file states none,
  // the day it was imported (a known upper bound; the log says so) rather than "on time" by default.
  const receivedInfo = (file: string): { date: string | null; fromImport: boolean } => {
    const given = input.receivedOn?.[file];
    if (given) return { date: given, fromImport: false };
    const sub = checkedOf.get(file)?.submission;
    const imported = importDateOf.get(file) ?? null;
    if (sub && !sub.reportDate && imported && (!sub.receivedOn || sub.receivedOn === imported))
      return { date: imported, fromImport: true };
    return { date: sub?.receivedOn ?? sub?.reportDate ?? null, fromImport: false };
  };
  const receivedOf = (file: string): string | null => receivedInfo(file).date;

  // Newest file per agency for the period wins (the checks' rule, latestByAgency); older ones
  // become history. Files for another plan or period, unreadable or of no known agency stay
  // out: a return for another plan is not a submission, whatever it holds.
  const fileStates = new Map<string, FileState>();
  const eligible: CheckedFile[] = [];
  const wrongPlanOf = new Map<string, CheckedFile[]>();
  for (const c of input.checked) {
    const s = c.submission;
    if (!s) fileStates.set(c.file, { kind: "unreadable" });
    else if (c.issues.some((i) => OTHER_PLAN_CODES.has(i.code))) {
      fileStates.set(c.file, { kind: "wrongPlan", plan: s.planNumber ?? "" });
      if (s.agencyId) wrongPlanOf.set(s.agencyId, [...(wrongPlanOf.get(s.agencyId) ?? []), c]);
    } else if (!s.agencyId) fileStates.set(c.file, { kind: "noAgency" });
    else if (s.period && s.period !== input.period) fileStates.set(c.file, { kind: "otherPeriod", period: s.period });
    else eligible.push({ ...c, submission: { ...s, receivedOn: receivedOf(c.file) } });
  }
  const { current: winners, superseded: losers } = latestByAgency(eligible);
  const currentOf = new Map<string, { current: CheckedFile; superseded: CheckedFile[] }>();
  for (const w of winners) {
    const original = checkedOf.get(w.file)!;
    currentOf.set(w.submission!.agencyId!, { current: original, superseded: [] });
    fileStates.set(w.file, { kind: "current" });
  }
  for (const l of losers) {
    const cur = currentOf.get(l.submission!.agencyId!)!;
    cur.superseded.push(checkedOf.get(l.file)!);
    fileStates.set(l.file, { kind: "superseded", by: cur.current.file });
  }

  // Who must report: the one rule of core/matrix (the agencies that were sent a template).
  const mustReport = new Set<string>(reportingAgencies(plan, matrix, roster));
  // An agency that sent something is listed even if not required: its report, or its return for another plan.
  for (const id of [...currentOf.keys(), ...wrongPlanOf.keys()]) mustReport.add(id);
  const ordered = roster.roster.agencies.filter((a) => mustReport.has(a.id));

  const taskByCode = new Map(plan.tasks.map((t) => [normCode(t.code), t]));
  const planCodes = plan.tasks.map((t) => normCode(t.code));
  // Everything below is looked up by agency, task or file through maps built once, so the
  // analysis stays linear in the number of agencies and files (a province's communes: thousands).
  const linesBySubmission = new Map<Submission, Map<string, ReportLine>>();
  const lineOf = (sub: Submission | null, code: string): ReportLine | null => {
    if (!sub) return null;
    let byCode = linesBySubmission.get(sub);
    if (!byCode) {
      // The first line with a status, else the first line, per task code.
      byCode = new Map();
      for (const l of sub.lines) {
        const c = normCode(l.taskCode);
        const prev = byCode.get(c);
        if (!prev || (prev.status === null && l.status !== null)) byCode.set(c, l);
      }
      linesBySubmission.set(sub, byCode);
    }
    return byCode.get(code) ?? null;
  };
  const assignedCodes = new Map<string, Set<string>>();
  const assignmentsByTask = new Map<string, AssignmentMatrix["assignments"]>();
  for (const as of matrix.assignments) {
    let codes = assignedCodes.get(as.agencyId);
    if (!codes) assignedCodes.set(as.agencyId, (codes = new Set()));
    const code = normCode(as.taskCode);
    codes.add(code);
    let list = assignmentsByTask.get(code);
    if (!list) assignmentsByTask.set(code, (list = []));
    list.push(as);
  }

  const agencies: AgencyStanding[] = ordered.map((agency) => {
    const cur = currentOf.get(agency.id);
    const current = cur?.current ?? null;
    const receivedOn = current ? receivedOf(current.file) : null;
    const obligation = obligationFor(plan, agency.id, roster);
    const dueInfo = obligation ? reportDue(obligation, input.period, settings) : null;
    // Timeliness is when the agency first reported for the period: a correction sent after the
    // deadline (often at the focal point's request) does not make an on-time report late. The
    // correction's own lateness stays a finding of that file (late-submission).
    const firstReceived = earliest([receivedOn, ...(cur?.superseded ?? []).map((f) => receivedOf(f.file))]);
    let timeliness: AgencyTimeliness;
    if (current) timeliness = !dueInfo || !firstReceived || firstReceived <= dueInfo.lastOnTime ? "onTime" : "late";
    else timeliness = dueInfo && input.asOf <= dueInfo.lastOnTime ? "notYetDue" : "missing";
    const assigned = assignedCodes.get(agency.id);
    const assignedOrdered = assigned ? planCodes.filter((c) => assigned.has(c)) : [];
    const covered = assignedOrdered.filter((c) => lineOf(current?.submission ?? null, c)?.status != null);
    return {
      agency,
      current,
      superseded: cur?.superseded ?? [],
      wrongPlan: wrongPlanOf.get(agency.id) ?? [],
      receivedOn,
      firstReceivedOn: firstReceived,
      due: dueInfo?.due ?? null,
      timeliness,
      errors: current?.issues.filter((i) => i.severity === "error") ?? [],
      warnings: current?.issues.filter((i) => i.severity === "warning") ?? [],
      assigned: assignedOrdered,
      covered,
    };
  });

  const agencyById = new Map(roster.roster.agencies.map((a) => [a.id, a]));
  const rosterIndex = new Map(roster.roster.agencies.map((a, i) => [a, i]));
  const tasks: TaskStanding[] = plan.tasks.map((task) => {
    const code = normCode(task.code);
    const onTask: AgencyOnTask[] = [];
    const seen = new Set<string>();
    for (const as of assignmentsByTask.get(code) ?? []) {
      const agency = agencyById.get(as.agencyId);
      if (!agency || seen.has(agency.id)) continue;
      seen.add(agency.id);
      const current = currentOf.get(agency.id)?.current ?? null;
      const line = lineOf(current?.submission ?? null, code);
      const status = assessLine(
        taskByCode.get(code) ?? task,
        line && line.status !== null ? line : null,
        input.asOf,
        settings,
      );
      onTask.push({
        agency,
        role: as.role,
        line,
        file: current?.file ?? null,
        sheet: current?.submission?.sheet ?? null,
        status,
      });
    }
    const rosterOrder = (x: AgencyOnTask) => rosterIndex.get(x.agency) ?? -1;
    onTask.sort((a, b) => rosterOrder(a) - rosterOrder(b));
    const leadsRaw = onTask.filter((x) => x.role === "CT" || x.role === "TH");
    const leads = leadsRaw.length > 0 ? leadsRaw : onTask;
    const isLead = new Set(leads);
    const others = onTask.filter((x) => !isLead.has(x));
    return {
      task,
      leads,
      others,
      assessed: aggregate(leads.map((l) => l.status)),
      leadsReported: leads.filter((l) => l.status !== "noReport").length,
    };
  });

  const taskCounts = Object.fromEntries(ASSESSED_ORDER.map((s) => [s, 0])) as Record<AssessedStatus, number>;
  for (const t of tasks) taskCounts[t.assessed]++;

  const focal = plan.focalPoint ? roster.agenciesFor(plan.focalPoint)[0] : undefined;
  return {
    input,
    settings,
    agencies,
    tasks,
    fileStates,
    receivedOf,
    receivedFromImport: (file) => receivedInfo(file).fromImport,
    taskCounts,
    agencyCounts: countAgencies(agencies),
    focalName: focal?.name ?? plan.focalPoint ?? null,
  };
}
