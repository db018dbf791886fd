/** Nhắc nhở: one row per reminder, with its mail draft and a mailto: link that opens it. */
import type { OutRow, StreamedSheet } from "../../sheet-model";
import { TAB_COLORS } from "../../palette";
import type { Analysis } from "../analyse";
import { draftBody, fittedMailto } from "../mailto";
import { eachReminder, reminderCount, type Reminder } from "../reminders";
import { specRows, streamedTableSheet, type ColumnSpec } from "../sheet-spec";
import { subtitle, tv } from "../wording";

const email = (r: Reminder) => r.standing.agency.email.trim();

const COLUMNS: ColumnSpec<Reminder>[] = [
  { key: "agency", header: "summary.rem.col.agency", width: 32, value: (r) => r.standing.agency.name },
  {
    key: "email",
    header: "summary.rem.col.email",
    width: 28,
    style: (r) => (email(r) ? undefined : "muted"),
    value: (r) => email(r) || tv("summary.rem.noEmail"),
  },
  {
    key: "reason",
    header: "summary.rem.col.reason",
    width: 22,
    style: (r) => (r.standing.timeliness === "missing" ? "bad" : "warn"),
    value: (r) => r.reasons.join("; "),
  },
  { key: "subject", header: "summary.rem.col.subject", width: 36, value: (r) => r.subject },
  { key: "body", header: "summary.rem.col.body", width: 70, value: (r) => draftBody(r.draft) },
  {
    key: "link",
    header: "summary.rem.col.link",
    width: 14,
    // An e-mail link, not a cell of the workbook: made here from the draft, cut to fit.
    value: (r) => ({ link: fittedMailto(email(r), r.subject, r.draft).url, text: tv("summary.rem.linkText") }),
  },
];

/** The sheet, each reminder drafted as its row is written. */
export function remindersSheet(a: Analysis): StreamedSheet {
  const count = reminderCount(a);
  const none: OutRow[] = [{ cells: [tv("summary.rem.none")], style: "muted" }];
  return streamedTableSheet({
    name: tv("summary.sheet.reminders"),
    title: tv("summary.rem.title"),
    subtitle: subtitle(a),
    columns: COLUMNS,
    body: count > 0 ? { count, rows: specRows(COLUMNS, eachReminder(a), "wrap") } : { count: 1, rows: none },
    freezeCols: 1,
    tabColor: TAB_COLORS.action,
  });
}
