/**
 * Tổng hợp theo nhiệm vụ: one row per task, under its section: how many agencies it has, how
 * many reported, finished or are overdue, and what its lead (chủ trì) wrote. What every agency
 * wrote is on `Chi tiết theo đơn vị`, one row each; a link goes to the task's first row there.
 * A task that all 29 agencies report on would otherwise pack 29 texts into one cell, far past
 * the 409 pt Excel gives a row.
 */
import { STATUS_LABELS, type ReportedStatus } from "../../template/layout";
import type { OutRow, OutSheet } from "../../sheet-model";
import { TAB_COLORS } from "../../palette";
import type { AgencyOnTask, Analysis, TaskStanding } from "../analyse";
import { firstDetailRows } from "../detail-rows";
import { fitList, fitText } from "../fit-text";
import { MAX_ROW_LINES, wrappedLines } from "../row-heights";
import { specRow, tableSheet, type ColumnSpec } from "../sheet-spec";
import { STATUS_STYLE } from "../status-style";
import { assessedLabel, subtitle, tv } from "../wording";

/** Lines the leads' words may take in a task's row: a row stays readable on one screen. */
export const LEAD_TEXT_LINES = 12;

function reportedLabel(ts: TaskStanding): string {
  const label = (x: AgencyOnTask) => (x.line?.status ? STATUS_LABELS[x.line.status] : tv("summary.tasks.noReport"));
  if (ts.leads.length === 1) return label(ts.leads[0]!);
  const counts = new Map<string, number>();
  for (const l of ts.leads) counts.set(label(l), (counts.get(label(l)) ?? 0) + 1);
  const order: string[] = [
    ...(Object.keys(STATUS_LABELS) as ReportedStatus[]).map((s) => STATUS_LABELS[s]),
    tv("summary.tasks.noReport"),
  ];
  return order
    .filter((k) => counts.has(k))
    .map((k) => `${k}: ${counts.get(k)}`)
    .join("; ");
}

/**
 * "Sở KH&ĐT: text" lines of the leads that wrote something, as many as fit in LEAD_TEXT_LINES
 * of the column, then how many more there are; the detail sheet has them all.
 */
export function leadText(ts: TaskStanding, pick: (x: AgencyOnTask) => string, width: number): string {
  const said = ts.leads.filter((x) => x.line && pick(x).trim() !== "");
  const shown: string[] = [];
  for (const [i, x] of said.entries()) {
    const rest = said.length - i - 1;
    const more = rest > 0 ? [tv("summary.tasks.moreLeads", { count: rest })] : [];
    const entry = `${x.agency.short}: ${pick(x).trim()}`;
    if (wrappedLines([...shown, entry, ...more].join("\n"), width) <= LEAD_TEXT_LINES) {
      shown.push(entry);
      continue;
    }
    if (shown.length === 0) {
      // the first lead's words alone are too long: cut them, pointing at the detail sheet
      const budget = LEAD_TEXT_LINES - (more.length > 0 ? wrappedLines(more[0]!, width) : 0);
      shown.push(fitText(entry, width, tv("summary.tasks.cut"), Math.max(2, budget)));
      return [...shown, ...more].join("\n");
    }
    return [...shown, tv("summary.tasks.moreLeads", { count: said.length - i })].join("\n");
  }
  return shown.join("\n");
}

function columns(a: Analysis): ColumnSpec<TaskStanding>[] {
  const firstRow = firstDetailRows(a);
  const all = (ts: TaskStanding) => [...ts.leads, ...ts.others];
  const count = (ts: TaskStanding, f: (x: AgencyOnTask) => boolean) => all(ts).filter(f).length;
  const lead = (key: "result" | "difficulties" | "proposals", width: number): ColumnSpec<TaskStanding> => ({
    key,
    header: `summary.tasks.col.${key}`,
    width,
    value: (ts) => leadText(ts, (x) => x.line?.[key] ?? "", width),
  });
  return [
    { key: "code", header: "summary.tasks.col.code", width: 7, value: (ts) => ts.task.code },
    {
      key: "content",
      header: "summary.tasks.col.content",
      width: 48,
      value: (ts) => fitText(ts.task.text || ts.task.title, 48, tv("summary.tasks.cutPlan"), MAX_ROW_LINES),
    },
    {
      key: "lead",
      header: "summary.tasks.col.lead",
      width: 24,
      value: (ts) =>
        fitList(
          ts.leads.map((l) => l.agency.short),
          24,
          tv("summary.tasks.cut"),
          LEAD_TEXT_LINES,
        ),
    },
    {
      key: "coordinate",
      header: "summary.tasks.col.coordinate",
      width: 22,
      value: (ts) =>
        fitList(
          [...ts.others.map((o) => o.agency.short), ...(a.input.matrix.openCoordinators[ts.task.code] ?? [])],
          22,
          tv("summary.tasks.cut"),
          LEAD_TEXT_LINES,
        ),
    },
    {
      key: "deadline",
      header: "summary.tasks.col.deadline",
      width: 16,
      style: (ts) => (ts.task.deadline ? "date" : "wrap"),
      value: (ts) =>
        ts.task.deadline ? { date: ts.task.deadline } : (ts.task.deadlineText ?? tv("summary.tasks.deadlineNone")),
    },
    { key: "reported", header: "summary.tasks.col.reported", width: 18, value: reportedLabel },
    {
      key: "assessed",
      header: "summary.tasks.col.assessed",
      width: 16,
      style: (ts) => STATUS_STYLE[ts.assessed],
      value: (ts) => assessedLabel(ts.assessed),
    },
    {
      key: "leadsReported",
      header: "summary.tasks.col.leadsReported",
      width: 11,
      value: (ts) => `${ts.leadsReported}/${ts.leads.length}`,
    },
    {
      key: "assigned",
      header: "summary.tasks.col.assigned",
      width: 10,
      style: "number",
      value: (ts) => all(ts).length,
    },
    {
      key: "reportedCount",
      header: "summary.tasks.col.reportedCount",
      width: 10,
      style: "number",
      value: (ts) => count(ts, (x) => x.status !== "noReport"),
    },
    {
      key: "done",
      header: "summary.tasks.col.done",
      width: 10,
      style: "number",
      value: (ts) => count(ts, (x) => x.status === "doneOnTime" || x.status === "doneLate"),
    },
    {
      key: "behind",
      header: "summary.tasks.col.behind",
      width: 9,
      style: (ts) => (count(ts, (x) => x.status === "overdue") > 0 ? "bad" : "number"),
      value: (ts) => count(ts, (x) => x.status === "overdue"),
    },
    lead("result", 56),
    lead("difficulties", 40),
    lead("proposals", 36),
    {
      key: "detail",
      header: "summary.tasks.col.detail",
      width: 14,
      value: (ts) => (firstRow.has(ts) ? tv("summary.tasks.detailLink", { count: all(ts).length }) : ""),
      link: (ts) => {
        const row = firstRow.get(ts);
        return row === undefined ? null : { sheet: tv("summary.sheet.detail"), cell: `A${row}` };
      },
    },
  ];
}

export function tasksSheet(a: Analysis): OutSheet {
  const cols = columns(a);
  const sections = new Map(a.input.plan.sections.map((s) => [s.code, s.title]));
  const body: OutRow[] = [];
  let lastSection: string | null = null;
  a.tasks.forEach((ts, i) => {
    const section = ts.task.section;
    if (section !== lastSection && sections.has(section)) {
      body.push({ cells: [section, sections.get(section)!], style: "label" });
      lastSection = section;
    }
    body.push(specRow(cols, ts, i, "wrap"));
  });
  return tableSheet({
    name: tv("summary.sheet.tasks"),
    title: tv("summary.tasks.title"),
    subtitle: subtitle(a),
    columns: cols,
    body,
    freezeCols: 2,
    autoFilter: "body",
    tabColor: TAB_COLORS.tables,
  });
}
