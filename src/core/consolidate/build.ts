/**
 * The consolidated summary workbook (bảng tổng hợp) as writer-neutral sheets: the CLI writes
 * them with ExcelJS, the add-in with Office.js, so both produce the same content. Each sheet
 * has its own module under sheets/; the figures they show are computed once, in analyse.ts.
 *
 * Deterministic: no clock is read here; the as-of date and import times come from the input.
 * Every string that came from a submission goes out as a plain string (OutSheet strings are
 * always literal), so "=HYPERLINK(…)" or "+84…" stays the text the agency typed.
 */
import type { OutSheet } from "../sheet-model";
import { analyse, type Analysis, type SummaryInput } from "./analyse";
import type { WorkbookData } from "../grid";
import { copyOfSheet, uniqueSheetName } from "./copies";
import type { CopiesByFile, SheetCopy } from "./links";
import { fitRowHeights } from "./row-heights";
import { detailSheet } from "./sheets/detail";
import { figuresSheet } from "./sheets/figures";
import { issuesSheet } from "./sheets/issues";
import { logSheet } from "./sheets/log";
import { matrixSheet } from "./sheets/matrix";
import { remindersSheet } from "./sheets/reminders";
import { reportSheet } from "./sheets/report";
import { submissionsSheet } from "./sheets/submissions";
import { tasksSheet } from "./sheets/tasks";
import { tv } from "./wording";
import { splitWideSheet } from "./split-wide";
import { SUMMARY_SHEET_KEYS, type SummarySheetKey } from "./sheet-keys";

export { SUMMARY_SHEET_KEYS, type SummarySheetKey };

export function summarySheetNames(): string[] {
  return SUMMARY_SHEET_KEYS.map((k) => tv(k));
}

/** Each summary sheet's builder, by the key of its name: one analysis, any subset of sheets. */
const BUILDERS: Record<SummarySheetKey, (a: Analysis, copies: CopiesByFile) => OutSheet> = {
  "summary.sheet.tasks": tasksSheet,
  "summary.sheet.detail": detailSheet,
  "summary.sheet.submissions": submissionsSheet,
  "summary.sheet.matrix": matrixSheet,
  "summary.sheet.figures": figuresSheet,
  "summary.sheet.issues": issuesSheet,
  "summary.sheet.reminders": remindersSheet,
  "summary.sheet.report": reportSheet,
  "summary.sheet.log": logSheet,
};

/**
 * The named summary sheets of an analysis, in the workbook's order, without building the
 * others: the pane's check step writes `Kết quả kiểm tra` alone, its reminder step `Nhắc nhở`.
 * `copies` are the sheets the findings and the submissions link into.
 */
export function buildSummarySheets(
  a: Analysis,
  keys: readonly SummarySheetKey[] = SUMMARY_SHEET_KEYS,
  copies: CopiesByFile = new Map(),
): OutSheet[] {
  return SUMMARY_SHEET_KEYS.filter((k) => keys.includes(k))
    .flatMap((k) => {
      const sheet = BUILDERS[k](a, copies);
      // One column per agency: past Excel's 16,384 columns the matrix is split (split-wide.ts).
      return k === "summary.sheet.matrix" ? splitWideSheet(sheet, 2) : [sheet];
    })
    .map(fitRowHeights);
}

export interface Summary {
  /** the summary sheets, then one copy per current submission */
  sheets: OutSheet[];
  /** file name → name of the sheet holding its imported copy */
  copies: Map<string, string>;
  analysis: Analysis;
}

export interface SummaryOptions {
  /**
   * Copies of report sheets the workbook already holds (the pane's import sheets NB01 …), by
   * file: the findings and the submissions link into them. Copies made here from
   * `SummaryInput.sources` are added to these.
   */
  copies?: CopiesByFile;
}

/** Builds the summary; see `buildSummary` for the sheets alone. */
export function buildSummaryWithDetails(input: SummaryInput, options: SummaryOptions = {}): Summary {
  const a = analyse(input);
  const taken = new Set(summarySheetNames().map((n) => n.toLocaleLowerCase("vi")));
  const copies = new Map<string, string>();
  const linkable = new Map<string, SheetCopy>(options.copies ?? []);
  const copySheets: OutSheet[] = [];
  const sourceOf = new Map<string, WorkbookData>();
  for (const w of input.sources ?? []) if (!sourceOf.has(w.fileName)) sourceOf.set(w.fileName, w);
  for (const st of a.agencies) {
    const sub = st.current?.submission;
    if (!st.current || !sub) continue;
    const wb = sourceOf.get(st.current.file);
    const sheet = wb?.sheets.find((s) => s.name === sub.sheet);
    const prepared = input.preparedCopies?.has(st.current.file) === true;
    if (!sheet && !prepared) continue;
    const name = uniqueSheetName(`${tv("summary.sheet.copyPrefix")} ${st.agency.short}`, taken);
    copies.set(st.current.file, name);
    linkable.set(st.current.file, { sheet: name, of: sub.sheet });
    copySheets.push(sheet && !prepared ? copyOfSheet(sheet, name) : { name, columns: [], rows: [] });
  }
  const sheets = [...buildSummarySheets(a, SUMMARY_SHEET_KEYS, linkable), ...copySheets.map(fitRowHeights)];
  return { sheets, copies, analysis: a };
}

export function buildSummary(input: SummaryInput, options: SummaryOptions = {}): OutSheet[] {
  return buildSummaryWithDetails(input, options).sheets;
}
