/**
 * What the reader and the checks are given. Time enters here as a parameter (`asOf`): no
 * check reads the clock, so a report checked twice gives the same answer.
 */
import type { Plan } from "../plan/model";
import type { RosterIndex } from "../roster/match";
import type { AssignmentMatrix } from "../matrix-model";
import type { CheckIssue, Submission } from "./model";
import {
  finding,
  type Finding,
  type FindingCode,
  type FindingParams,
  type FindingWhere,
  type Severity,
} from "./findings";
import type { WorkbookData } from "../grid";
import type { LocatedReport } from "./located";

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

/** Builds a finding of a check, with the fields every finding shares taken from the submission. */
export function makeIssue<C extends FindingCode>(
  input: { wb: WorkbookData; submission: Submission | null; sheet?: string | null },
  code: C,
  severity: Severity,
  where: FindingWhere,
  params: FindingParams[C],
): Finding<C> {
  const source = {
    file: input.wb.fileName,
    agency: input.submission?.agencyId ?? null,
    sheet: input.sheet ?? input.submission?.sheet ?? null,
  };
  return finding(source, code, severity, where, params);
}
