/**
 * What the reader and the checks are given. Time enters here as a parameter (`asOf`): no
 * check reads the clock, so a report checked twice gives the same answer.
 */
import type { Plan } from "../plan/model";
import type { RosterIndex } from "../roster/match";
import type { AssignmentMatrix } from "../matrix-model";
import type { CheckIssue, Severity, Submission } from "./model";
import type { WorkbookData } from "../grid";
import type { LocatedReport } from "./locate";

export interface ReportContext {
  plan: Plan;
  roster: RosterIndex;
  matrix: AssignmentMatrix;
}

export interface CheckSettings {
  /**
   * "trước ngày D" (before day D): under the strict reading the plan's wording asks for, a
   * report or task finished ON day D is already late. Set to false to treat D as the last
   * good day, as "chậm nhất ngày D" would. Applies to the reporting due date and to task
   * deadlines written with "trước". Default: true.
   */
  dueDayIsLate: boolean;
}

export const DEFAULT_SETTINGS: CheckSettings = { dueDayIsLate: true };

export interface CheckContext extends ReportContext {
  /** ISO date the situation is judged at (ngày chốt đánh giá) */
  asOf: string;
  /** the reporting period being collected, e.g. "2022"; submissions for another period are errors */
  period?: string;
  settings?: Partial<CheckSettings>;
}

/** Everything one check looks at. */
export interface CheckInput {
  wb: WorkbookData;
  submission: Submission;
  located: LocatedReport;
  ctx: CheckContext;
  settings: CheckSettings;
}

export type Check = (input: CheckInput) => CheckIssue[];

/** Builds an issue with the fields every issue shares filled from the submission. */
export function makeIssue(
  input: { wb: WorkbookData; submission: Submission | null; sheet?: string | null },
  code: string,
  severity: Severity,
  where: { cell?: string | null; field?: string | null; value?: string | null; sheet?: string | null },
  params: Record<string, string | number> = {},
): CheckIssue {
  return {
    code,
    severity,
    agency: input.submission?.agencyId ?? null,
    file: input.wb.fileName,
    sheet: where.sheet !== undefined ? where.sheet : (input.sheet ?? input.submission?.sheet ?? null),
    cell: where.cell ?? null,
    field: where.field ?? null,
    value: where.value ?? null,
    params,
  };
}
