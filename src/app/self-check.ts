/**
 * The agency's side, "Kiểm tra trước khi gửi": an agency checks its own template before e-mailing
 * it, against the plan embedded in the add-in (the one its template was made from).
 */
import type { WorkbookData } from "../core/grid";
import { META_SHEET, REPORT_SHEET } from "../core/template/layout";
import { MATRIX_SHEET } from "../core/plan-sheets";
import { TASK_SHEET as PLAN_SHEET } from "../core/plan/table";
import { readMeta } from "../core/report/meta-sheet";
import { checkFiles } from "../core/report/pipeline";
import { KONTUM_ROSTER } from "../core/roster/default-kontum";
import type { WorkbookPort } from "../core/ports/workbook";
import { planStateFrom } from "./plan-state";
import type { IssueView } from "./check";

/** Whom the agency reports to: the embedded plan's own focal point, not a name fixed in the pane. */
export function embeddedFocalPoint(embeddedPlanText: string): string | null {
  return planStateFrom(embeddedPlanText, KONTUM_ROSTER).plan.focalPoint;
}

/** The open workbook is an agency's template when it has the hidden metadata sheet, or a `Báo cáo` sheet and no plan. */
export function isAgencyTemplate(sheetNames: readonly string[]): boolean {
  const names = new Set(sheetNames.map((n) => n.toLocaleLowerCase("vi")));
  if (names.has(META_SHEET.toLocaleLowerCase("vi"))) return true;
  return (
    names.has(REPORT_SHEET.toLocaleLowerCase("vi")) &&
    !names.has(PLAN_SHEET.toLocaleLowerCase("vi")) &&
    !names.has(MATRIX_SHEET.toLocaleLowerCase("vi"))
  );
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
