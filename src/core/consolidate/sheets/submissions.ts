/** Tình hình nộp báo cáo: one row per agency that must report, with its file, timeliness and counts. */
import type { CellStyle, StreamedSheet } from "../../sheet-model";
import { formatDateVi } from "../../dates";
import { assertNever } from "../../errors";
import { TAB_COLORS } from "../../palette";
import type { AgencyStanding, Analysis } from "../analyse";
import { copyStart, type CopiesByFile } from "../links";
import { specRows, streamedTableSheet, type ColumnSpec } from "../sheet-spec";
import { subtitle, tv } from "../wording";
import { standingNotes, submittedCell, wrongPlanFile } from "../standing-notes";

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

function columns(copies: CopiesByFile): ColumnSpec<AgencyStanding>[] {
  return [
    { key: "no", header: "summary.subs.col.no", width: 6, style: "number", value: (_, i) => i + 1 },
    { key: "agency", header: "summary.subs.col.agency", width: 42, style: "wrap", value: (st) => st.agency.name },
    {
      key: "submitted",
      header: "summary.subs.col.submitted",
      width: 8,
      style: (st) => submittedCell(st).style,
      value: (st) => submittedCell(st).text,
    },
    {
      key: "file",
      header: "summary.subs.col.file",
      width: 46,
      value: (st) => st.current?.file ?? wrongPlanFile(st),
      link: (st) => copyStart(copies, st.current?.file),
    },
    {
      key: "received",
      header: "summary.subs.col.received",
      width: 12,
      style: "date",
      value: (st) => (st.receivedOn ? { date: st.receivedOn } : null),
    },
    {
      key: "timeliness",
      header: "summary.subs.col.timeliness",
      width: 16,
      style: (st) => timelinessLabel(st).style,
      value: (st) => timelinessLabel(st).text,
    },
    {
      key: "errors",
      header: "summary.subs.col.errors",
      width: 8,
      style: (st) => (st.errors.length > 0 ? "bad" : "number"),
      value: (st) => st.errors.length,
    },
    {
      key: "warnings",
      header: "summary.subs.col.warnings",
      width: 10,
      style: (st) => (st.warnings.length > 0 ? "warn" : "number"),
      value: (st) => st.warnings.length,
    },
    {
      key: "covered",
      header: "summary.subs.col.covered",
      width: 12,
      style: (st) => (st.covered.length < st.assigned.length ? "warn" : "number"),
      value: (st) => st.covered.length,
    },
    {
      key: "assigned",
      header: "summary.subs.col.assigned",
      width: 12,
      style: "number",
      value: (st) => st.assigned.length,
    },
    {
      key: "notes",
      header: "summary.subs.col.notes",
      width: 30,
      style: "wrap",
      value: (st) =>
        [
          ...standingNotes(st, formatDateVi),
          st.superseded.length > 0 ? tv("summary.subs.superseded", { count: st.superseded.length }) : "",
          st.due ? tv("summary.subs.due", { due: formatDateVi(st.due) }) : "",
        ]
          .filter((s) => s !== "")
          .join("; "),
    },
  ];
}

/** The sheet, its rows (one per agency) made as they are written. */
export function submissionsSheet(a: Analysis, copies: CopiesByFile): StreamedSheet {
  const cols = columns(copies);
  return streamedTableSheet({
    name: tv("summary.sheet.submissions"),
    title: tv("summary.subs.title"),
    subtitle: subtitle(a),
    columns: cols,
    body: { count: a.agencies.length, rows: specRows(cols, a.agencies, "text") },
    freezeCols: 2,
    autoFilter: "body",
    tabColor: TAB_COLORS.tables,
  });
}
