/**
 * Required cells and the conditional requirements of the template:
 * - every line needs a task code and a status (Tình trạng);
 * - Đã hoàn thành needs Ngày hoàn thành;
 * - Kết quả thực hiện is needed unless Chưa thực hiện;
 * - Khó khăn, vướng mắc is needed when Chưa thực hiện, or when the task is not done and past
 *   its deadline as of the as-of date.
 * A coordinating (PH) row left entirely blank is not an omission: the template lists those
 * tasks for information, and only the lead answers for them.
 */
import { makeIssue, type Check } from "../context";
import type { CheckIssue } from "../model";
import { isBlank, readStatus } from "../values";
import { lastOnTimeDay } from "../deadlines";
import { answerable, firstLines, lineCell, viDate } from "./util";

export const checkRequired: Check = (input) => {
  const issues: CheckIssue[] = [];
  const tasks = new Map(input.ctx.plan.tasks.map((t) => [t.code, t]));
  for (const line of firstLines(input.located.lines)) {
    if (!answerable(input, line)) continue;
    const task = line.taskCode ? tasks.get(line.taskCode) : undefined;
    const params = { task: line.taskCode ?? "", row: line.row + 1 };
    const at = (key: Parameters<typeof lineCell>[2]) => lineCell(input, line, key);
    if (line.taskCode === null) {
      // Its other cells are judged once the row says which task it is.
      issues.push(
        makeIssue(input, "code-missing", "error", { cell: at("taskCode"), field: "taskCode" }, { row: line.row + 1 }),
      );
      continue;
    }
    const statusCell = at("status");
    if (statusCell === null) continue; // the missing column is reported once, by checkColumns
    if (isBlank(line.cells.status)) {
      issues.push(
        makeIssue(input, "required", "error", { cell: statusCell, field: "status" }, { ...params, field: "status" }),
      );
      continue;
    }
    const status = readStatus(line.cells.status);
    if (!status.ok) continue; // not in the list: reported by checkListValues
    if (status.value === "done" && isBlank(line.cells.completedOn) && at("completedOn")) {
      issues.push(
        makeIssue(input, "completed-on-required", "error", { cell: at("completedOn"), field: "completedOn" }, params),
      );
    }
    if (status.value !== "notStarted" && isBlank(line.cells.result) && at("result")) {
      issues.push(makeIssue(input, "result-required", "error", { cell: at("result"), field: "result" }, params));
    }
    if (isBlank(line.cells.difficulties) && at("difficulties")) {
      const last = task ? lastOnTimeDay(task, input.settings) : null;
      const overdue = status.value !== "done" && last !== null && input.ctx.asOf > last;
      if (status.value === "notStarted" || overdue) {
        issues.push(
          makeIssue(
            input,
            "difficulties-required",
            "error",
            { cell: at("difficulties"), field: "difficulties" },
            {
              ...params,
              reason: status.value === "notStarted" ? "notStarted" : "overdue",
              deadline: last ? viDate(last) : "",
            },
          ),
        );
      }
    }
  }
  return issues;
};
