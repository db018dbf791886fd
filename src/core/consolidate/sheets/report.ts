/**
 * Báo cáo: a draft of the focal point's report to the issuer, laid out as an administrative
 * document (Nghị định 30/2020/NĐ-CP): heading, submissions, tasks, difficulties, proposals.
 */
import type { AssessedStatus } from "../../report/model";
import type { CellStyle, OutRow, OutSheet } from "../../sheet-model";
import { formatDateVi } from "../../dates";
import { TAB_COLORS } from "../../palette";
import type { AgencyOnTask, AgencyStanding, Analysis } from "../analyse";
import { focalName, planNumber, tv } from "../wording";
import { internalLink, type LinkTarget } from "../links";
import { fitText } from "../fit-text";
import { MAX_ROW_LINES } from "../row-heights";

/** The one column's width: about the printable width of A4 portrait in 12 pt type. */
const WIDTH = 72;
/** Lines one quoted difficulty or proposal may take: the whole text is on the detail sheet. */
const QUOTE_LINES = 10;
/** At most this many difficulties or proposals are quoted in the draft report. */
const MAX_QUOTED = 12;

export function reportSheet(a: Analysis): OutSheet {
  const plan = planNumber(a);
  const asOf = formatDateVi(a.input.asOf);
  const n = a.agencyCounts;
  const names = (f: (s: AgencyStanding) => boolean) =>
    a.agencies
      .filter(f)
      .map((s) => s.agency.short)
      .join(", ");
  // Only agencies past their due date count as missing: before it, "not sent" is not a failing.
  const missingF = (s: AgencyStanding) => s.timeliness === "missing";
  const lines: { text: string; style: CellStyle; center?: boolean; link?: LinkTarget }[] = [];
  // A paragraph never passes Excel's 409 pt row (a list of thousands of communes would).
  const para = (text: string, maxLines = MAX_ROW_LINES) =>
    lines.push({ text: fitText(text, WIDTH, tv("summary.report.cut"), maxLines), style: "wrap" });
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
      reported: n.reported,
      total: n.mustReport,
      onTime: n.onTime,
      late: n.late,
      missing: n.missing,
      notYetDue: n.notYetDue,
    }),
  );
  if (n.missing > 0) para(tv("summary.report.missingList", { list: names(missingF) }));
  if (n.late > 0) para(tv("summary.report.lateList", { list: names((s) => s.timeliness === "late") }));
  if (n.withErrors > 0) para(tv("summary.report.errors", { count: n.withErrors }));

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
    for (const it of items.slice(0, MAX_QUOTED)) para(it, QUOTE_LINES);
    // the rest is on the detail sheet, one row per agency and task: the line links there
    if (items.length > MAX_QUOTED)
      lines.push({
        text: tv("summary.report.moreItems", { count: items.length - MAX_QUOTED }),
        style: "wrap",
        link: { sheet: tv("summary.sheet.detail"), cell: "A1" },
      });
  };
  heading(tv("summary.report.h.difficulties"));
  quoted((x) => x.line?.difficulties ?? "");
  heading(tv("summary.report.h.proposals"));
  quoted((x) => x.line?.proposals ?? "");
  lines.push({ text: "", style: "label" });
  const issuer = a.input.plan.meta.issuer ?? tv("summary.issuerDefault");
  if (n.missing > 0) para(tv("summary.report.closingMissing", { focal: focalName(a), issuer }));
  para(tv("summary.report.closing", { focal: focalName(a), issuer }));

  // One wide column reads like a page.
  const rows: OutRow[] = lines.map((l) => ({
    cells: [l.link ? { link: internalLink(l.link), text: l.text } : l.text],
    style: l.style,
    ...(l.center ? { cellLayout: [{ center: true }] } : {}),
  }));
  return {
    name: tv("summary.sheet.report"),
    // About the printable width of A4 portrait in 12 pt type, so the page is read at full size.
    columns: [{ width: WIDTH }],
    rows,
    print: { landscape: false, fitToWidth: true },
    tabColor: TAB_COLORS.report,
  };
}
