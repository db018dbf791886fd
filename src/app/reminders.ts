/** Step 6 (Nhắc nhở): the reminder sheet alone, and each reminder for the pane's copy and mail buttons. */
import type { Analysis } from "../core/consolidate/analyse";
import { reminders as buildReminders } from "../core/consolidate/reminders";
import { fittedMailto, draftBody } from "../core/consolidate/mailto";
import type { WorkbookPort, WriteOptions } from "../core/ports/workbook";
import { t, type Locale } from "../core/i18n";
import type { PlanState } from "./plan-state";
import { analyseImports, summarySheets } from "./analysis";

export interface ReminderView {
  agencyName: string;
  email: string;
  subject: string;
  body: string;
  mailto: string;
  /** why the agency is reminded, in the pane's language (the letter itself is in Vietnamese) */
  reasons: string[];
}

export function reminderViews(analysis: Analysis, locale: Locale = "vi"): ReminderView[] {
  return buildReminders(analysis).map((r) => ({
    agencyName: r.standing.agency.name,
    email: r.standing.agency.email,
    subject: r.subject,
    body: draftBody(r.draft),
    mailto: fittedMailto(r.standing.agency.email, r.subject, r.draft).url,
    reasons: r.reasonKeys.map((k) => t(locale, k.key, k.params)),
  }));
}

export async function remindersStep(
  port: WorkbookPort,
  state: PlanState,
  asOf: string,
  period: string,
  options: WriteOptions = {},
  locale: Locale = "vi",
): Promise<ReminderView[]> {
  const analysed = await analyseImports(port, state, asOf, period, options);
  const sheets = summarySheets(analysed, ["summary.sheet.reminders"]);
  if (sheets.length > 0) await port.writeSheets(sheets, { ...options, activate: true });
  return reminderViews(analysed.analysis, locale);
}
