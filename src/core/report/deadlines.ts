/**
 * The last day that still counts as on time, for a task and for a submission. The plan's
 * "trước ngày D" is read strictly (D is already late) unless the setting says otherwise;
 * "chậm nhất ngày D" always makes D the last good day.
 */
import type { Plan, ReportingObligation, Task } from "../plan/model";
import { findStatedDate } from "../plan/time";
import { addDays, isIsoDate } from "../dates";
import { agencyIdsFor, type RosterIndex } from "../roster/match";
import { DEFAULT_SETTINGS, type CheckSettings } from "./context";

/** The last on-time day of a task with a dated deadline; null for ongoing/annual tasks. */
export function lastOnTimeDay(
  task: Pick<Task, "deadline" | "deadlineText">,
  settings: CheckSettings = DEFAULT_SETTINGS,
): string | null {
  if (!task.deadline || !isIsoDate(task.deadline)) return null;
  return ruleOf(task.deadlineText) === "before" && settings.dueDayIsLate ? addDays(task.deadline, -1) : task.deadline;
}

// Every line of every file asks about the same few time phrases.
const RULES = new Map<string, "before" | "by">();

/** How the plan states a deadline: "trước ngày D" (before) or "chậm nhất ngày D"/a bare date (by). */
export function ruleOf(deadlineText: string | null): "before" | "by" {
  if (!deadlineText) return "by";
  let rule = RULES.get(deadlineText);
  if (rule === undefined) {
    rule = findStatedDate(deadlineText)?.rule ?? "by";
    if (RULES.size >= 1000) RULES.clear();
    RULES.set(deadlineText, rule);
  }
  return rule;
}

/**
 * The obligation an agency's report falls under: one that it sends, to the plan's focal
 * point, with a due day. 4587 has two (agencies → Sở LĐTBXH by 15/11; Sở LĐTBXH → UBND tỉnh
 * by 10/12): a department's report to the focal point is the first.
 */
// Per plan and roster, the answer for each agency: resolving names is the costly part.
const OBLIGATIONS = new WeakMap<Plan, WeakMap<RosterIndex, Map<string | null, ReportingObligation | null>>>();

export function obligationFor(plan: Plan, agencyId: string | null, roster: RosterIndex): ReportingObligation | null {
  let byRoster = OBLIGATIONS.get(plan);
  if (!byRoster) OBLIGATIONS.set(plan, (byRoster = new WeakMap()));
  let byAgency = byRoster.get(roster);
  if (!byAgency) byRoster.set(roster, (byAgency = new Map()));
  if (!byAgency.has(agencyId)) byAgency.set(agencyId, findObligation(plan, agencyId, roster));
  return byAgency.get(agencyId) ?? null;
}

function findObligation(plan: Plan, agencyId: string | null, roster: RosterIndex): ReportingObligation | null {
  const dated = plan.reporting.filter((o) => o.dueMonthDay !== null && /^\d{2}-\d{2}$/.test(o.dueMonthDay));
  if (dated.length === 0) return null;
  const focal = plan.focalPoint ? roster.agenciesFor(plan.focalPoint).map((a) => a.id) : [];
  // Set lookups: a group of senders can hold thousands of communes, and this runs once per agency.
  const sends = (o: ReportingObligation) =>
    agencyId !== null && o.from.some((n) => agencyIdsFor(roster, n).has(agencyId));
  const toFocal = (o: ReportingObligation) => o.to.some((n) => focal.some((id) => agencyIdsFor(roster, n).has(id)));
  return dated.find((o) => sends(o) && toFocal(o)) ?? dated.find(sends) ?? dated.find(toFocal) ?? dated[0]!;
}

/** The report's due day D for a year and the last on-time day, or null when the plan gives none. */
export function reportDue(
  obligation: ReportingObligation,
  year: string,
  settings: CheckSettings = DEFAULT_SETTINGS,
): { due: string; lastOnTime: string } | null {
  const due = `${year}-${obligation.dueMonthDay}`;
  if (!isIsoDate(due)) return null;
  const strict = obligation.dueRule !== "by" && settings.dueDayIsLate;
  return { due, lastOnTime: strict ? addDays(due, -1) : due };
}
