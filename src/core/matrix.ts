import type { Plan } from "./plan/model";
import type { RosterIndex } from "./roster/match";
import type { Assignment, AssignmentMatrix, Role } from "./matrix-model";

/** When one agency is named twice in a task (itself and through a group), the stronger role counts. */
const ROLE_RANK: Record<Role, number> = { CT: 3, TH: 2, PH: 1 };

function strongerRole(a: Role, b: Role): Role {
  return ROLE_RANK[a] >= ROLE_RANK[b] ? a : b;
}

// Strongest role per agency and task, built once per matrix: the checks ask for every line of
// every file, and a province's matrix holds thousands of assignments.
const ROLE_INDEX = new WeakMap<AssignmentMatrix, Map<string, Map<string, Role>>>();
const NO_ROLES: ReadonlyMap<string, Role> = new Map();

/** Each task's strongest role for an agency: task code → role. */
export function rolesOf(matrix: AssignmentMatrix, agencyId: string): ReadonlyMap<string, Role> {
  let index = ROLE_INDEX.get(matrix);
  if (!index) {
    index = new Map();
    for (const a of matrix.assignments) {
      let byTask = index.get(a.agencyId);
      if (!byTask) index.set(a.agencyId, (byTask = new Map()));
      const prev = byTask.get(a.taskCode);
      byTask.set(a.taskCode, prev === undefined ? a.role : strongerRole(prev, a.role));
    }
    ROLE_INDEX.set(matrix, index);
  }
  return index.get(agencyId) ?? NO_ROLES;
}

/** The strongest role an agency holds in a task (CT, then TH, then PH), or null. */
export function strongestRole(matrix: AssignmentMatrix, taskCode: string, agencyId: string): Role | null {
  return rolesOf(matrix, agencyId).get(taskCode) ?? null;
}

/**
 * Tasks × agencies from the plan's assignments, resolved through the roster: groups expand to
 * their members, open phrases are kept as written, unknown names are reported, never guessed.
 */
export function buildMatrix(plan: Plan, roster: RosterIndex): AssignmentMatrix {
  const assignments: Assignment[] = [];
  const openCoordinators: Record<string, string[]> = {};
  const unmatched: { taskCode: string; name: string }[] = [];
  const used = new Set<string>();

  for (const task of plan.tasks) {
    const roles = new Map<string, Assignment>();
    const give = (name: string, role: Role) => {
      const m = roster.resolve(name);
      if (m.kind === "open") {
        (openCoordinators[task.code] ??= []).push(name);
        return;
      }
      if (m.kind === "unknown") {
        unmatched.push({ taskCode: task.code, name });
        return;
      }
      const agencies = m.kind === "agency" ? [m.agency] : m.members;
      for (const a of agencies) {
        const prev = roles.get(a.id);
        if (!prev || ROLE_RANK[role] > ROLE_RANK[prev.role])
          roles.set(a.id, { taskCode: task.code, agencyId: a.id, role, via: name });
      }
    };
    for (const name of task.lead) give(name, task.implement.includes(name) ? "TH" : "CT");
    for (const name of task.coordinate) give(name, "PH");
    for (const a of roles.values()) {
      assignments.push(a);
      used.add(a.agencyId);
    }
  }

  return {
    tasks: plan.tasks.map(({ code, section, title, deadlineText, deadline, frequency }) => ({
      code,
      section,
      title,
      deadlineText,
      deadline,
      frequency,
    })),
    agencies: roster.roster.agencies.filter((a) => used.has(a.id)),
    assignments,
    openCoordinators,
    unmatched,
  };
}

/** The tasks an agency must report on: those it leads (CT) or implements (TH). */
export function tasksToReport(matrix: AssignmentMatrix, agencyId: string): string[] {
  return matrix.assignments.filter((a) => a.agencyId === agencyId && a.role !== "PH").map((a) => a.taskCode);
}

/**
 * Who must report — the one rule used by the templates, the demo, the add-in and the summary:
 * an agency the roster marks as reporting (and not external) that has at least one task in the
 * matrix, and either leads or implements a task (CT/TH) or is named among the senders of the
 * agencies' reporting obligation (the first one not sent by the focal point). An agency with no
 * task at all gets no template, so it cannot be chased for a report either.
 */
export function reportingAgencies(plan: Plan, matrix: AssignmentMatrix, roster: RosterIndex): string[] {
  const assigned = new Set(matrix.assignments.map((a) => a.agencyId));
  const ids = new Set(matrix.assignments.filter((a) => a.role !== "PH").map((a) => a.agencyId));
  const focal = plan.focalPoint ? roster.agenciesFor(plan.focalPoint).map((a) => a.id) : [];
  const first = plan.reporting.find(
    (r) => !r.from.some((f) => roster.agenciesFor(f).some((a) => focal.includes(a.id))),
  );
  for (const name of first?.from ?? []) for (const a of roster.agenciesFor(name)) ids.add(a.id);
  return roster.roster.agencies
    .filter((a) => ids.has(a.id) && assigned.has(a.id) && a.kind !== "external" && a.reports)
    .map((a) => a.id);
}
