/**
 * Task codes: each must be a task of the plan, appear once, and be assigned to this agency
 * (an unassigned task is a warning: the agency may report on work it joined informally).
 */
import { makeIssue, type Check } from "../context";
import type { CheckIssue } from "../model";
import { cellText, shortValue } from "../values";
import { rolesOf } from "../../matrix";
import { lineCell } from "./util";

export const checkTaskCodes: Check = (input) => {
  const issues: CheckIssue[] = [];
  const { plan, matrix } = input.ctx;
  const codes = new Set(plan.tasks.map((t) => t.code));
  const agency = input.submission.agencyId;
  const assigned = agency === null ? new Map() : rolesOf(matrix, agency);
  const firstRow = new Map<string, number>();
  for (const line of input.located.lines) {
    if (line.taskCode === null) continue;
    const cell = lineCell(input, line, "taskCode");
    const shown = shortValue(cellText(line.cells.taskCode));
    if (!codes.has(line.taskCode)) {
      issues.push(
        makeIssue(
          input,
          "unknown-task",
          "error",
          { cell, field: "taskCode", value: shown },
          { value: shown, plan: plan.meta.number ?? "" },
        ),
      );
      continue;
    }
    const seen = firstRow.get(line.taskCode);
    if (seen !== undefined) {
      issues.push(
        makeIssue(
          input,
          "duplicate-task",
          "error",
          { cell, field: "taskCode", value: shown },
          { task: line.taskCode, firstRow: seen + 1 },
        ),
      );
      continue;
    }
    firstRow.set(line.taskCode, line.row);
    if (agency !== null && !assigned.has(line.taskCode)) {
      issues.push(
        makeIssue(
          input,
          "task-not-assigned",
          "warning",
          { cell, field: "taskCode", value: shown },
          { task: line.taskCode, agency: input.submission.agencyName ?? agency },
        ),
      );
    }
  }
  return issues;
};
