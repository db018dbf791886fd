/** Short builders of step 4's per-file findings, for the triage tests. */
import type { AgencyIssues, IssueView } from "../../src/app/check";
import { finding, type FindingCode, type Severity } from "../../src/core/report/findings";

/** A finding of a code the tests do not care about the parameters of. */
export function view(severity: Severity, code: FindingCode, cell: string | null, params: object = {}): IssueView {
  const issue = finding({ file: "f", sheet: "Báo cáo" }, code, severity, { cell }, params as never);
  return { issue, target: cell ? { sheet: "NB01", cell } : null };
}

export function group(over: Partial<AgencyIssues> & { agencyName: string; issues: IssueView[] }): AgencyIssues {
  return {
    agencyId: over.agencyName,
    file: `${over.agencyName}.xlsx`,
    sheet: `NB ${over.agencyName}`,
    superseded: false,
    versionKey: `${over.agencyName}\u00002022`,
    receivedOn: "2022-11-11",
    ...over,
  };
}

export const required = (cell: string, task: string) =>
  view("error", "required", cell, { task, row: 14, field: "status" });
export const overdue = (cell: string, task: string) =>
  view("warning", "task-overdue", cell, { task, rule: "before", deadline: "01/01/2022", asOf: "20/11/2022" });
export const missing = (task: string) => view("error", "task-missing", null, { task, role: "CT", title: "Tiêu đề" });
