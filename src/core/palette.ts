/**
 * The colours of every workbook the product writes (summary sheets and agency templates), as
 * "RRGGBB". One table, so the summary and the template cannot drift apart; each writer turns
 * these into its own format (ExcelJS "FFRRGGBB", Office.js "#RRGGBB").
 */
import type { AssessedStatus } from "./report/model";
import type { CellStyle } from "./sheet-model";

export const COLORS = {
  /** dark blue of titles and headings */
  heading: "1F3864",
  /** grey of subtitles and notes */
  note: "595959",
  /** grey of muted text */
  muted: "7F7F7F",
  /** thin cell borders */
  border: "BFBFBF",
  /** hyperlinks, as Excel draws them */
  link: "0563C1",
  /** header rows */
  headerFill: "D9E1F2",
  /** prefilled cells of a template: not to be edited */
  prefilledFill: "E7E6E6",
  /** cells of a template the agency fills in */
  inputFill: "FFFFFF",
} as const;

/** Excel's own good / neutral / bad cell styles, and a blue and a grey beside them. */
export const STATUS_COLORS = {
  good: { font: "006100", fill: "C6EFCE" },
  warn: { font: "9C5700", fill: "FFEB9C" },
  bad: { font: "9C0006", fill: "FFC7CE" },
  info: { font: "1F4E78", fill: "DDEBF7" },
  neutral: { font: "595959", fill: "EDEDED" },
} as const satisfies Partial<Record<CellStyle, { font: string; fill: string }>>;

/** Sheet tab colours, by what a sheet is for. */
export const TAB_COLORS = {
  /** the tables of the summary (tasks, submissions, matrix) */
  tables: "1F4E78",
  /** the figures the workbook opens on */
  figures: "C00000",
  /** what needs acting on: findings, reminders */
  action: "ED7D31",
  /** the draft report */
  report: "70AD47",
  /** the import log */
  log: "7F7F7F",
  /** copies of the agencies' sheets */
  copy: "A5A5A5",
  /** the agency's report sheet in a template */
  template: "4472C4",
} as const;

/** Chart bars by assessed status: the status fills a shade darker, so bars stand out. */
export const STATUS_CHART_COLORS: Record<AssessedStatus, string> = {
  doneOnTime: "70AD47",
  doneLate: "ED7D31",
  inProgressOnTime: "FFC000",
  overdue: "C00000",
  ongoing: "5B9BD5",
  noReport: "A5A5A5",
};
