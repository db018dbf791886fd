/**
 * Coverage against the assignment matrix: every task the agency leads (CT) or implements
 * (TH) must have a line. Coordinated (PH) tasks are the lead's to report.
 */
import { makeIssue, type Check } from "../context";
import type { CheckIssue } from "../model";
import { strongestRole } from "../../matrix";

export const checkCoverage: Check = (input) => {
  const agency = input.submission.agencyId;
  // Without the agency or the code column there is nothing to compare; both are reported elsewhere.
  if (agency === null || !input.located.columns.taskCode) return [];
  const reported = new Set(input.located.lines.map((l) => l.taskCode).filter((c): c is string => c !== null));
  const issues: CheckIssue[] = [];
  for (const t of input.ctx.plan.tasks) {
    const role = strongestRole(input.ctx.matrix, t.code, agency);
    if ((role === "CT" || role === "TH") && !reported.has(t.code)) {
      issues.push(
        makeIssue(
          input,
          "task-missing",
          "error",
          { field: "taskCode", value: t.code },
          { task: t.code, role, title: t.title },
        ),
      );
    }
  }
  return issues;
};
