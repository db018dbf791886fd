/**
 * The consolidated summary workbook (bảng tổng hợp) as writer-neutral sheets: the CLI writes
 * them with ExcelJS, the add-in with Office.js, so both produce the same content. Each sheet
 * has its own module under sheets/; the figures they show are computed once, in analyse.ts.
 *
 * Deterministic: no clock is read here; the as-of date and import times come from the input.
 * Every string that came from a submission goes out as a plain string (OutSheet strings are
 * always literal), so "=HYPERLINK(…)" or "+84…" stays the text the agency typed.
 */
import { wholeSheet, type OutSheet, type WritableSheet } from "../sheet-model";
import { analyse, type Analysis, type SummaryInput } from "./analyse";
import type { WorkbookData } from "../grid";
import { copyOfSheet, uniqueSheetName } from "./copies";
import type { CopiesByFile, SheetCopy } from "./links";
import { fitRowHeights } from "./row-heights";
import { detailSheet } from "./sheets/detail";
import { figuresSheet } from "./sheets/figures";
import { issuesSheet } from "./sheets/issues";
import { logSheet } from "./sheets/log";
import { matrixSheet, matrixWidth } from "./sheets/matrix";
import { remindersSheet } from "./sheets/reminders";
import { reportSheet } from "./sheets/report";
import { submissionsSheet } from "./sheets/submissions";
import { tasksSheet } from "./sheets/tasks";
import { tv } from "./wording";
import { splitWideNames, splitWideSheet } from "./split-wide";
import { SUMMARY_SHEET_KEYS, type SummarySheetKey } from "./sheet-keys";

export { SUMMARY_SHEET_KEYS, type SummarySheetKey };

export function summarySheetNames(): string[] {
  return SUMMARY_SHEET_KEYS.map((k) => tv(k));
}

/** Each summary sheet's builder, by the key of its name: one analysis, any subset of sheets. */
const BUILDERS: Record<SummarySheetKey, (a: Analysis, copies: CopiesByFile) => WritableSheet> = {
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
 * A sheet of the summary that is built only when asked. Its name (and its table's) is known
 * beforehand, so a writer can list the workbook, check names and plan links before making any
 * sheet, then build, write and drop one sheet at a time: the CLI never holds the whole summary.
 */
export interface LazySheet {
  name: string;
  /** the name of the Excel table the sheet holds, when it holds one */
  table?: string;
  /**
   * The sheet as a writer takes it: the sheets with a row per agency, file or finding make their
   * rows while they are written (StreamedSheet), so not even one of them is ever whole.
   */
  stream(): WritableSheet;
  /** the sheet with all its rows, for a writer that needs them at once (the pane) */
  build(): OutSheet;
}

/** A lazy sheet from the function that makes it. */
function lazy(expected: { name: string; table?: string }, make: () => WritableSheet): LazySheet {
  return { ...expected, stream: make, build: () => wholeSheet(make()) };
}

/** Tables the summary's sheets hold, by sheet. */
const TABLE_OF: Partial<Record<SummarySheetKey, () => string>> = {
  "summary.sheet.detail": () => tv("summary.detail.tableName"),
};

/** The built sheet must be the one announced: a mismatch is a bug, never written silently. */
function announced<S extends WritableSheet>(sheet: S, expected: { name: string; table?: string }): S {
  if (sheet.name !== expected.name || sheet.table?.name !== expected.table)
    throw new Error(`build: sheet "${sheet.name}" was announced as "${expected.name}"`);
  return sheet;
}

/** The matrix, split past Excel's columns (split-wide.ts); the parts are made once, handed out in turn. */
function matrixParts(a: Analysis): LazySheet[] {
  const names = splitWideNames(tv("summary.sheet.matrix"), matrixWidth(a), 2);
  let parts: (OutSheet | undefined)[] | null = null;
  return names.map((name, i) =>
    lazy({ name }, () => {
      parts ??= splitWideSheet(matrixSheet(a), 2);
      const part = parts[i] ?? splitWideSheet(matrixSheet(a), 2)[i];
      parts[i] = undefined;
      return fitRowHeights(announced(part!, { name }));
    }),
  );
}

/**
 * The named summary sheets of an analysis, in the workbook's order, each built when asked.
 * `copies` are the sheets the findings and the submissions link into.
 */
export function summarySheetPlan(
  a: Analysis,
  keys: readonly SummarySheetKey[] = SUMMARY_SHEET_KEYS,
  copies: CopiesByFile = new Map(),
): LazySheet[] {
  return SUMMARY_SHEET_KEYS.filter((k) => keys.includes(k)).flatMap((k): LazySheet[] => {
    // One column per agency: past Excel's 16,384 columns the matrix is split (split-wide.ts).
    if (k === "summary.sheet.matrix") return matrixParts(a);
    const expected = { name: tv(k), table: TABLE_OF[k]?.() };
    return [lazy(expected, () => fitRowHeights(announced(BUILDERS[k](a, copies), expected)))];
  });
}

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
  return summarySheetPlan(a, keys, copies).map((s) => s.build());
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

/** The summary with its sheets still to build, in the workbook's order (see `LazySheet`). */
export interface SummaryPlan extends Omit<Summary, "sheets"> {
  sheets: LazySheet[];
}

/**
 * Plans the summary: the analysis, the copies' names and every sheet's name, nothing built yet.
 * Building the sheets in order gives exactly `buildSummaryWithDetails(…).sheets`.
 */
export function planSummary(input: SummaryInput, options: SummaryOptions = {}): SummaryPlan {
  const a = analyse(input);
  const taken = new Set(summarySheetNames().map((n) => n.toLocaleLowerCase("vi")));
  const copies = new Map<string, string>();
  const linkable = new Map<string, SheetCopy>(options.copies ?? []);
  const copySheets: LazySheet[] = [];
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
    // A prepared copy is already written (the CLI packs it as its file is checked): a name only.
    copySheets.push(
      lazy({ name }, () =>
        fitRowHeights(sheet && !prepared ? copyOfSheet(sheet, name) : { name, columns: [], rows: [] }),
      ),
    );
  }
  return { sheets: [...summarySheetPlan(a, SUMMARY_SHEET_KEYS, linkable), ...copySheets], copies, analysis: a };
}

/** Builds the summary; see `buildSummary` for the sheets alone. */
export function buildSummaryWithDetails(input: SummaryInput, options: SummaryOptions = {}): Summary {
  const plan = planSummary(input, options);
  return { ...plan, sheets: plan.sheets.map((s) => s.build()) };
}

export function buildSummary(input: SummaryInput, options: SummaryOptions = {}): OutSheet[] {
  return buildSummaryWithDetails(input, options).sheets;
}
