import type { Plan } from "./plan/model";
import { t } from "./i18n";
import { frequencyLabel } from "./plan/labels";
import type { AssignmentMatrix, Role } from "./matrix-model";
import type { Roster } from "./roster/model";
import type { CellStyle, OutRow, OutSheet } from "./sheet-model";
import { rosterToSheet } from "./roster/sheet";
import { obligationSheet, taskTableSheet } from "./plan/table";

export const MATRIX_SHEET = t("vi", "plan.sheet.matrix");

// Roles are not verdicts: no red or green here, those colours mean late and on time elsewhere.
const ROLE_STYLE: Record<Role, CellStyle> = { CT: "header", TH: "label", PH: "muted" };

/**
 * The sheets of step 1 (Kế hoạch): the plan's task table (the plan as the later steps read it,
 * see plan/table.ts), the tasks × agencies matrix, the editable roster and the reporting
 * obligations. Same content from the add-in and the CLI.
 */
export function planSheets(plan: Plan, matrix: AssignmentMatrix, roster: Roster): OutSheet[] {
  return [taskTableSheet(plan), matrixSheet(matrix), rosterToSheet(roster), obligationSheet(plan)];
}

function matrixSheet(matrix: AssignmentMatrix): OutSheet {
  const header = [
    t("vi", "plan.sheet.col.code"),
    t("vi", "plan.matrix.col.task"),
    ...matrix.agencies.map((a) => a.short),
    t("vi", "plan.matrix.col.open"),
    t("vi", "plan.matrix.col.deadline"),
    t("vi", "plan.sheet.col.frequency"),
  ];
  const rows: OutRow[] = [
    { cells: [t("vi", "plan.matrix.title")], style: "title" },
    { cells: header, style: "header" },
  ];
  const roleOf = new Map(matrix.assignments.map((a) => [`${a.taskCode}|${a.agencyId}`, a.role]));
  for (const t of matrix.tasks) {
    const roles = matrix.agencies.map((a) => roleOf.get(`${t.code}|${a.id}`) ?? null);
    rows.push({
      cells: [
        t.code,
        t.title,
        ...roles.map((r) => r ?? ""),
        (matrix.openCoordinators[t.code] ?? []).join("; "),
        t.deadlineText ?? "",
        t.frequency ? frequencyLabel(t.frequency) : "",
      ],
      cellStyles: [undefined, "wrap", ...roles.map((r) => (r ? ROLE_STYLE[r] : undefined))],
    });
  }
  if (matrix.unmatched.length > 0) {
    rows.push({ cells: [] });
    rows.push({ cells: [t("vi", "plan.matrix.unmatched")], style: "bad" });
    for (const u of matrix.unmatched) rows.push({ cells: [u.taskCode, u.name] });
  }
  return {
    name: MATRIX_SHEET,
    columns: [
      { width: 7 },
      { width: 50 },
      ...matrix.agencies.map(() => ({ width: 9 })),
      { width: 30 },
      { width: 26 },
      { width: 14 },
    ],
    rows,
    freeze: { rows: 2, cols: 2 },
    print: { landscape: true, fitToWidth: true },
  };
}
