/**
 * Tasks with a dated deadline (one-off tasks): not done and past the deadline as of the
 * as-of date (Quá hạn chưa hoàn thành), or done after it (Hoàn thành quá hạn). These are
 * findings about the work, not mistakes in the file, so they are warnings.
 */
import { makeIssue, type Check } from "../context";
import type { CheckIssue } from "../model";
import { lastOnTimeDay, ruleOf } from "../deadlines";
import { isBlank, readDate, readStatus } from "../values";
import { answerable, firstLines, lineCell, viDate } from "./util";

export const checkTaskDeadlines: Check = (input) => {
  const issues: CheckIssue[] = [];
  const tasks = new Map(input.ctx.plan.tasks.map((t) => [t.code, t]));
  for (const line of firstLines(input.located.lines)) {
    const task = line.taskCode ? tasks.get(line.taskCode) : undefined;
    if (!task || !answerable(input, line)) continue;
    const last = lastOnTimeDay(task, input.settings);
    if (last === null) continue;
    const status = readStatus(line.cells.status);
    // A status that is filled but cannot be read already gets "not in the list"; calling the
    // task overdue would guess, and the summary leaves such a line unassessed too.
    if (!status.ok && !isBlank(line.cells.status)) continue;
    // The plan's own words ("trước ngày D"), so that "done on D, deadline before D" reads
    // as the plan states it rather than as a contradiction.
    const params = {
      task: task.code,
      rule: ruleOf(task.deadlineText),
      deadline: viDate(task.deadline!),
      asOf: viDate(input.ctx.asOf),
    };
    if (status.ok && status.value === "done") {
      const d = readDate(line.cells.completedOn);
      if (d.kind === "ok" && d.iso > last) {
        issues.push(
          makeIssue(
            input,
            "done-late",
            "warning",
            { cell: lineCell(input, line, "completedOn"), field: "completedOn", value: d.iso },
            { ...params, completedOn: viDate(d.iso) },
          ),
        );
      }
    } else if (input.ctx.asOf > last) {
      issues.push(
        makeIssue(
          input,
          "task-overdue",
          "warning",
          { cell: lineCell(input, line, "status"), field: "status", value: task.code },
          params,
        ),
      );
    }
  }
  return issues;
};
