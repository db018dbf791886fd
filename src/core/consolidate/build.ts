/**
 * The consolidated summary workbook (bảng tổng hợp) as writer-neutral sheets: the CLI writes
 * them with ExcelJS, the add-in with Office.js, so both produce the same content.
 *
 * Deterministic: no clock is read here; the as-of date and import times come from the input.
 * Every string that came from a submission goes out as a plain string (OutSheet strings are
 * always literal), so "=HYPERLINK(…)" or "+84…" stays the text the agency typed.
 */
import { t, type MessageKey, type Params } from "../i18n";
import { formatIssue } from "../report/summary";
import type { AssessedStatus, CheckIssue, Severity } from "../report/model";
import { ASSESSED_LABELS } from "../report/model";
import { STATUS_LABELS, type ReportedStatus } from "../template/layout";
import type { CellStyle, OutRow, OutSheet, OutValue } from "../sheet-model";
import { cellAddress, parseAddress, quoteSheetName, type WorkbookData } from "../grid";
import { formatDateVi } from "../dates";
import { assertNever } from "../errors";
import {
  analyse,
  ASSESSED_ORDER,
  type AgencyOnTask,
  type AgencyStanding,
  type Analysis,
  type SummaryInput,
  type TaskStanding,
} from "./analyse";
import { copyOfSheet, uniqueSheetName } from "./copies";
import { draftBody, fittedMailto, type MailDraft } from "./mailto";
import { fitRowHeights } from "./row-heights";
import { splitWideSheet } from "./split-wide";

export type { SummaryInput, CheckedFile, ImportLogEntry } from "./analyse";

const tv = (key: MessageKey, params?: Params) => t("vi", key, params);

/** The sheet names the product generates (the summary's own, without the copies). */
export const SUMMARY_SHEET_KEYS = [
  "summary.sheet.tasks",
  "summary.sheet.submissions",
  "summary.sheet.matrix",
  "summary.sheet.figures",
  "summary.sheet.issues",
  "summary.sheet.reminders",
  "summary.sheet.report",
  "summary.sheet.log",
] as const satisfies readonly MessageKey[];

export function summarySheetNames(): string[] {
  return SUMMARY_SHEET_KEYS.map((k) => tv(k));
}

export const STATUS_STYLE: Record<AssessedStatus, CellStyle> = {
  doneOnTime: "good",
  doneLate: "warn",
  inProgressOnTime: "warn",
  overdue: "bad",
  ongoing: "info",
  noReport: "neutral",
};

/** Chart colours matching STATUS_STYLE fills, a shade darker so bars stand out. */
const STATUS_CHART_COLOR: Record<AssessedStatus, string> = {
  doneOnTime: "70AD47",
  doneLate: "ED7D31",
  inProgressOnTime: "FFC000",
  overdue: "C00000",
  ongoing: "5B9BD5",
  noReport: "A5A5A5",
};

function dateOut(iso: string | null): OutValue {
  return iso ? { date: iso } : null;
}

function planNumber(a: Analysis): string {
  return a.input.plan.meta.number ?? "";
}

function subtitle(a: Analysis): string {
  return tv("summary.subtitle", { plan: planNumber(a), period: a.input.period, asOf: formatDateVi(a.input.asOf) });
}

/** Title row, subtitle row, an empty row, then the header: data starts on row 5. */
function headed(title: string, a: Analysis, header: string[]): OutRow[] {
  return [
    { cells: [title], style: "title", height: 22 },
    { cells: [subtitle(a)], style: "subtitle" },
    { cells: [] },
    { cells: header, style: "header", height: 32 },
  ];
}
const HEADER_ROWS = 4;

/** The checks' own wording of an issue (core/report/summary.ts), in Vietnamese. */
function issueMessage(issue: CheckIssue): string {
  return formatIssue(issue, "vi");
}

function severityLabel(s: Severity): string {
  switch (s) {
    case "error":
      return tv("summary.severity.error");
    case "warning":
      return tv("summary.severity.warning");
    case "info":
      return tv("summary.severity.info");
    default:
      return assertNever(s);
  }
}

function timelinessLabel(st: AgencyStanding): { text: string; style: CellStyle } {
  switch (st.timeliness) {
    case "onTime":
      return { text: tv("summary.timeliness.onTime"), style: "good" };
    case "late":
      return { text: tv("summary.timeliness.late"), style: "warn" };
    case "missing":
      return { text: tv("summary.timeliness.missing"), style: "bad" };
    case "notYetDue":
      return { text: tv("summary.timeliness.notYetDue"), style: "neutral" };
    default:
      return assertNever(st.timeliness);
  }
}

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

function tasksSheet(a: Analysis): OutSheet {
  const header = [
    "summary.tasks.col.code",
    "summary.tasks.col.content",
    "summary.tasks.col.lead",
    "summary.tasks.col.coordinate",
    "summary.tasks.col.deadline",
    "summary.tasks.col.reported",
    "summary.tasks.col.assessed",
    "summary.tasks.col.leadsReported",
    "summary.tasks.col.result",
    "summary.tasks.col.difficulties",
    "summary.tasks.col.proposals",
    "summary.tasks.col.source",
  ] as const;
  const rows = headed(
    tv("summary.tasks.title"),
    a,
    header.map((k) => tv(k)),
  );
  const sections = new Map(a.input.plan.sections.map((s) => [s.code, s.title]));
  let lastSection: string | null = null;
  for (const ts of a.tasks) {
    const task = ts.task;
    if (task.section !== lastSection && sections.has(task.section)) {
      rows.push({ cells: [task.section, sections.get(task.section)!], style: "label" });
      lastSection = task.section;
    }
    const open = a.input.matrix.openCoordinators[task.code] ?? [];
    const sources = [...ts.leads, ...ts.others]
      .filter((x) => x.line && x.file)
      .map((x) =>
        tv("summary.tasks.source", { agency: x.agency.short, file: x.file, sheet: x.sheet ?? "", row: x.line!.row }),
      );
    rows.push({
      cells: [
        task.code,
        task.text || task.title,
        ts.leads.map((l) => l.agency.short).join(", "),
        [...ts.others.map((o) => o.agency.short), ...open].join(", "),
        task.deadline ? { date: task.deadline } : (task.deadlineText ?? tv("summary.tasks.deadlineNone")),
        reportedLabel(ts),
        ASSESSED_LABELS[ts.assessed],
        `${ts.leadsReported}/${ts.leads.length}`,
        perAgency(ts, (x) => x.line?.result ?? ""),
        perAgency(ts, (x) => x.line?.difficulties ?? ""),
        perAgency(ts, (x) => x.line?.proposals ?? ""),
        sources.join("\n"),
      ],
      style: "wrap",
      cellStyles: [
        undefined,
        undefined,
        undefined,
        undefined,
        task.deadline ? "date" : "wrap",
        undefined,
        STATUS_STYLE[ts.assessed],
      ],
    });
  }
  return {
    name: tv("summary.sheet.tasks"),
    columns: [7, 48, 24, 22, 16, 18, 16, 9, 64, 48, 42, 34].map((width) => ({ width })),
    rows,
    freeze: { rows: HEADER_ROWS, cols: 2 },
    merges: ["A1:L1", "A2:L2"],
    autoFilter: `A${HEADER_ROWS}:L${rows.length}`,
    print: { landscape: true, fitToWidth: true },
    tabColor: "1F4E78",
  };
}

function submissionsSheet(a: Analysis, copyNames: Map<string, string>): OutSheet {
  const header = [
    "summary.subs.col.no",
    "summary.subs.col.agency",
    "summary.subs.col.submitted",
    "summary.subs.col.file",
    "summary.subs.col.received",
    "summary.subs.col.timeliness",
    "summary.subs.col.errors",
    "summary.subs.col.warnings",
    "summary.subs.col.covered",
    "summary.subs.col.assigned",
    "summary.subs.col.notes",
  ] as const;
  const rows = headed(
    tv("summary.subs.title"),
    a,
    header.map((k) => tv(k)),
  );
  a.agencies.forEach((st, i) => {
    const tl = timelinessLabel(st);
    const copy = st.current ? copyNames.get(st.current.file) : undefined;
    const file: OutValue = st.current
      ? copy
        ? { link: internalLink(copy, "A1"), text: st.current.file }
        : st.current.file
      : null;
    const notes = [
      st.superseded.length > 0 ? tv("summary.subs.superseded", { count: st.superseded.length }) : "",
      st.due ? tv("summary.subs.due", { due: formatDateVi(st.due) }) : "",
    ].filter((s) => s !== "");
    rows.push({
      cells: [
        i + 1,
        st.agency.name,
        st.current ? tv("summary.subs.yes") : tv("summary.subs.no"),
        file,
        dateOut(st.receivedOn),
        tl.text,
        st.errors.length,
        st.warnings.length,
        st.covered.length,
        st.assigned.length,
        notes.join("; "),
      ],
      style: "text",
      cellStyles: [
        "number",
        "wrap",
        undefined,
        undefined,
        "date",
        tl.style,
        st.errors.length > 0 ? "bad" : "number",
        st.warnings.length > 0 ? "warn" : "number",
        st.covered.length < st.assigned.length ? "warn" : "number",
        "number",
        "wrap",
      ],
    });
  });
  return {
    name: tv("summary.sheet.submissions"),
    columns: [6, 42, 8, 46, 12, 16, 8, 10, 12, 12, 30].map((width) => ({ width })),
    rows,
    freeze: { rows: HEADER_ROWS, cols: 2 },
    merges: ["A1:K1", "A2:K2"],
    autoFilter: `A${HEADER_ROWS}:K${rows.length}`,
    print: { landscape: true, fitToWidth: true },
    tabColor: "1F4E78",
  };
}

/** Short task titles keep the matrix one line a task. */
const MATRIX_TITLE_MAX = 56;

function shortTitle(title: string): string {
  const chars = Array.from(title);
  return chars.length <= MATRIX_TITLE_MAX
    ? title
    : chars
        .slice(0, MATRIX_TITLE_MAX - 1)
        .join("")
        .trimEnd() + "…";
}

/**
 * Tasks down, agencies across. A cell holds the agency's role (CT/PH/TH) and its colour is the
 * assessed status, so thirty agencies fit on one landscape page; agency names run upwards.
 */
function matrixSheet(a: Analysis): OutSheet {
  const agencies = a.input.matrix.agencies;
  const header = [tv("summary.tasks.col.code"), tv("summary.matrix.col.task"), ...agencies.map((ag) => ag.short)];
  const rows = headed(tv("summary.matrix.title"), a, header);
  rows[HEADER_ROWS - 1] = {
    ...rows[HEADER_ROWS - 1]!,
    height: 96,
    cellLayout: header.map((_, i) => (i >= 2 ? { rotate: 90 as const, center: true } : undefined)),
  };
  for (const ts of a.tasks) {
    const on = new Map([...ts.leads, ...ts.others].map((x) => [x.agency.id, x]));
    const cells: OutValue[] = [ts.task.code, shortTitle(ts.task.title)];
    const styles: (CellStyle | undefined)[] = ["text", STATUS_STYLE[ts.assessed]];
    for (const ag of agencies) {
      const x = on.get(ag.id);
      cells.push(x ? x.role : null);
      styles.push(x ? STATUS_STYLE[x.status] : "text");
    }
    rows.push({ cells, cellStyles: styles, cellLayout: cells.map((_, i) => (i >= 2 ? { center: true } : undefined)) });
  }
  rows.push({ cells: [] });
  rows.push({ cells: [null, tv("summary.matrix.legend")], style: "muted" });
  for (const s of ASSESSED_ORDER) {
    rows.push({ cells: [null, ASSESSED_LABELS[s]], cellStyles: [undefined, STATUS_STYLE[s]] });
  }
  const lastCol = cellAddress(0, header.length - 1).replace(/\d+$/, "");
  return {
    name: tv("summary.sheet.matrix"),
    columns: [{ width: 6 }, { width: 56 }, ...agencies.map(() => ({ width: 4.5 }))],
    rows,
    freeze: { rows: HEADER_ROWS, cols: 2 },
    merges: [`A1:${lastCol}1`, `A2:${lastCol}2`],
    print: { landscape: true, fitToWidth: true },
    tabColor: "1F4E78",
  };
}

function figuresSheet(a: Analysis): OutSheet {
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
      cells: [ASSESSED_LABELS[s], a.taskCounts[s], total > 0 ? a.taskCounts[s] / total : 0],
      cellStyles: [STATUS_STYLE[s], "number", "percent"],
    });
  }
  const lastStatusRow = rows.length;
  rows.push({ cells: [tv("summary.fig.tasksTotal"), total], cellStyles: ["label", "number"] });
  rows.push({ cells: [] });
  const must = a.agencies.length;
  const count = (f: (s: AgencyStanding) => boolean) => a.agencies.filter(f).length;
  const reported = count((s) => s.current !== null);
  const share = (n: number) => (must > 0 ? n / must : 0);
  const errorsTotal = a.agencies.reduce((n, s) => n + s.errors.length, 0);
  const warningsTotal = a.agencies.reduce((n, s) => n + s.warnings.length, 0);
  rows.push({
    cells: [tv("summary.fig.agenciesHeader"), tv("summary.fig.count"), tv("summary.fig.share")],
    style: "header",
  });
  const agencyRows: [MessageKey, number, CellStyle][] = [
    ["summary.fig.mustReport", must, "label"],
    ["summary.fig.reported", reported, "text"],
    ["summary.fig.onTime", count((s) => s.timeliness === "onTime"), "good"],
    ["summary.fig.late", count((s) => s.timeliness === "late"), "warn"],
    ["summary.fig.missing", count((s) => s.timeliness === "missing"), "bad"],
    ["summary.fig.notYetDue", count((s) => s.timeliness === "notYetDue"), "neutral"],
    ["summary.fig.withErrors", count((s) => s.errors.length > 0), "bad"],
  ];
  for (const [k, n, style] of agencyRows)
    rows.push({ cells: [tv(k), n, share(n)], cellStyles: [style, "number", "percent"] });
  rows.push({ cells: [tv("summary.fig.errors"), errorsTotal], cellStyles: ["text", "number"] });
  rows.push({ cells: [tv("summary.fig.warnings"), warningsTotal], cellStyles: ["text", "number"] });
  rows.push({ cells: [] });
  const chartRow = rows.length + 1;
  return {
    name: tv("summary.sheet.figures"),
    columns: [{ width: 36 }, { width: 12 }, { width: 10 }, { width: 12 }, { width: 12 }],
    rows,
    merges: ["A1:E1", "A2:E2"],
    print: { landscape: false, fitToWidth: true },
    tabColor: "C00000",
    // The workbook opens here: where the plan stands, at a glance.
    active: true,
    charts: [
      {
        type: "bar",
        title: tv("summary.fig.chartTitle"),
        categories: `A${firstStatusRow}:A${lastStatusRow}`,
        values: `B${firstStatusRow}:B${lastStatusRow}`,
        anchor: { cell: `A${chartRow}`, widthCols: 4, heightRows: 16 },
        pointColors: ASSESSED_ORDER.map((s) => STATUS_CHART_COLOR[s]),
      },
    ],
  };
}

/** `#'Sheet name'!A1`, with apostrophes in the name doubled as Excel wants. */
export function internalLink(sheet: string, cell: string): string {
  return `#${quoteSheetName(sheet)}!${cell}`;
}

function issueOrder(a: CheckIssue, b: CheckIssue): number {
  const sev: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  const pos = (i: CheckIssue) => parseAddress(i.cell ?? "") ?? { row: -1, col: -1 };
  return (
    sev[a.severity] - sev[b.severity] ||
    a.file.localeCompare(b.file) ||
    pos(a).row - pos(b).row ||
    pos(a).col - pos(b).col ||
    a.code.localeCompare(b.code)
  );
}

/**
 * Issues of every file except superseded ones (history: their issues no longer apply), and
 * without the note that a file was identified by its template's metadata, which is the normal
 * case and would bury the real findings; other ways of identifying a file stay listed.
 */
function liveIssues(a: Analysis): CheckIssue[] {
  return a.input.checked
    .filter((c) => a.fileStates.get(c.file)?.kind !== "superseded")
    .flatMap((c) => c.issues)
    .filter((i) => !(i.code === "identified-by" && i.params.source === "metadata"));
}

function issuesSheet(a: Analysis, copyNames: Map<string, string>): OutSheet {
  const header = [
    "summary.issues.col.no",
    "summary.issues.col.severity",
    "summary.issues.col.agency",
    "summary.issues.col.file",
    "summary.issues.col.sheet",
    "summary.issues.col.cell",
    "summary.issues.col.value",
    "summary.issues.col.message",
  ] as const;
  const rows = headed(
    tv("summary.issues.title"),
    a,
    header.map((k) => tv(k)),
  );
  const issues = [...liveIssues(a)].sort(issueOrder);
  const reportSheetOf = new Map(a.input.checked.map((c) => [c.file, c.submission?.sheet ?? null]));
  issues.forEach((issue, i) => {
    const agency = issue.agency
      ? (a.input.roster.byId(issue.agency)?.short ?? issue.agency)
      : tv("summary.issues.unknownAgency");
    const copy = copyNames.get(issue.file);
    const linkable = copy && issue.cell && issue.sheet === reportSheetOf.get(issue.file) && parseAddress(issue.cell);
    const cell: OutValue = linkable ? { link: internalLink(copy, issue.cell!), text: issue.cell! } : (issue.cell ?? "");
    const sevStyle: CellStyle = issue.severity === "error" ? "bad" : issue.severity === "warning" ? "warn" : "info";
    rows.push({
      cells: [
        i + 1,
        severityLabel(issue.severity),
        agency,
        issue.file,
        issue.sheet ?? "",
        cell,
        issue.value ?? "",
        issueMessage(issue),
      ],
      style: "wrap",
      cellStyles: ["number", sevStyle],
    });
  });
  if (issues.length === 0) rows.push({ cells: [null, tv("summary.issues.none")], style: "muted" });
  return {
    name: tv("summary.sheet.issues"),
    columns: [6, 10, 18, 30, 14, 8, 28, 60].map((width) => ({ width })),
    rows,
    freeze: { rows: HEADER_ROWS, cols: 0 },
    merges: ["A1:H1", "A2:H2"],
    autoFilter: `A${HEADER_ROWS}:H${Math.max(rows.length, HEADER_ROWS + 1)}`,
    print: { landscape: true, fitToWidth: true },
    tabColor: "ED7D31",
  };
}

interface Reminder {
  standing: AgencyStanding;
  reasons: string[];
  subject: string;
  draft: MailDraft;
}

function focalName(a: Analysis): string {
  return a.focalName ?? tv("summary.focalDefault");
}

/** One reminder per agency that is missing, sent errors, or left assigned tasks out. */
export function reminders(a: Analysis): Reminder[] {
  const plan = planNumber(a);
  const out: Reminder[] = [];
  for (const st of a.agencies) {
    const greeting = tv("summary.rem.greeting", { agency: st.agency.name });
    const more = (count: number) => tv("summary.rem.body.more", { count });
    const outro = ["", tv("summary.rem.signoff"), focalName(a)];
    if (st.timeliness === "missing") {
      out.push({
        standing: st,
        reasons: [tv("summary.rem.reason.missing")],
        subject: tv("summary.rem.subject.missing", { plan, period: a.input.period }),
        draft: {
          intro: [
            greeting,
            "",
            tv("summary.rem.body.missing", {
              asOf: formatDateVi(a.input.asOf),
              focal: focalName(a),
              period: a.input.period,
              plan,
              due: st.due ? formatDateVi(st.due) : "",
            }),
          ],
          items: [],
          outro,
          more,
        },
      });
      continue;
    }
    if (!st.current) continue;
    const uncovered = st.assigned.filter((c) => !st.covered.includes(c));
    if (st.errors.length === 0 && uncovered.length === 0) continue;
    const items = [
      ...(uncovered.length > 0 ? [tv("summary.rem.body.uncovered", { codes: uncovered.join(", ") })] : []),
      ...[...st.errors]
        .sort(issueOrder)
        .map((i) =>
          i.cell
            ? tv("summary.rem.issueLine", { cell: i.cell, message: issueMessage(i) })
            : tv("summary.rem.issueLineNoCell", { message: issueMessage(i) }),
        ),
    ];
    const reasons = [
      ...(st.errors.length > 0 ? [tv("summary.rem.reason.errors", { count: st.errors.length })] : []),
      ...(uncovered.length > 0 ? [tv("summary.rem.reason.uncovered", { count: uncovered.length })] : []),
    ];
    out.push({
      standing: st,
      reasons,
      subject: tv("summary.rem.subject.fix", { plan, period: a.input.period }),
      draft: {
        intro: [
          greeting,
          "",
          tv("summary.rem.body.fix", { focal: focalName(a), period: a.input.period, file: st.current.file }),
        ],
        items,
        outro,
        more,
      },
    });
  }
  return out;
}

function remindersSheet(a: Analysis): OutSheet {
  const header = [
    "summary.rem.col.agency",
    "summary.rem.col.email",
    "summary.rem.col.reason",
    "summary.rem.col.subject",
    "summary.rem.col.body",
    "summary.rem.col.link",
  ] as const;
  const rows = headed(
    tv("summary.rem.title"),
    a,
    header.map((k) => tv(k)),
  );
  const list = reminders(a);
  for (const r of list) {
    const email = r.standing.agency.email.trim();
    const { url } = fittedMailto(email, r.subject, r.draft);
    rows.push({
      cells: [
        r.standing.agency.name,
        email || tv("summary.rem.noEmail"),
        r.reasons.join("; "),
        r.subject,
        draftBody(r.draft),
        { link: url, text: tv("summary.rem.linkText") },
      ],
      style: "wrap",
      cellStyles: [undefined, email ? undefined : "muted", r.standing.timeliness === "missing" ? "bad" : "warn"],
    });
  }
  if (list.length === 0) rows.push({ cells: [tv("summary.rem.none")], style: "muted" });
  return {
    name: tv("summary.sheet.reminders"),
    columns: [32, 28, 22, 36, 70, 14].map((width) => ({ width })),
    rows,
    freeze: { rows: HEADER_ROWS, cols: 1 },
    merges: ["A1:F1", "A2:F2"],
    print: { landscape: true, fitToWidth: true },
    tabColor: "ED7D31",
  };
}

/** At most this many difficulties or proposals are quoted in the draft report. */
const MAX_QUOTED = 12;

function reportSheet(a: Analysis): OutSheet {
  const plan = planNumber(a);
  const asOf = formatDateVi(a.input.asOf);
  const must = a.agencies.length;
  const reported = a.agencies.filter((s) => s.current).length;
  const names = (f: (s: AgencyStanding) => boolean) =>
    a.agencies
      .filter(f)
      .map((s) => s.agency.short)
      .join(", ");
  // Only agencies past their due date count as missing: before it, "not sent" is not a failing.
  const missingF = (s: AgencyStanding) => s.timeliness === "missing";
  const lines: { text: string; style: CellStyle; center?: boolean }[] = [];
  const para = (text: string) => lines.push({ text, style: "wrap" });
  const heading = (text: string) => lines.push({ text, style: "label" });
  // The heading of an administrative document (Nghị định 30/2020/NĐ-CP), in one column.
  const [y, m, d] = a.input.asOf.split("-");
  lines.push({ text: focalName(a).toLocaleUpperCase("vi"), style: "label", center: true });
  lines.push({ text: "", style: "label" });
  lines.push({ text: tv("summary.report.nation"), style: "label", center: true });
  lines.push({ text: tv("summary.report.motto"), style: "label", center: true });
  lines.push({
    text: tv("summary.report.placeDate", { place: a.input.plan.meta.place ?? "", d, m, y }),
    style: "subtitle",
    center: true,
  });
  lines.push({ text: "", style: "label" });
  lines.push({ text: tv("summary.report.title"), style: "title", center: true });
  lines.push({ text: tv("summary.report.subtitle", { plan, period: a.input.period }), style: "label", center: true });
  lines.push({ text: "", style: "label" });
  lines.push({
    text: tv("summary.report.to", { to: a.input.plan.meta.issuer ?? tv("summary.issuerDefault") }),
    style: "wrap",
  });
  heading(tv("summary.report.h.submissions"));
  para(
    tv("summary.report.submissions", {
      asOf,
      reported,
      total: must,
      onTime: a.agencies.filter((s) => s.timeliness === "onTime").length,
      late: a.agencies.filter((s) => s.timeliness === "late").length,
      missing: a.agencies.filter(missingF).length,
      notYetDue: a.agencies.filter((s) => s.timeliness === "notYetDue").length,
    }),
  );
  if (a.agencies.some(missingF)) para(tv("summary.report.missingList", { list: names(missingF) }));
  if (a.agencies.some((s) => s.timeliness === "late"))
    para(tv("summary.report.lateList", { list: names((s) => s.timeliness === "late") }));
  const withErrors = a.agencies.filter((s) => s.errors.length > 0).length;
  if (withErrors > 0) para(tv("summary.report.errors", { count: withErrors }));

  heading(tv("summary.report.h.tasks"));
  para(tv("summary.report.tasks", { total: a.tasks.length, asOf, ...a.taskCounts }));
  const codes = (s: AssessedStatus) =>
    a.tasks
      .filter((x) => x.assessed === s)
      .map((x) => x.task.code)
      .join(", ");
  if (a.taskCounts.overdue > 0) para(tv("summary.report.overdueList", { list: codes("overdue") }));
  if (a.taskCounts.noReport > 0) para(tv("summary.report.noReportList", { list: codes("noReport") }));

  const quoted = (pick: (x: AgencyOnTask) => string) => {
    const items = a.tasks.flatMap((ts) =>
      [...ts.leads, ...ts.others]
        .filter((x) => x.line && pick(x).trim() !== "")
        .map((x) => tv("summary.report.item", { agency: x.agency.short, code: ts.task.code, text: pick(x).trim() })),
    );
    if (items.length === 0) return para(tv("summary.report.none"));
    for (const it of items.slice(0, MAX_QUOTED)) para(it);
    if (items.length > MAX_QUOTED) para(tv("summary.report.moreItems", { count: items.length - MAX_QUOTED }));
  };
  heading(tv("summary.report.h.difficulties"));
  quoted((x) => x.line?.difficulties ?? "");
  heading(tv("summary.report.h.proposals"));
  quoted((x) => x.line?.proposals ?? "");
  lines.push({ text: "", style: "label" });
  const issuer = a.input.plan.meta.issuer ?? tv("summary.issuerDefault");
  if (a.agencies.some(missingF)) para(tv("summary.report.closingMissing", { focal: focalName(a), issuer }));
  para(tv("summary.report.closing", { focal: focalName(a), issuer }));

  // One wide column reads like a page.
  const rows: OutRow[] = lines.map((l) => ({
    cells: [l.text],
    style: l.style,
    ...(l.center ? { cellLayout: [{ center: true }] } : {}),
  }));
  return {
    name: tv("summary.sheet.report"),
    // About the printable width of A4 portrait in 12 pt type, so the page is read at full size.
    columns: [{ width: 72 }],
    rows,
    print: { landscape: false, fitToWidth: true },
    tabColor: "70AD47",
  };
}

function logSheet(a: Analysis): OutSheet {
  const header = [
    "summary.log.col.no",
    "summary.log.col.file",
    "summary.log.col.sha",
    "summary.log.col.agency",
    "summary.log.col.period",
    "summary.log.col.received",
    "summary.log.col.imported",
    "summary.log.col.state",
  ] as const;
  const rows = headed(
    tv("summary.log.title"),
    a,
    header.map((k) => tv(k)),
  );
  const importOf = new Map((a.input.imports ?? []).map((i) => [i.file, i]));
  a.input.checked.forEach((c, i) => {
    const state = a.fileStates.get(c.file) ?? { kind: "unreadable" as const };
    let text: string;
    let style: CellStyle;
    switch (state.kind) {
      case "current":
        [text, style] = [tv("summary.log.current"), "good"];
        break;
      case "superseded":
        [text, style] = [tv("summary.log.superseded", { file: state.by }), "neutral"];
        break;
      case "unreadable":
        [text, style] = [tv("summary.log.unreadable"), "bad"];
        break;
      case "noAgency":
        [text, style] = [tv("summary.log.noAgency"), "bad"];
        break;
      case "otherPeriod":
        [text, style] = [tv("summary.log.otherPeriod", { period: state.period }), "warn"];
        break;
      default:
        return assertNever(state);
    }
    const imp = importOf.get(c.file);
    const agencyId = c.submission?.agencyId ?? null;
    rows.push({
      cells: [
        i + 1,
        c.file,
        imp?.sha256 ?? c.submission?.sha256 ?? "",
        agencyId ? (a.input.roster.byId(agencyId)?.name ?? agencyId) : (c.submission?.agencyName ?? ""),
        c.submission?.period ?? "",
        dateOut(a.receivedOf(c.file)),
        imp?.importedAt ?? "",
        a.receivedFromImport(c.file) ? `${text}; ${tv("summary.log.receivedIsImport")}` : text,
      ],
      style: "wrap",
      cellStyles: ["number", undefined, "muted", undefined, undefined, "date", undefined, style],
    });
  });
  return {
    name: tv("summary.sheet.log"),
    columns: [6, 34, 30, 36, 8, 12, 20, 34].map((width) => ({ width })),
    rows,
    freeze: { rows: HEADER_ROWS, cols: 0 },
    merges: ["A1:H1", "A2:H2"],
    autoFilter: `A${HEADER_ROWS}:H${Math.max(rows.length, HEADER_ROWS + 1)}`,
    print: { landscape: true, fitToWidth: true },
    tabColor: "7F7F7F",
  };
}

export interface Summary {
  /** the eight summary sheets, then one copy per current submission */
  sheets: OutSheet[];
  /** file name → name of the sheet holding its imported copy */
  copies: Map<string, string>;
  analysis: Analysis;
}

/** Builds the summary; see `buildSummary` for the sheets alone. */
export function buildSummaryWithDetails(input: SummaryInput): Summary {
  const a = analyse(input);
  const taken = new Set(summarySheetNames().map((n) => n.toLocaleLowerCase("vi")));
  const copies = new Map<string, string>();
  const copySheets: OutSheet[] = [];
  const sourceOf = new Map<string, WorkbookData>();
  for (const w of input.sources ?? []) if (!sourceOf.has(w.fileName)) sourceOf.set(w.fileName, w);
  for (const st of a.agencies) {
    const sub = st.current?.submission;
    if (!st.current || !sub) continue;
    const wb = sourceOf.get(st.current.file);
    const sheet = wb?.sheets.find((s) => s.name === sub.sheet);
    const prepared = input.preparedCopies?.has(st.current.file) === true;
    if (!sheet && !prepared) continue;
    const name = uniqueSheetName(`${tv("summary.sheet.copyPrefix")} ${st.agency.short}`, taken);
    copies.set(st.current.file, name);
    copySheets.push(sheet && !prepared ? copyOfSheet(sheet, name) : { name, columns: [], rows: [] });
  }
  const sheets = [
    tasksSheet(a),
    submissionsSheet(a, copies),
    // One column per agency: past Excel's 16,384 columns the matrix is split (split-wide.ts).
    ...splitWideSheet(matrixSheet(a), 2),
    figuresSheet(a),
    issuesSheet(a, copies),
    remindersSheet(a),
    reportSheet(a),
    logSheet(a),
    ...copySheets,
  ].map(fitRowHeights);
  return { sheets, copies, analysis: a };
}

export function buildSummary(input: SummaryInput): OutSheet[] {
  return buildSummaryWithDetails(input).sheets;
}
