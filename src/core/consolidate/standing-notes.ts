/**
 * What `Tình hình nộp báo cáo` says about an agency beyond its current file:
 * - a return for another plan or plan version (sai kế hoạch) is listed with "Sai kế hoạch" and
 *   the file, yet counts as not submitted and is in no task's figures (see analyse.ts);
 * - a correction received after the deadline of a report first sent on time is noted, since
 *   timeliness is judged on the first sending.
 */
import type { CellStyle, OutValue } from "../sheet-model";
import type { AgencyStanding } from "./analyse";
import { tv } from "./wording";

/** The "Đã gửi" cell: Có, Sai kế hoạch (only a return for another plan), or Không. */
export function submittedCell(st: AgencyStanding): { text: string; style: CellStyle | undefined } {
  if (st.current) return { text: tv("summary.subs.yes"), style: undefined };
  if (st.wrongPlan.length > 0) return { text: tv("summary.subs.wrongPlan"), style: "bad" };
  return { text: tv("summary.subs.no"), style: undefined };
}

/** The file cell when the agency sent only returns for another plan: the latest of them, plain. */
export function wrongPlanFile(st: AgencyStanding): OutValue {
  return st.current || st.wrongPlan.length === 0 ? null : st.wrongPlan[st.wrongPlan.length - 1]!.file;
}

/** Notes: one per return for another plan (which file, which plan), and a late correction. */
export function standingNotes(st: AgencyStanding, formatDate: (iso: string) => string): string[] {
  const notes = st.wrongPlan.map((c) =>
    tv("summary.subs.wrongPlanNote", { file: c.file, plan: c.submission?.planNumber ?? "" }),
  );
  const { receivedOn, firstReceivedOn } = st;
  if (st.timeliness === "onTime" && st.due && receivedOn && firstReceivedOn && receivedOn > firstReceivedOn)
    notes.push(
      tv("summary.subs.correctedOn", { received: formatDate(receivedOn), first: formatDate(firstReceivedOn) }),
    );
  return notes;
}
