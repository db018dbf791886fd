/** Names of the summary sheets the steps write or link from (the workbook's language is Vietnamese). */
import { t } from "../core/i18n";

export const ISSUES_SHEET = t("vi", "summary.sheet.issues");
export const SUBMISSIONS_SHEET = t("vi", "summary.sheet.submissions");
export const REMINDERS_SHEET = t("vi", "summary.sheet.reminders");
