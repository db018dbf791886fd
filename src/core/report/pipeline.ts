/**
 * Checking a batch of returned files: read each, run every check, keep going whatever one
 * file holds. Then, per agency and period, the newest submission wins and the others are
 * kept as superseded (agencies often send a corrected file).
 */
import type { WorkbookData } from "../grid";
import type { TemplateMeta } from "./meta-sheet";
import type { CheckIssue, ReportLine, Submission } from "./model";
import { DEFAULT_SETTINGS, makeIssue, type CheckContext, type CheckSettings } from "./context";
import { readLocated } from "./read";
import { ALL_CHECKS } from "./checks";

export interface CheckInputFile {
  wb: WorkbookData;
  sha256?: string;
  /** ISO date the focal point received the file; defaults to the report date the agency wrote */
  receivedOn?: string;
  /**
   * The template's metadata when it is known apart from the file (the pane records it at import
   * and keeps only the report sheet); otherwise it is read from the file's hidden sheet.
   */
  meta?: TemplateMeta;
}

export interface CheckedSubmission {
  file: string;
  submission: Submission | null;
  issues: CheckIssue[];
}

export function resolveSettings(s?: Partial<CheckSettings>): CheckSettings {
  return { ...DEFAULT_SETTINGS, ...(s ?? {}) };
}

/** Reads and checks one workbook. Never throws for what the file contains. */
export function checkWorkbook(input: CheckInputFile, ctx: CheckContext): CheckedSubmission {
  const settings = resolveSettings(ctx.settings);
  const read = readLocated(input.wb, ctx, { sha256: input.sha256, receivedOn: input.receivedOn, meta: input.meta });
  const issues = [...read.issues];
  if (read.submission && read.located) {
    const checkInput = { wb: input.wb, submission: read.submission, located: read.located, ctx, settings };
    for (const check of ALL_CHECKS) {
      try {
        const found = check.run(checkInput);
        for (let i = 0; i < found.length; i++) issues.push(found[i]!);
      } catch (e) {
        // A bug in one check must not hide the others' findings or stop the batch; it is
        // reported as an issue so it gets noticed and fixed.
        issues.push(
          makeIssue(
            { wb: input.wb, submission: read.submission },
            "check-failed",
            "error",
            {},
            { check: check.name, reason: String(e instanceof Error ? e.message : e) },
          ),
        );
      }
    }
  }
  return { file: input.wb.fileName, submission: read.submission, issues };
}

/** The cells of a line that batch summaries point at (the detail sheet links each text to its cell). */
const SUMMARY_CELLS = ["status", "result", "difficulties", "proposals", "taskCode"] as const;

/**
 * What is kept of a checked file once its findings are made: the lines' values with the cells a
 * summary points at, and the findings. The other cell references of each line and the header
 * block with its cells are dropped; batch outputs (the CLI's check output, the consolidated
 * workbook) read none of them, and at 20,000 files they are most of what would stay.
 */
export function compactChecked(c: CheckedSubmission): CheckedSubmission {
  if (!c.submission) return c;
  const lines = c.submission.lines.map((l): ReportLine => ({ ...l, cells: summaryCells(l.cells) }));
  return { ...c, submission: { ...c.submission, header: {}, lines } };
}

function summaryCells(cells: ReportLine["cells"]): ReportLine["cells"] {
  const kept: ReportLine["cells"] = {};
  // A line with none of status, result or code stands for itself by its first located cell.
  if (!cells.status && !cells.result && !cells.taskCode) {
    const first = Object.entries(cells).find(([, ref]) => ref !== undefined);
    if (first) kept[first[0] as keyof ReportLine["cells"]] = first[1];
  }
  for (const key of SUMMARY_CELLS) if (cells[key]) kept[key] = cells[key];
  return kept;
}

export function checkFiles(inputs: readonly CheckInputFile[], ctx: CheckContext): CheckedSubmission[] {
  return inputs.map((i) => checkWorkbook(i, ctx));
}

/**
 * What makes two files versions of one report: the same agency and period. Null for a file whose
 * agency is unknown: it is nobody's version and is never folded under another.
 */
export function versionKey(item: CheckedSubmission): string | null {
  const s = item.submission;
  return s && s.agencyId ? `${s.agencyId}\u0000${s.period ?? ""}` : null;
}

/**
 * The current submission per agency and period: the latest received (then the latest report
 * date, then the later in the input order). Files whose agency is unknown cannot supersede
 * or be superseded, so they stay current and their issues stay visible.
 */
export function latestByAgency<T extends CheckedSubmission>(checked: readonly T[]): { current: T[]; superseded: T[] } {
  const best = new Map<string, { item: T; index: number }>();
  const current: T[] = [];
  const superseded: T[] = [];
  checked.forEach((item, index) => {
    const key = versionKey(item);
    if (key === null) return;
    const prev = best.get(key);
    if (!prev || newer(item, index, prev.item, prev.index)) best.set(key, { item, index });
  });
  const winners = new Set([...best.values()].map((b) => b.item));
  for (const item of checked) {
    const s = item.submission;
    if (!s || !s.agencyId || winners.has(item)) current.push(item);
    else superseded.push(item);
  }
  return { current, superseded };
}

function newer(a: CheckedSubmission, ai: number, b: CheckedSubmission, bi: number): boolean {
  const c = compareDates(a.submission?.receivedOn ?? null, b.submission?.receivedOn ?? null);
  if (c !== 0) return c > 0;
  const d = compareDates(a.submission?.reportDate ?? null, b.submission?.reportDate ?? null);
  if (d !== 0) return d > 0;
  return ai > bi;
}

/** ISO dates compare as text; a known date is newer than an unknown one. */
function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/** Whether any issue of a batch is an error (the CLI's exit code, the pane's red badge). */
export function hasErrors(checked: readonly CheckedSubmission[]): boolean {
  return checked.some((c) => c.issues.some((i) => i.severity === "error"));
}
