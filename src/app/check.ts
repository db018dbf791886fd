/**
 * Step 4 (Kiểm tra): every imported file checked, `Kết quả kiểm tra` written, and the cells with
 * findings coloured in the import sheets. Old colours are cleared first (a cell fixed by hand, a
 * new as-of date): the NB sheets are copies written by the pane, so no fill of the agency's own
 * is lost.
 */
import type { CheckIssue } from "../core/report/model";
import { latestByAgency, versionKey, type CheckedSubmission } from "../core/report/pipeline";
import type { CellHighlight, WorkbookPort, WriteOptions } from "../core/ports/workbook";
import type { PlanState } from "./plan-state";
import { importKey, type ImportRecord } from "./import-log";
import { analyseImports, summarySheets } from "./analysis";

export interface IssueView {
  issue: CheckIssue;
  /** where to select it in this workbook: the import sheet and the cell */
  target: { sheet: string; cell: string } | null;
}

export interface AgencyIssues {
  agencyId: string | null;
  agencyName: string;
  /** the file name as received */
  file: string;
  /** the NB sheet it was imported into: unique, where file names may repeat */
  sheet: string | null;
  superseded: boolean;
  /** files with the same key are versions of one agency's report for the period; null: agency unknown */
  versionKey: string | null;
  /** the received date of the import log (else the one the check settled on), ISO; null when unknown */
  receivedOn: string | null;
  issues: IssueView[];
}

export interface CheckOutcome {
  checked: CheckedSubmission[];
  groups: AgencyIssues[];
  /** findings of the latest version of each agency's report: what is still to fix (replaced files do not count) */
  errors: number;
  warnings: number;
  notes: number;
  /** false when Excel refused to colour the cells (a protected NB sheet): the list and the sheet of findings stand */
  highlighted: boolean;
}

function targetOf(issue: CheckIssue, byKey: Map<string, ImportRecord>): IssueView["target"] {
  const rec = byKey.get(issue.file);
  if (!rec) return null;
  if (issue.cell && issue.sheet === rec.originalSheet) return { sheet: rec.sheet, cell: issue.cell };
  return { sheet: rec.sheet, cell: "A1" };
}

export async function runChecks(
  port: WorkbookPort,
  state: PlanState,
  asOf: string,
  period: string,
  options: WriteOptions = {},
): Promise<CheckOutcome> {
  const analysed = await analyseImports(port, state, asOf, period, options, { requireImports: true });
  const { records, checked, copies } = analysed;
  const { superseded } = latestByAgency(checked);
  const replaced = new Set(superseded);
  const byKey = new Map(records.map((r) => [importKey(r), r]));

  const highlights = new Map<string, CellHighlight[]>();
  const groups: AgencyIssues[] = checked.map((c) => {
    const agencyId = c.submission?.agencyId ?? null;
    const views = c.issues.map((issue): IssueView => ({ issue, target: targetOf(issue, byKey) }));
    for (const v of views) {
      if (!v.target || !v.issue.cell || v.issue.severity === "info") continue;
      const list = highlights.get(v.target.sheet) ?? [];
      list.push({ cell: v.target.cell, kind: v.issue.severity === "error" ? "error" : "warning" });
      highlights.set(v.target.sheet, list);
    }
    const rec = byKey.get(c.file);
    return {
      agencyId,
      agencyName:
        (agencyId && state.rosterIndex.byId(agencyId)?.short) || c.submission?.agencyName || rec?.file || c.file,
      file: rec?.file ?? c.file,
      sheet: rec?.sheet ?? null,
      superseded: replaced.has(c),
      versionKey: versionKey(c),
      receivedOn: rec?.receivedOn || c.submission?.receivedOn || null,
      issues: views,
    };
  });
  const issuesSheets = summarySheets(analysed, ["summary.sheet.issues"]);
  if (issuesSheets.length > 0) await port.writeSheets(issuesSheets, { ...options, activate: true });
  // The findings are written; the colours are a help, and a refusal must not hide the results.
  let highlighted = true;
  try {
    await port.clearFills(records.filter((r) => copies.has(r.sheet.toLocaleLowerCase("vi"))).map((r) => r.sheet));
    await port.highlightCells([...highlights].map(([sheet, cells]) => ({ sheet, cells })));
  } catch {
    highlighted = false;
  }
  const current = checked.filter((c) => !replaced.has(c)).flatMap((c) => c.issues);
  return {
    highlighted,
    checked,
    groups,
    errors: current.filter((i) => i.severity === "error").length,
    warnings: current.filter((i) => i.severity === "warning").length,
    notes: current.filter((i) => i.severity === "info").length,
  };
}
