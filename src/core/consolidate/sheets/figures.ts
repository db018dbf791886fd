/** Chỉ số: tasks by assessed status (with a chart) and agencies by timeliness, at a glance. */
import type { MessageKey } from "../../i18n";
import type { CellStyle, OutRow, OutSheet } from "../../sheet-model";
import { STATUS_CHART_COLORS, TAB_COLORS } from "../../palette";
import { type Analysis } from "../analyse";
import { ASSESSED_ORDER } from "../task-status";
import { STATUS_STYLE } from "../status-style";
import { assessedLabel, subtitle, tv } from "../wording";
import { internalLink } from "../links";
import { SUMMARY_SHEET_KEYS } from "../sheet-keys";

/** Rows the chart covers (its anchor's height): the list of sheets goes below it. */
const CHART_ROWS = 16;

export function figuresSheet(a: Analysis): OutSheet {
  const rows: OutRow[] = [
    { cells: [tv("summary.fig.title")], style: "title", height: 22 },
    { cells: [subtitle(a)], style: "subtitle" },
    { cells: [] },
    { cells: [tv("summary.fig.tasksHeader"), tv("summary.fig.count"), tv("summary.fig.share")], style: "header" },
  ];
  const total = a.tasks.length;
  const firstStatusRow = rows.length + 1;
  for (const s of ASSESSED_ORDER) {
    rows.push({
      cells: [assessedLabel(s), a.taskCounts[s], total > 0 ? a.taskCounts[s] / total : 0],
      cellStyles: [STATUS_STYLE[s], "number", "percent"],
    });
  }
  const lastStatusRow = rows.length;
  rows.push({ cells: [tv("summary.fig.tasksTotal"), total], cellStyles: ["label", "number"] });
  rows.push({ cells: [] });
  const n = a.agencyCounts;
  const share = (count: number) => (n.mustReport > 0 ? count / n.mustReport : 0);
  rows.push({
    cells: [tv("summary.fig.agenciesHeader"), tv("summary.fig.count"), tv("summary.fig.share")],
    style: "header",
  });
  const agencyRows: [MessageKey, number, CellStyle][] = [
    ["summary.fig.mustReport", n.mustReport, "label"],
    ["summary.fig.reported", n.reported, "text"],
    ["summary.fig.onTime", n.onTime, "good"],
    ["summary.fig.late", n.late, "warn"],
    ["summary.fig.missing", n.missing, "bad"],
    ["summary.fig.notYetDue", n.notYetDue, "neutral"],
    ["summary.fig.withErrors", n.withErrors, "bad"],
  ];
  for (const [k, count, style] of agencyRows)
    rows.push({ cells: [tv(k), count, share(count)], cellStyles: [style, "number", "percent"] });
  rows.push({ cells: [tv("summary.fig.errors"), n.errors], cellStyles: ["text", "number"] });
  rows.push({ cells: [tv("summary.fig.warnings"), n.warnings], cellStyles: ["text", "number"] });
  rows.push({ cells: [] });
  const chartRow = rows.length + 1;
  // The workbook opens here: below the chart, a link to each of the other summary sheets.
  for (let i = 0; i <= CHART_ROWS; i++) rows.push({ cells: [] });
  rows.push({ cells: [tv("summary.fig.sheetsHeader")], style: "header" });
  for (const key of SUMMARY_SHEET_KEYS.filter((k) => k !== "summary.sheet.figures"))
    rows.push({ cells: [{ link: internalLink({ sheet: tv(key), cell: "A1" }), text: tv(key) }] });
  return {
    name: tv("summary.sheet.figures"),
    columns: [{ width: 36 }, { width: 12 }, { width: 10 }, { width: 12 }, { width: 12 }],
    rows,
    merges: ["A1:E1", "A2:E2"],
    print: { landscape: false, fitToWidth: true },
    tabColor: TAB_COLORS.figures,
    // The workbook opens here: where the plan stands, at a glance.
    active: true,
    charts: [
      {
        type: "bar",
        title: tv("summary.fig.chartTitle"),
        categories: `A${firstStatusRow}:A${lastStatusRow}`,
        values: `B${firstStatusRow}:B${lastStatusRow}`,
        anchor: { cell: `A${chartRow}`, widthCols: 4, heightRows: CHART_ROWS },
        pointColors: ASSESSED_ORDER.map((s) => STATUS_CHART_COLORS[s]),
      },
    ],
  };
}
