/**
 * Completion dates: a real date (31/02 is an error, not 03/03), not after the as-of date,
 * and only where the task is reported done.
 */
import { makeIssue, type Check } from "../context";
import type { CheckIssue } from "../model";
import { cellText, formulaErrorOf, readDate, readStatus, shortValue } from "../values";
import { lineCell, viDate } from "./util";

export const checkDates: Check = (input) => {
  const issues: CheckIssue[] = [];
  for (const line of input.located.lines) {
    const raw = line.cells.completedOn;
    if (formulaErrorOf(raw) !== null) continue;
    const d = readDate(raw);
    if (d.kind === "empty") continue;
    const cell = lineCell(input, line, "completedOn");
    if (d.kind === "invalid" || d.kind === "unrecognised") {
      const text = shortValue(cellText(raw));
      issues.push(
        makeIssue(
          input,
          "bad-date",
          "error",
          { cell, field: "completedOn", value: text },
          { field: "completedOn", value: text, reason: d.kind, task: line.taskCode ?? "" },
        ),
      );
      continue;
    }
    if (d.iso > input.ctx.asOf) {
      issues.push(
        makeIssue(
          input,
          "date-in-future",
          "warning",
          { cell, field: "completedOn", value: d.iso },
          { value: viDate(d.iso), asOf: viDate(input.ctx.asOf), task: line.taskCode ?? "" },
        ),
      );
    }
    const status = readStatus(line.cells.status);
    if (status.ok && status.value !== "done") {
      issues.push(
        makeIssue(
          input,
          "completed-on-not-done",
          "warning",
          { cell, field: "completedOn", value: d.iso },
          { value: viDate(d.iso), task: line.taskCode ?? "" },
        ),
      );
    }
  }
  return issues;
};
