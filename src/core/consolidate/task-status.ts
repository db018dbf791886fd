/** Small rules the analysis applies to tasks: one code form, one status over several leads. */
import type { AssessedStatus } from "../report/model";

/** The assessed statuses in the order the sheets list them. */
export const ASSESSED_ORDER: readonly AssessedStatus[] = [
  "doneOnTime",
  "doneLate",
  "inProgressOnTime",
  "overdue",
  "ongoing",
  "noReport",
];

/** The earliest of some ISO dates (null when none is known). */
export function earliest(dates: readonly (string | null)[]): string | null {
  let best: string | null = null;
  for (const d of dates) if (d && (best === null || d < best)) best = d;
  return best;
}

/** "1.1." and " 1.1" are the same code as "1.1". */
export function normCode(code: string | null): string {
  return (code ?? "").trim().replace(/\.+$/, "");
}

/**
 * The status of a task over all its leads: the worst news wins (overdue first), then work
 * still going on, then lateness; a task is done on time only when every lead that reported
 * says so. Leads that sent nothing do not hide what the others reported; `leadsReported` shows them.
 */
export function aggregate(statuses: AssessedStatus[]): AssessedStatus {
  const reported = statuses.filter((s) => s !== "noReport");
  if (reported.length === 0) return "noReport";
  for (const s of ["overdue", "inProgressOnTime", "ongoing", "doneLate"] as const) if (reported.includes(s)) return s;
  return "doneOnTime";
}
