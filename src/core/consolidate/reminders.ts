/**
 * The reminders to send (nhắc nhở): one per agency that is past its due date without a report,
 * sent a report with errors, or left assigned tasks out. Each is a subject, the reasons and a
 * mail draft; the reminders sheet and the pane's step 6 both show these.
 */
import { formatDateVi } from "../dates";
import type { AgencyStanding, Analysis } from "./analyse";
import type { MailDraft } from "./mailto";
import { issueOrder } from "./issue-order";
import { focalName, issueMessage, planNumber, tv } from "./wording";

export interface Reminder {
  standing: AgencyStanding;
  reasons: string[];
  subject: string;
  draft: MailDraft;
}

// One list per analysis: the reminders sheet and the CLI's closing count both ask for it, and
// drafting a mail for every agency of a large batch is not free.
const MADE = new WeakMap<Analysis, Reminder[]>();

export function reminders(a: Analysis): Reminder[] {
  const made = MADE.get(a);
  if (made) return made;
  const out = draftReminders(a);
  MADE.set(a, out);
  return out;
}

function draftReminders(a: Analysis): Reminder[] {
  const out: Reminder[] = [];
  for (const st of a.agencies) {
    const r = st.timeliness === "missing" ? missingReminder(a, st) : fixReminder(a, st);
    if (r) out.push(r);
  }
  return out;
}

function frame(a: Analysis, st: AgencyStanding): Pick<MailDraft, "outro" | "more"> & { greeting: string } {
  return {
    greeting: tv("summary.rem.greeting", { agency: st.agency.name }),
    outro: ["", tv("summary.rem.signoff"), focalName(a)],
    more: (count: number) => tv("summary.rem.body.more", { count }),
  };
}

/** Past its due date and nothing came in. */
function missingReminder(a: Analysis, st: AgencyStanding): Reminder {
  const plan = planNumber(a);
  const { greeting, outro, more } = frame(a, st);
  return {
    standing: st,
    reasons: [
      tv("summary.rem.reason.missing"),
      ...st.wrongPlan.map((c) => tv("summary.rem.reason.wrongPlan", { plan: c.submission?.planNumber ?? "" })),
    ],
    subject: tv("summary.rem.subject.missing", { plan, period: a.input.period }),
    draft: {
      intro: [
        greeting,
        "",
        tv("summary.rem.body.missing", {
          asOf: formatDateVi(a.input.asOf),
          focal: focalName(a),
          period: a.input.period,
          plan,
          due: st.due ? formatDateVi(st.due) : "",
        }),
      ],
      items: [],
      outro,
      more,
    },
  };
}

/** A report came in with errors or without some assigned tasks; null when there is nothing to fix. */
function fixReminder(a: Analysis, st: AgencyStanding): Reminder | null {
  if (!st.current) return null;
  const uncovered = st.assigned.filter((c) => !st.covered.includes(c));
  if (st.errors.length === 0 && uncovered.length === 0) return null;
  const items = [
    ...(uncovered.length > 0 ? [tv("summary.rem.body.uncovered", { codes: uncovered.join(", ") })] : []),
    ...[...st.errors]
      .sort(issueOrder)
      .map((i) =>
        i.cell
          ? tv("summary.rem.issueLine", { cell: i.cell, message: issueMessage(i) })
          : tv("summary.rem.issueLineNoCell", { message: issueMessage(i) }),
      ),
  ];
  const reasons = [
    ...(st.errors.length > 0 ? [tv("summary.rem.reason.errors", { count: st.errors.length })] : []),
    ...(uncovered.length > 0 ? [tv("summary.rem.reason.uncovered", { count: uncovered.length })] : []),
  ];
  const { greeting, outro, more } = frame(a, st);
  return {
    standing: st,
    reasons,
    subject: tv("summary.rem.subject.fix", { plan: planNumber(a), period: a.input.period }),
    draft: {
      intro: [
        greeting,
        "",
        tv("summary.rem.body.fix", { focal: focalName(a), period: a.input.period, file: st.current.file }),
      ],
      items,
      outro,
      more,
    },
  };
}
