/**
 * The agency's side, "Kiểm tra trước khi gửi": an agency checks its own template before e-mailing
 * it, against the plan embedded in the add-in (the one its template was made from).
 */
import type { WorkbookData } from "../core/grid";
import { META_SHEET, REPORT_SHEET } from "../core/template/layout";
import { MATRIX_SHEET } from "../core/plan-sheets";
import { TASK_SHEET as PLAN_SHEET } from "../core/plan/table";
import { readMeta } from "../core/report/meta-sheet";
import { findHeaderRow } from "../core/report/locate-table";
import { IMPORTS_SHEET } from "./import-log";
import { checkFiles } from "../core/report/pipeline";
import { KONTUM_ROSTER } from "../core/roster/default-kontum";
import type { WorkbookPort } from "../core/ports/workbook";
import { planStateFrom } from "./plan-state";
import type { IssueView } from "./check";

/** Whom the agency reports to: the embedded plan's own focal point, not a name fixed in the pane. */
export function embeddedFocalPoint(embeddedPlanText: string): string | null {
  return planStateFrom(embeddedPlanText, KONTUM_ROSTER).plan.focalPoint;
}

/** Sheets of the focal point's own workbook: where they are, this is not an agency's report. */
const FOCAL_SHEETS = [PLAN_SHEET, MATRIX_SHEET, IMPORTS_SHEET].map((n) => n.toLocaleLowerCase("vi"));

/** Sheets read to look for a report table when their names say nothing: a clerk's workbook has a few. */
const MAX_SHEETS_PROBED = 6;

/**
 * From the sheet names alone: the open workbook is an agency's template when it has the hidden
 * metadata sheet, or a `Báo cáo` sheet and no plan. A renamed or copied report needs
 * `isAgencyWorkbook`, which looks at the sheets' content.
 */
export function isAgencyTemplate(sheetNames: readonly string[]): boolean {
  const names = new Set(sheetNames.map((n) => n.toLocaleLowerCase("vi")));
  if (names.has(META_SHEET.toLocaleLowerCase("vi"))) return true;
  return names.has(REPORT_SHEET.toLocaleLowerCase("vi")) && !FOCAL_SHEETS.some((n) => names.has(n));
}

/**
 * Whether the open workbook holds an agency's report table, whatever its sheet is called: a clerk
 * copies the template's table into a new workbook, or renames "Báo cáo" to "BC 2022". Decided by
 * the table's header row (the same labels the checks locate a report by), on the first few
 * visible sheets; a workbook with the focal point's plan or import log is never an agency's.
 */
export async function isAgencyWorkbook(port: WorkbookPort): Promise<boolean> {
  const sheets = await port.listSheets();
  const names = sheets.map((s) => s.name);
  if (isAgencyTemplate(names)) return true;
  const lower = new Set(names.map((n) => n.toLocaleLowerCase("vi")));
  if (FOCAL_SHEETS.some((n) => lower.has(n))) return false;
  const probe = sheets
    .filter((s) => s.visibility === "visible")
    .slice(0, MAX_SHEETS_PROBED)
    .map((s) => s.name);
  if (probe.length === 0) return false;
  return findHeaderRow({ fileName: "", sheets: await port.readSheets(probe) }) !== null;
}

const SELF_CHECK_SKIPS = new Set(["late-submission"]);

export interface SelfCheckOutcome {
  issues: IssueView[];
  errors: number;
  warnings: number;
  planMismatch: string | null;
  /** the agency and plan named by the template's metadata, for the pane's heading */
  agencyName: string | null;
  planNumber: string | null;
}

/**
 * The agency checks its own sheet before sending it, against the plan embedded in the add-in
 * (the one its template was made from). No cell is coloured: this workbook is what the agency
 * then e-mails, so fills would travel to the focal point, stay after the cell is fixed, and
 * overwrite the agency's own formatting. The list of findings (a click selects the cell) is
 * the result.
 */
export async function selfCheck(port: WorkbookPort, embeddedPlanText: string, asOf: string): Promise<SelfCheckOutcome> {
  const names = (await port.listSheets()).map((s) => s.name);
  const sheets = await port.readSheets(names);
  const wb: WorkbookData = { fileName: "(sổ làm việc đang mở)", sheets };
  const meta = readMeta(wb);
  const state = planStateFrom(embeddedPlanText, KONTUM_ROSTER);
  const planMismatch = meta?.plan && state.plan.meta.number && meta.plan !== state.plan.meta.number ? meta.plan : null;
  const ctx = {
    plan: state.plan,
    roster: state.rosterIndex,
    matrix: state.matrix,
    asOf,
    ...(meta?.period ? { period: meta.period } : {}),
  };
  // Judged at the report date the agency wrote (when it wrote one), as the focal point will.
  const first = checkFiles([{ wb, receivedOn: asOf }], ctx)[0];
  const reportDate = first?.submission?.reportDate ?? null;
  const checked =
    reportDate && reportDate !== asOf
      ? checkFiles([{ wb, receivedOn: reportDate }], { ...ctx, asOf: reportDate })[0]
      : first;
  // Whether the file arrives late is the focal point's finding, not something to fix before sending.
  const issues = (checked?.issues ?? [])
    .filter((i) => !SELF_CHECK_SKIPS.has(i.code))
    .map((issue): IssueView => ({
      issue,
      target: issue.sheet && issue.cell ? { sheet: issue.sheet, cell: issue.cell } : null,
    }));
  return {
    issues,
    errors: issues.filter((i) => i.issue.severity === "error").length,
    warnings: issues.filter((i) => i.issue.severity === "warning").length,
    planMismatch,
    agencyName: checked?.submission?.agencyName ?? null,
    planNumber: meta?.plan ?? null,
  };
}
