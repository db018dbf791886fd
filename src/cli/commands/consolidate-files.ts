/**
 * Reading, checking and consolidating a batch of returned files with memory that stays flat
 * however many there are. Files go through a bounded pool; once a file is checked, only what the
 * summary needs is kept: its check result (issues, and the lines with only the cells the summary
 * points at: core/consolidate/kept.ts), its hash, and its copy sheet — compressed right away into
 * the part the writer will put in the package (`pack`), or, without a packer (the demo, tests),
 * the whole check result and the report sheet alone instead of the whole workbook. The bytes and
 * the grids of the file are dropped.
 *
 * The period to check against must be known before checking. Given (--period), it is used; else
 * the first file's declared period is assumed, and if the batch as a whole declares another one
 * (defaultPeriod: the one most files declare), every file is read and checked again — the same
 * result as reading everything first, without holding every workbook in memory.
 */
import type { Sheet } from "../../core/grid";
import { isIsoDate } from "../../core/dates";
import { tBoth } from "../../core/i18n";
import { formatIssue } from "../../core/report/summary";
import { unreadableFile, unreadableReasonOf } from "../unreadable";
import { terminalField } from "../terminal";
import { checkWorkbook, type CheckedSubmission } from "../../core/report/pipeline";
import type { CheckContext } from "../../core/report/context";
import { planSummary, type SummaryPlan } from "../../core/consolidate/build";
import { summaryKeeper } from "../../core/consolidate/kept";
import { copyOfSheet } from "../../core/consolidate/copies";
import { fitRowHeights } from "../../core/consolidate/row-heights";
import type { OutSheet } from "../../core/sheet-model";
import { readSubmissionFile } from "../../xlsx/read-workbook";
import type { PackedPart } from "../../xlsx/write/zip-writer";
import { DEFAULT_READ_LIMITS } from "../../xlsx/limits";
import { sha256Hex } from "../../node/files";
import { mapPool } from "../../node/pool";
import { defaultPeriod } from "../args";
import type { RosterIndex } from "../../core/roster/match";
import type { Plan } from "../../core/plan/model";
import type { AssignmentMatrix } from "../../core/matrix-model";
import type { CheckSettings } from "../../core/report/context";

export interface ConsolidateOptions {
  plan: Plan;
  roster: RosterIndex;
  matrix: AssignmentMatrix;
  /** the period to consolidate; when absent, the one most files declare, else the as-of year */
  period?: string;
  asOf: string;
  /** ISO date-time (Vietnam) written in the import log; its date stands in for an unknown received date */
  importedAt: string;
  settings?: Partial<CheckSettings>;
  /** largest file read, in bytes (default 10 MB) */
  maxFileBytes?: number;
  /** one line of progress, for the terminal */
  progress?: (line: string) => void;
}

/** A file to consolidate, read when its turn comes. */
export interface SourceFile {
  /** the file's label: unique among the files consolidated together (see cli/args fileLabels) */
  fileName: string;
  receivedOn?: string;
  read(): Promise<Uint8Array>;
}

export interface PipelineOptions extends ConsolidateOptions {
  /** compresses a copy sheet into its package part as soon as its file is checked */
  pack?: (sheet: OutSheet) => Promise<PackedPart>;
  /** files in flight at once (default 4: enough to overlap reading with checking, few grids alive) */
  concurrency?: number;
}

export interface PipelineResult {
  /** the summary with its sheets still to build: the writer makes one at a time */
  summary: SummaryPlan;
  /** copy-sheet name → its part, for the writer */
  packed: Map<string, PackedPart>;
}

interface FileResult {
  /** null when the file could not even be read */
  sha: string | null;
  checked: CheckedSubmission;
  copy: { sheet: Sheet } | { packed: PackedPart } | null;
}

/** One file never stops the batch: it is listed as unreadable, in both languages. */
function unreadable(file: string, e: unknown, progress?: (line: string) => void): CheckedSubmission {
  const entry = unreadableFile(file, e);
  const reason = unreadableReasonOf(entry);
  progress?.(tBoth("summary.cli.unreadable", { file: terminalField(file), reason: reason.vi, reason_en: reason.en }));
  return entry;
}

/** What is kept of a checked file: all of it, or with a packer only what the summary reads (kept.ts). */
type Keep = (checked: CheckedSubmission) => CheckedSubmission;

async function processFile(
  f: SourceFile,
  period: string,
  o: PipelineOptions,
  report: boolean,
  keep: Keep,
): Promise<FileResult> {
  // A path that cannot be read (missing, no permission, too big) is that file's finding; the
  // others are still consolidated, and the exit status says the batch was incomplete.
  let bytes: Uint8Array;
  try {
    bytes = await f.read();
  } catch (e) {
    return { sha: null, checked: unreadable(f.fileName, e, report ? o.progress : undefined), copy: null };
  }
  const sha = sha256Hex(bytes);
  const maxFileBytes = o.maxFileBytes ?? DEFAULT_READ_LIMITS.maxFileBytes;
  let wb;
  try {
    wb = await readSubmissionFile(bytes, f.fileName, { maxFileBytes });
  } catch (e) {
    return { sha, checked: unreadable(f.fileName, e, report ? o.progress : undefined), copy: null };
  }
  const ctx: CheckContext = {
    plan: o.plan,
    roster: o.roster,
    matrix: o.matrix,
    asOf: o.asOf,
    period,
    settings: o.settings,
  };
  let checked: CheckedSubmission;
  try {
    checked = checkWorkbook({ wb, sha256: sha, receivedOn: f.receivedOn }, ctx);
    // Nothing says when it came in (no --received, no report date): the import day is the best
    // known bound, and the summary's log says so; "on time" by default would flatter a late file.
    const importDate = o.importedAt.slice(0, 10);
    if (!f.receivedOn && !checked.submission?.reportDate && isIsoDate(importDate))
      checked = checkWorkbook({ wb, sha256: sha, receivedOn: importDate }, ctx);
  } catch (e) {
    return { sha, checked: unreadable(f.fileName, e, report ? o.progress : undefined), copy: null };
  }
  // Read but holding no report (no table found): said here too, as it is not consolidated.
  const why = checked.submission ? undefined : checked.issues.find((i) => i.severity === "error");
  if (why && report)
    o.progress?.(
      tBoth("summary.cli.unreadable", {
        file: terminalField(checked.file),
        reason: formatIssue(why, "vi"),
        reason_en: formatIssue(why, "en"),
      }),
    );
  const sheet = checked.submission ? wb.sheets.find((s) => s.name === checked.submission!.sheet) : undefined;
  let copy: FileResult["copy"] = null;
  if (sheet) copy = o.pack ? { packed: await o.pack(fitRowHeights(copyOfSheet(sheet, "copy"))) } : { sheet };
  return { sha, checked: keep(checked), copy };
}

/** Reads, checks and consolidates; unreadable files are listed, never fatal. */
export async function consolidateSources(files: readonly SourceFile[], o: PipelineOptions): Promise<PipelineResult> {
  const limit = o.concurrency ?? 4;
  const keep: Keep = o.pack ? summaryKeeper() : (c) => c;
  let assumed = o.period;
  const results: FileResult[] = [];
  if (assumed === undefined && files.length > 0) {
    const first = await processFile(files[0]!, o.asOf.slice(0, 4), o, false, keep);
    assumed = first.checked.submission?.period ?? o.asOf.slice(0, 4);
  }
  results.push(...(await mapPool(files, limit, (f) => processFile(f, assumed!, o, true, keep))));
  let period =
    o.period ??
    defaultPeriod(
      results.map((r) => r.checked.submission?.period ?? null),
      o.asOf,
    );
  if (period !== assumed) {
    results.splice(0, results.length, ...(await mapPool(files, limit, (f) => processFile(f, period, o, false, keep))));
    period = o.period ?? period;
  }
  const prepared = new Set<string>();
  const sources = [];
  for (const [i, r] of results.entries()) {
    if (r.copy && "packed" in r.copy) prepared.add(files[i]!.fileName);
    else if (r.copy) sources.push({ fileName: files[i]!.fileName, sheets: [r.copy.sheet] });
  }
  const receivedOn: Record<string, string> = {};
  for (const f of files) if (f.receivedOn) receivedOn[f.fileName] = f.receivedOn;
  const summary = planSummary({
    plan: o.plan,
    roster: o.roster,
    matrix: o.matrix,
    checked: results.map((r) => r.checked),
    receivedOn,
    asOf: o.asOf,
    period,
    imports: files.map((f, i) => ({ file: f.fileName, sha256: results[i]!.sha, importedAt: o.importedAt })),
    sources,
    preparedCopies: prepared,
    settings: o.settings,
  });
  const packed = new Map<string, PackedPart>();
  for (const [i, r] of results.entries()) {
    const name = summary.copies.get(files[i]!.fileName);
    if (name && r.copy && "packed" in r.copy) packed.set(name, r.copy.packed);
  }
  return { summary, packed };
}
