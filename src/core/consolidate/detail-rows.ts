/**
 * The rows of `Chi tiết theo đơn vị`: one per agency and task it has a role in, tasks in plan
 * order, each task's leads (chủ trì) first, then the others, in roster order — the order of
 * the analysis. Agencies that sent nothing have their row too ("chưa báo cáo"), so the table
 * counts every assignment. The per-task sheet links to each task's first row, so both sheets
 * take the order from here.
 */
import type { AgencyOnTask, AgencyStanding, Analysis, TaskStanding } from "./analyse";
import { HEADER_ROWS } from "./sheet-spec";

export interface DetailRow {
  task: TaskStanding;
  on: AgencyOnTask;
  /** the agency's standing for the period (its received date), when it must report */
  standing: AgencyStanding | null;
}

/** The rows in order, each made when it is taken: at 20,000 agencies they are hundreds of thousands. */
export function* detailRows(a: Analysis): Generator<DetailRow> {
  const standingOf = new Map(a.agencies.map((s) => [s.agency.id, s]));
  for (const task of a.tasks)
    for (const on of [task.leads, task.others].flat())
      yield { task, on, standing: standingOf.get(on.agency.id) ?? null };
}

/** How many rows `detailRows` gives, without making them. */
export function detailRowCount(a: Analysis): number {
  let n = 0;
  for (const ts of a.tasks) n += ts.leads.length + ts.others.length;
  return n;
}

/** Each task's first row on the detail sheet (1-based, as in an A1 address); tasks nobody is assigned have none. */
export function firstDetailRows(a: Analysis): Map<TaskStanding, number> {
  const first = new Map<TaskStanding, number>();
  let row = HEADER_ROWS + 1;
  for (const ts of a.tasks) {
    const n = ts.leads.length + ts.others.length;
    if (n > 0) first.set(ts, row);
    row += n;
  }
  return first;
}
