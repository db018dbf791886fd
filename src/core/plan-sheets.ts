import type { Frequency, Plan, ReportingObligation } from "./plan/model";
import type { AssignmentMatrix, Role } from "./matrix-model";
import type { Roster } from "./roster/model";
import type { CellStyle, OutRow, OutSheet } from "./sheet-model";
import { rosterToSheet } from "./roster/sheet";
import { formatDateVi } from "./dates";
import { t } from "./i18n";

export const PLAN_SHEET = t("vi", "plan.sheet.plan");
export const MATRIX_SHEET = t("vi", "plan.sheet.matrix");

// Roles are not verdicts: no red or green here, those colours mean late and on time elsewhere.
const ROLE_STYLE: Record<Role, CellStyle> = { CT: "header", TH: "label", PH: "muted" };

/**
 * The three sheets of step 1 (Kế hoạch): the plan's tasks with their assignments, the
 * tasks × agencies matrix, and the editable roster. Same content from the add-in and the CLI.
 */
export function planSheets(plan: Plan, matrix: AssignmentMatrix, roster: Roster): OutSheet[] {
  return [planSheet(plan), matrixSheet(matrix), rosterToSheet(roster)];
}

function planSheet(plan: Plan): OutSheet {
  const m = plan.meta;
  const rows: OutRow[] = [
    {
      cells: [
        m.date
          ? t("vi", "plan.sheet.titleWithDate", { number: m.number ?? "—", date: formatDateVi(m.date) })
          : t("vi", "plan.sheet.title", { number: m.number ?? "—" }),
      ],
      style: "title",
    },
    { cells: [m.title ?? ""], style: "subtitle" },
    { cells: [t("vi", "plan.sheet.issuer"), m.issuer ?? ""], cellStyles: ["label"] },
    { cells: [t("vi", "plan.sheet.signer"), m.signer ?? ""], cellStyles: ["label"] },
    { cells: [t("vi", "plan.sheet.focal"), plan.focalPoint ?? ""], cellStyles: ["label"] },
    ...plan.reporting.map((r): OutRow => ({
      cells: [t("vi", "plan.sheet.reporting"), reportingSentence(r)],
      cellStyles: ["label", "wrap"],
    })),
    { cells: [] },
    {
      cells: (
        ["code", "section", "content", "lead", "coordinate", "deadlineText", "deadline", "frequency"] as const
      ).map((k) => t("vi", `plan.sheet.col.${k}`)),
      style: "header",
    },
  ];
  const headerRow = rows.length;
  for (const t of plan.tasks) {
    rows.push({
      cells: [
        t.code,
        t.section,
        t.text,
        t.lead.join("; "),
        t.coordinate.join("; "),
        t.deadlineText ?? "",
        t.deadline ? { date: t.deadline } : null,
        t.frequency ? frequencyLabel(t.frequency) : "",
      ],
      style: "wrap",
    });
  }
  return {
    name: PLAN_SHEET,
    columns: [
      { width: 7 },
      { width: 7 },
      { width: 70 },
      { width: 34 },
      { width: 34 },
      { width: 26 },
      { width: 12 },
      { width: 16 },
    ],
    rows,
    freeze: { rows: headerRow, cols: 1 },
    autoFilter: `A${headerRow}:H${rows.length}`,
    print: { landscape: true, fitToWidth: true },
  };
}

/** "Các sở, ban, ngành …; UBND các huyện … → Sở LĐTBXH: trước ngày 15/11 hằng năm và đột xuất khi có yêu cầu" */
function reportingSentence(r: ReportingObligation): string {
  const day = r.dueMonthDay?.split("-").reverse().join("/");
  const when = day
    ? t("vi", r.dueRule === "by" ? "plan.due.by" : "plan.due.before", { day })
    : t("vi", "plan.sheet.due.periodic");
  const every = r.frequency && r.frequency !== "once" ? ` ${frequencyLabel(r.frequency).toLocaleLowerCase("vi")}` : "";
  return `${r.from.join("; ")} → ${r.to.join("; ")}: ${when}${every}${r.adHoc ? t("vi", "plan.sheet.adHoc") : ""}`;
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

function frequencyLabel(f: Frequency): string {
  return t("vi", `plan.frequency.${f}`);
}
