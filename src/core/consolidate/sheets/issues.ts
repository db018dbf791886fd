/** Kết quả kiểm tra: every live finding, most severe first, its cell linked to the file's copy. */
import type { CellStyle, OutRow, StreamedSheet } from "../../sheet-model";
import type { CheckIssue } from "../../report/model";
import type { Severity } from "../../report/findings";
import { TAB_COLORS } from "../../palette";
import type { Analysis } from "../analyse";
import { issueOrder } from "../issue-order";
import { copyCell, type CopiesByFile } from "../links";
import { specRows, streamedTableSheet, type ColumnSpec } from "../sheet-spec";
import { issueMessage, subtitle, tv } from "../wording";

function severityLabel(s: Severity): string {
  return tv(`check.severity.${s}`);
}

const SEVERITY_STYLE: Record<Severity, CellStyle> = { error: "bad", warning: "warn", info: "info" };

/**
 * Findings of every file except superseded ones (history: their findings no longer apply), and
 * without the note that a file was identified by its template's metadata, which is the normal
 * case and would bury the real findings; other ways of identifying a file stay listed.
 */
function liveIssues(a: Analysis): CheckIssue[] {
  return a.input.checked
    .filter((c) => a.fileStates.get(c.file)?.kind !== "superseded")
    .flatMap((c) => c.issues)
    .filter((i) => !(i.code === "identified-by" && i.params.source === "metadata"));
}

function columns(a: Analysis, copies: CopiesByFile): ColumnSpec<CheckIssue>[] {
  return [
    { key: "no", header: "summary.issues.col.no", width: 6, style: "number", value: (_, i) => i + 1 },
    {
      key: "severity",
      header: "summary.issues.col.severity",
      width: 10,
      style: (i) => SEVERITY_STYLE[i.severity],
      value: (i) => severityLabel(i.severity),
    },
    {
      key: "agency",
      header: "summary.issues.col.agency",
      width: 18,
      value: (i) =>
        i.agency ? (a.input.roster.byId(i.agency)?.short ?? i.agency) : tv("summary.issues.unknownAgency"),
    },
    { key: "file", header: "summary.issues.col.file", width: 30, value: (i) => i.file },
    { key: "sheet", header: "summary.issues.col.sheet", width: 14, value: (i) => i.sheet ?? "" },
    {
      key: "cell",
      header: "summary.issues.col.cell",
      width: 8,
      value: (i) => i.cell ?? "",
      link: (i) => copyCell(copies, i.file, i.sheet, i.cell),
    },
    { key: "value", header: "summary.issues.col.value", width: 28, value: (i) => i.value ?? "" },
    { key: "message", header: "summary.issues.col.message", width: 60, value: issueMessage },
  ];
}

/** The sheet, its rows made as they are written (the findings are sorted first; only their order is kept). */
export function issuesSheet(a: Analysis, copies: CopiesByFile): StreamedSheet {
  const cols = columns(a, copies);
  const live = liveIssues(a).sort(issueOrder);
  const none: OutRow[] = [{ cells: [null, tv("summary.issues.none")], style: "muted" }];
  return streamedTableSheet({
    name: tv("summary.sheet.issues"),
    title: tv("summary.issues.title"),
    subtitle: subtitle(a),
    columns: cols,
    body: live.length > 0 ? { count: live.length, rows: specRows(cols, live, "wrap") } : { count: 1, rows: none },
    freezeCols: 0,
    autoFilter: "atLeastOneRow",
    tabColor: TAB_COLORS.action,
  });
}
