import type { MessageKey } from "../i18n";

/** The sheet names the product generates (the summary's own, without the copies), in workbook order. */
export const SUMMARY_SHEET_KEYS = [
  "summary.sheet.tasks",
  "summary.sheet.detail",
  "summary.sheet.submissions",
  "summary.sheet.matrix",
  "summary.sheet.figures",
  "summary.sheet.issues",
  "summary.sheet.reminders",
  "summary.sheet.report",
  "summary.sheet.log",
] as const satisfies readonly MessageKey[];

export type SummarySheetKey = (typeof SUMMARY_SHEET_KEYS)[number];
