/** Tổng hợp theo nhiệm vụ: one row per task, under its section, with what every agency reported. */
import { STATUS_LABELS, type ReportedStatus } from "../../template/layout";
import type { OutRow, OutSheet } from "../../sheet-model";
import { TAB_COLORS } from "../../palette";
import type { AgencyOnTask, Analysis, TaskStanding } from "../analyse";
import { specRow, tableSheet, type ColumnSpec } from "../sheet-spec";
import { STATUS_STYLE } from "../status-style";
import { assessedLabel, subtitle, tv } from "../wording";

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

/** "Sở KH&ĐT: text" lines for one column of every agency that wrote something. */
function perAgency(ts: TaskStanding, pick: (x: AgencyOnTask) => string): string {
  return [...ts.leads, ...ts.others]
    .filter((x) => x.line && pick(x).trim() !== "")
    .map((x) => `${x.agency.short}: ${pick(x).trim()}`)
    .join("\n");
}

function columns(a: Analysis): ColumnSpec<TaskStanding>[] {
  return [
    { key: "code", header: "summary.tasks.col.code", width: 7, value: (ts) => ts.task.code },
    { key: "content", header: "summary.tasks.col.content", width: 48, value: (ts) => ts.task.text || ts.task.title },
    {
      key: "lead",
      header: "summary.tasks.col.lead",
      width: 24,
      value: (ts) => ts.leads.map((l) => l.agency.short).join(", "),
    },
    {
      key: "coordinate",
      header: "summary.tasks.col.coordinate",
      width: 22,
      value: (ts) =>
        [...ts.others.map((o) => o.agency.short), ...(a.input.matrix.openCoordinators[ts.task.code] ?? [])].join(", "),
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
      width: 9,
      value: (ts) => `${ts.leadsReported}/${ts.leads.length}`,
    },
    {
      key: "result",
      header: "summary.tasks.col.result",
      width: 64,
      value: (ts) => perAgency(ts, (x) => x.line?.result ?? ""),
    },
    {
      key: "difficulties",
      header: "summary.tasks.col.difficulties",
      width: 48,
      value: (ts) => perAgency(ts, (x) => x.line?.difficulties ?? ""),
    },
    {
      key: "proposals",
      header: "summary.tasks.col.proposals",
      width: 42,
      value: (ts) => perAgency(ts, (x) => x.line?.proposals ?? ""),
    },
    {
      key: "source",
      header: "summary.tasks.col.source",
      width: 34,
      value: (ts) =>
        [...ts.leads, ...ts.others]
          .filter((x) => x.line && x.file)
          .map((x) =>
            tv("summary.tasks.source", {
              agency: x.agency.short,
              file: x.file,
              sheet: x.sheet ?? "",
              row: x.line!.row,
            }),
          )
          .join("\n"),
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
