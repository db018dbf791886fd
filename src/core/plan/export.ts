import type { Plan, Task } from "./model";
import type { AssignmentMatrix } from "../matrix-model";
import type { RosterIndex } from "../roster/match";
import { csvText } from "../csv-cell";

/**
 * The plan as the JSON other tools read (snake_case, as published in issue #2):
 * {"plan", "sections", "tasks", "reporting"} plus extra fields (canonical ids, shapes).
 */
export function planToJson(plan: Plan, roster?: RosterIndex, matrix?: AssignmentMatrix): unknown {
  const ids = (names: string[]) =>
    roster
      ? names.map((n) => {
          const m = roster.resolve(n);
          return m.kind === "agency" ? [m.agency.id] : m.kind === "group" ? m.members.map((a) => a.id) : [];
        })
      : undefined;
  return {
    plan: { ...plan.meta },
    sections: plan.sections.map((s) => ({ code: s.code, title: s.title })),
    tasks: plan.tasks.filter((t) => t.kind !== "duty").map(taskJson),
    agency_duties: plan.tasks.filter((t) => t.kind === "duty").map(taskJson),
    reporting: plan.reporting.map((r) => ({
      from: r.from,
      to: r.to,
      due_month_day: r.dueMonthDay,
      due_rule: r.dueRule,
      frequency: r.frequency,
      ad_hoc: r.adHoc,
      text: r.text,
    })),
    focal_point: plan.focalPoint,
    shapes: plan.shapes,
    ...(matrix ? { unmatched: matrix.unmatched } : {}),
  };

  function taskJson(t: Task) {
    return {
      code: t.code,
      section: t.section,
      title: t.title,
      text: t.text,
      lead: t.lead,
      coordinate: t.coordinate,
      implement: t.implement,
      deadline_text: t.deadlineText,
      deadline: t.deadline,
      frequency: t.frequency,
      product: t.product,
      kind: t.kind ?? "task",
      review: t.review ? { vi: "cần xem lại", reason: t.review } : null,
      ...(roster ? { lead_ids: ids(t.lead)?.flat(), coordinate_ids: ids(t.coordinate)?.flat() } : {}),
    };
  }
}

/** The matrix as CSV: one row per task, one column per agency (CT / PH / TH), then time columns. */
export function matrixToCsv(matrix: AssignmentMatrix): string {
  const head = [
    "Mã nhiệm vụ",
    "Nhiệm vụ",
    ...matrix.agencies.map((a) => a.short),
    "Đơn vị khác",
    "Thời hạn",
    "Hạn (ISO)",
    "Tần suất",
  ];
  const rows = matrix.tasks.map((t) => {
    const roles = matrix.agencies.map(
      (a) => matrix.assignments.find((x) => x.taskCode === t.code && x.agencyId === a.id)?.role ?? "",
    );
    return [
      t.code,
      t.title,
      ...roles,
      (matrix.openCoordinators[t.code] ?? []).join("; "),
      t.deadlineText ?? "",
      t.deadline ?? "",
      t.frequency ?? "",
    ];
  });
  return csvText([head, ...rows]);
}
