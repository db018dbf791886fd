/**
 * How a task stands for one agency (trạng thái đánh giá), from what it reported, the task's
 * deadline and the as-of date: Hoàn thành đúng hạn, Hoàn thành quá hạn, Đang thực hiện trong
 * hạn, Quá hạn chưa hoàn thành, Đang triển khai thường xuyên, or no report.
 */
import type { Task } from "../plan/model";
import type { AssessedStatus, ReportLine } from "./model";
import { DEFAULT_SETTINGS, type CheckSettings } from "./context";
import { lastOnTimeDay } from "./deadlines";

export function assessLine(
  task: Task,
  line: ReportLine | null,
  asOf: string,
  settings: CheckSettings = DEFAULT_SETTINGS,
): AssessedStatus {
  if (!line) return "noReport";
  const last = lastOnTimeDay(task, settings);
  if (line.status === "done") {
    // Without a completion date there is no evidence of lateness; the checks flag the gap.
    if (last === null || line.completedOn === null) return "doneOnTime";
    return line.completedOn <= last ? "doneOnTime" : "doneLate";
  }
  // In progress, not started, or no status given: judged by the deadline alone.
  // No dated deadline: ongoing, annual and per-regulation work is judged as ongoing; a one-off
  // task the plan gave no date cannot be late.
  if (last === null) return task.frequency === "once" ? "inProgressOnTime" : "ongoing";
  return asOf > last ? "overdue" : "inProgressOnTime";
}
