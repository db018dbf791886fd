/**
 * The reminders to send (nhắc nhở): one per agency that is past its due date without a report,
 * sent a report with errors, or left assigned tasks out. Each is a subject, the reasons and a
 * mail draft; the reminders sheet and the pane's step 6 both show these.
 */
import { formatDateVi } from "../dates";
import type { MessageKey, Params } from "../i18n";
import type { AgencyStanding, Analysis } from "./analyse";
import type { MailDraft } from "./mailto";
import { issueOrder } from "./issue-order";
import { focalName, issueMessage, planNumber, tv } from "./wording";

/** A reason as a message and its parameters, so the pane can say it in its own language. */
export interface ReminderReason {
  key: MessageKey;
  params?: Params;
}

export interface Reminder {
  standing: AgencyStanding;
  /** in Vietnamese, as the reminder sheet writes them */
  reasons: string[];
  reasonKeys: ReminderReason[];
  subject: string;
  draft: MailDraft;
}

/** The reminders of the analysis, in roster order. */
export function reminders(a: Analysis): Reminder[] {
  return [...eachReminder(a)];
}

/**
 * The reminders one at a time, each drafted when it is taken: the reminders sheet writes each
 * as it comes, and a batch of 20,000 agencies never holds every mail draft at once.
 */
export function* eachReminder(a: Analysis): Generator<Reminder> {
  for (const st of remindedAgencies(a))
    // an agency reminded while not missing has a current report (remindedAgencies)
    yield st.timeliness === "missing" || !st.current ? missingReminder(a, st) : fixReminder(a, st, st.current);
}

/** How many reminders there are, without drafting them. */
export function reminderCount(a: Analysis): number {
  let n = 0;
  for (const _ of remindedAgencies(a)) n++;
  return n;
}

/**
 * Agencies to remind: past their due date without a report, or whose report has errors or leaves
 * assigned tasks out. The focal point collects the reports: it is never asked by letter to send one
 * to itself.
 */
function* remindedAgencies(a: Analysis): Generator<AgencyStanding> {
  const { plan, roster } = a.input;
  const focal = new Set(plan.focalPoint ? roster.agenciesFor(plan.focalPoint).map((x) => x.id) : []);
  for (const st of a.agencies) {
    if (focal.has(st.agency.id)) continue;
    if (st.timeliness === "missing" || (st.current && (st.errors.length > 0 || uncovered(st).length > 0))) yield st;
  }
}

/** Tasks assigned to the agency that its report leaves out. */
function uncovered(st: AgencyStanding): string[] {
  return st.assigned.filter((c) => !st.covered.includes(c));
}

function frame(a: Analysis, st: AgencyStanding): Pick<MailDraft, "outro" | "more"> & { greeting: string } {
  return {
    greeting: tv("summary.rem.greeting", { agency: st.agency.name }),
    outro: ["", tv("summary.rem.signoff"), focalName(a)],
    more: (count: number) => tv("summary.rem.body.more", { count }),
  };
}

function withReasons(keys: ReminderReason[]): Pick<Reminder, "reasons" | "reasonKeys"> {
  return { reasonKeys: keys, reasons: keys.map((r) => tv(r.key, r.params)) };
}

/** Each imported file's name as sent, by its key: indexed once per analysis, not searched per agency. */
const sentNameIndex = new WeakMap<Analysis, Map<string, string>>();
function sentNames(a: Analysis): Map<string, string> {
  const known = sentNameIndex.get(a);
  if (known) return known;
  const m = new Map<string, string>();
  for (const i of a.input.imports ?? []) if (i.name) m.set(i.file, i.name);
  sentNameIndex.set(a, m);
  return m;
}

/** The file as the agency knows it (its name as sent, never the workbook's unique sheet key) and when it came. */
function fileReference(a: Analysis, file: string, receivedOn: string | null): string {
  const name = sentNames(a).get(file) || file;
  return receivedOn ? tv("summary.rem.fileReceived", { file: name, date: formatDateVi(receivedOn) }) : name;
}

/** Past its due date and nothing came in. */
function missingReminder(a: Analysis, st: AgencyStanding): Reminder {
  const plan = planNumber(a);
  const { greeting, outro, more } = frame(a, st);
  return {
    standing: st,
    ...withReasons([
      { key: "summary.rem.reason.missing" },
      ...st.wrongPlan.map((c) => ({
        key: "summary.rem.reason.wrongPlan" as const,
        params: { plan: c.submission?.planNumber ?? "" },
      })),
    ]),
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

/** A report came in with errors or without some assigned tasks. */
function fixReminder(a: Analysis, st: AgencyStanding, current: NonNullable<AgencyStanding["current"]>): Reminder {
  const left = uncovered(st);
  const items = [
    ...(left.length > 0 ? [tv("summary.rem.body.uncovered", { codes: left.join(", ") })] : []),
    ...[...st.errors]
      .sort(issueOrder)
      .map((i) =>
        i.cell
          ? tv("summary.rem.issueLine", { cell: i.cell, message: issueMessage(i) })
          : tv("summary.rem.issueLineNoCell", { message: issueMessage(i) }),
      ),
  ];
  const reasons: ReminderReason[] = [
    ...(st.errors.length > 0
      ? [{ key: "summary.rem.reason.errors" as const, params: { count: st.errors.length } }]
      : []),
    ...(left.length > 0 ? [{ key: "summary.rem.reason.uncovered" as const, params: { count: left.length } }] : []),
  ];
  const { greeting, outro, more } = frame(a, st);
  return {
    standing: st,
    ...withReasons(reasons),
    subject: tv("summary.rem.subject.fix", { plan: planNumber(a), period: a.input.period }),
    draft: {
      intro: [
        greeting,
        "",
        tv("summary.rem.body.fix", {
          focal: focalName(a),
          period: a.input.period,
          file: fileReference(a, current.file, st.receivedOn),
        }),
      ],
      items,
      outro,
      more,
    },
  };
}
