/**
 * Agency figures of the analysis, counted once: the figures sheet, the draft report and the
 * command line all read these instead of counting the standings again.
 */

/** Whether an agency's report came in on time (analyse.ts decides it for each agency). */
export type AgencyTimeliness = "onTime" | "late" | "missing" | "notYetDue";

/** What the counts need of an agency's standing (analyse.ts AgencyStanding). */
interface Counted {
  timeliness: AgencyTimeliness;
  current: object | null;
  errors: readonly unknown[];
  warnings: readonly unknown[];
}

export interface AgencyCounts extends Record<AgencyTimeliness, number> {
  /** agencies that must report (the standings) */
  mustReport: number;
  /** agencies with a current file */
  reported: number;
  /** agencies whose current file has at least one error */
  withErrors: number;
  /** errors and warnings over every current file */
  errors: number;
  warnings: number;
}

export function countAgencies(agencies: readonly Counted[]): AgencyCounts {
  const c: AgencyCounts = {
    mustReport: agencies.length,
    reported: 0,
    onTime: 0,
    late: 0,
    missing: 0,
    notYetDue: 0,
    withErrors: 0,
    errors: 0,
    warnings: 0,
  };
  for (const s of agencies) {
    c[s.timeliness]++;
    if (s.current !== null) c.reported++;
    if (s.errors.length > 0) c.withErrors++;
    c.errors += s.errors.length;
    c.warnings += s.warnings.length;
  }
  return c;
}
