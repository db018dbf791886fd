/** Step 5 (Tổng hợp): every summary sheet (chart included), replaced as a whole. */
import type { WorkbookPort, WriteOptions } from "../core/ports/workbook";
import type { PlanState } from "./plan-state";
import { analyseImports, summarySheets } from "./analysis";
import { reminderViews, type ReminderView } from "./reminders";
import type { AgencyCounts } from "../core/consolidate/counts";
import type { AssessedStatus } from "../core/report/model";

export interface SummaryOutcome {
  sheetNames: string[];
  reminders: ReminderView[];
  submitted: number;
  expected: number;
  /** the agencies' figures (latest file of each), for the pane's dashboard */
  counts: AgencyCounts;
  /** the tasks by assessed status (hoàn thành, quá hạn …), for the pane's dashboard */
  taskCounts: Record<AssessedStatus, number>;
}

export async function buildSummaryStep(
  port: WorkbookPort,
  state: PlanState,
  asOf: string,
  period: string,
  options: WriteOptions = {},
): Promise<SummaryOutcome> {
  const analysed = await analyseImports(port, state, asOf, period, options);
  const sheets = summarySheets(analysed);
  await port.writeSheets(sheets, { ...options, activate: true });
  const a = analysed.analysis;
  return {
    sheetNames: sheets.map((s) => s.name),
    reminders: reminderViews(analysed.analysis),
    submitted: a.agencies.filter((s) => s.current !== null).length,
    expected: a.agencies.length,
    counts: a.agencyCounts,
    taskCounts: a.taskCounts,
  };
}
