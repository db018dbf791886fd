/**
 * Whether the file came in on time against the plan's reporting due date (for 4587: agencies
 * report to Sở LĐTBXH "trước ngày 15 tháng 11 hằng năm"). The received date is given per
 * file and defaults to the report date the agency wrote; with the default setting, a file
 * received ON the day of a "trước ngày D" deadline is late (see CheckSettings.dueDayIsLate).
 */
import { makeIssue, type Check } from "../context";
import { obligationFor, reportDue } from "../deadlines";
import { viDate } from "./util";

export const checkTimeliness: Check = (input) => {
  const { submission: s, ctx, settings } = input;
  if (!s.receivedOn) return [];
  const obligation = obligationFor(ctx.plan, s.agencyId, ctx.roster);
  if (!obligation) return [];
  // Judged against the period being collected, whatever year the file declares: a 2022
  // collection's due day is 15/11/2022 even for a file that says "Năm 2021" (that wrong year is
  // its own finding, wrong-period), and a 2022 report received in January 2023 is late for
  // 15/11/2022, not early for 15/11/2023. Only with no period given does the file's year count.
  const isYear = (p: string | null | undefined): p is string => !!p && /^\d{4}$/.test(p);
  let year = isYear(ctx.period) ? ctx.period : isYear(s.period) ? s.period : s.receivedOn.slice(0, 4);
  if (!isYear(ctx.period) && isYear(s.period)) {
    // No period given: a file received after even the next year's deadline is not a year
    // late, its declared year is wrong ("Năm 2021" kept from last year's copy); it is judged
    // by the year it came in. One received early next year is still late for its own year.
    const next = reportDue(obligation, String(Number(s.period) + 1), settings);
    if (next && s.receivedOn > next.lastOnTime) year = s.receivedOn.slice(0, 4);
  }
  const due = reportDue(obligation, year, settings);
  if (!due || s.receivedOn <= due.lastOnTime) return [];
  const strict = due.lastOnTime !== due.due;
  // Point at the report date only when it is what the lateness was judged on.
  const fromReportDate = s.receivedOn === s.reportDate;
  return [
    makeIssue(
      input,
      "late-submission",
      "warning",
      {
        cell: fromReportDate ? (s.header.reportDate?.ref.cell ?? null) : null,
        field: "receivedOn",
        value: s.receivedOn,
      },
      {
        received: viDate(s.receivedOn),
        due: viDate(due.due),
        rule: strict ? "before" : "by",
        days: daysLate(s.receivedOn, due.lastOnTime),
      },
    ),
  ];
};

function daysLate(received: string, lastOnTime: string): number {
  return Math.round((Date.parse(received) - Date.parse(lastOnTime)) / 86_400_000);
}
