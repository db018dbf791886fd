/**
 * kehoach consolidate FILE… --out tong-hop.xlsx [--plan FILE] [--roster FILE] [--period 2022]
 *   [--as-of YYYY-MM-DD] [--received FILE=DATE…] [--due-day-on-time] [--max-file-mb N]
 *
 * Reads the agencies' returned files, checks them, and writes the consolidated workbook. When
 * the output exists, only the sheets the product generated are replaced; the file is written
 * to a temporary name and renamed, so a failure leaves the previous summary as it was.
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { CliIO } from "../io";
import { EXIT_FINDINGS, EXIT_OK } from "../io";
import { UserError, isUserError } from "../../core/errors";
import { t, tBoth } from "../../core/i18n";
import type { RosterIndex } from "../../core/roster/match";
import type { Plan } from "../../core/plan/model";
import type { AssignmentMatrix } from "../../core/matrix-model";
import type { WorkbookData } from "../../core/grid";
import { isIsoDate } from "../../core/dates";
import type { CheckSettings } from "../../core/report/context";
import { readSubmission } from "../../core/report/read";
import { checkWorkbook, type CheckedSubmission, type CheckInputFile } from "../../core/report/pipeline";
import type { Submission } from "../../core/report/model";
import { formatIssue } from "../../core/report/summary";
import { buildSummaryWithDetails, type Summary } from "../../core/consolidate/build";
import { reminders } from "../../core/consolidate/reminders";
import { ASSESSED_ORDER } from "../../core/consolidate/analyse";
import type { OutSheet } from "../../core/sheet-model";
import { readSubmissionFile } from "../../xlsx/read-workbook";
import { writeSheetsInto } from "../../xlsx/write-sheets";
import { loadContext } from "../load";
import { defaultPeriod, fileLabels, parseCommandArgs, parseMaxFileMb, parseReceived } from "../args";
import { readFileLimited, sha256Hex, writeFileAtomic } from "../../node/files";
import { nowInVietnam, todayInVietnam } from "../../node/clock";
import { DEFAULT_READ_LIMITS } from "../../xlsx/limits";
import { unreadableFile, unreadableReasonOf } from "../unreadable";
import { terminalField } from "../terminal";

export { loadContext, type ContextFiles } from "../load";
export { nowInVietnam, todayInVietnam } from "../../node/clock";

export interface ReceivedFile {
  /** the file's label: unique among the files consolidated together (see cli/args fileLabels) */
  fileName: string;
  bytes: Uint8Array;
  /** ISO date received, when known */
  receivedOn?: string;
  /** why the file could not even be read from disk (then `bytes` is empty): it is listed as unreadable */
  readError?: unknown;
}

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

/** Reads, checks and consolidates files already in memory. Unreadable files are listed, never fatal. */
export async function consolidateFiles(files: ReceivedFile[], o: ConsolidateOptions): Promise<Summary> {
  const read: { file: ReceivedFile; wb: WorkbookData; sha: string; first: Submission | null }[] = [];
  const unreadable: CheckedSubmission[] = [];
  const hashes = new Map<string, string>();
  const maxFileBytes = o.maxFileBytes ?? DEFAULT_READ_LIMITS.maxFileBytes;
  const fail = (file: string, e: unknown) => {
    // One file never stops the batch: it is listed as unreadable, in both languages.
    const entry = unreadableFile(file, e);
    const reason = unreadableReasonOf(entry);
    o.progress?.(
      tBoth("summary.cli.unreadable", { file: terminalField(file), reason: reason.vi, reason_en: reason.en }),
    );
    unreadable.push(entry);
  };
  for (const f of files) {
    const sha = f.readError === undefined ? sha256Hex(f.bytes) : null;
    if (sha) hashes.set(f.fileName, sha);
    try {
      if (f.readError !== undefined) throw f.readError;
      const wb = await readSubmissionFile(f.bytes, f.fileName, { maxFileBytes });
      // A first, check-free read: which period the file declares, and whether it has a date at all.
      read.push({ file: f, wb, sha: sha!, first: readSubmission(wb, o).submission });
    } catch (e) {
      fail(f.fileName, e);
    }
  }
  const period =
    o.period ??
    defaultPeriod(
      read.map((r) => r.first?.period ?? null),
      o.asOf,
    );
  const importDate = o.importedAt.slice(0, 10);
  const ctx = { plan: o.plan, roster: o.roster, matrix: o.matrix, asOf: o.asOf, period, settings: o.settings };
  const checked: CheckedSubmission[] = [];
  const sources: WorkbookData[] = [];
  for (const r of read) {
    // Nothing says when it came in (no --received, no report date): the import day is the best
    // known bound, and the summary's log says so; "on time" by default would flatter a late file.
    const undated = !r.file.receivedOn && !r.first?.reportDate && isIsoDate(importDate);
    const input: CheckInputFile = {
      wb: r.wb,
      sha256: r.sha,
      receivedOn: r.file.receivedOn ?? (undated ? importDate : undefined),
    };
    try {
      const c = checkWorkbook(input, ctx);
      checked.push(c);
      sources.push(r.wb);
      // Read but holding no report (no table found): said here too, as it is not consolidated.
      const why = c.submission ? undefined : c.issues.find((i) => i.severity === "error");
      if (why) {
        const [vi, en] = [formatIssue(why, "vi"), formatIssue(why, "en")];
        o.progress?.(tBoth("summary.cli.unreadable", { file: terminalField(c.file), reason: vi, reason_en: en }));
      }
    } catch (e) {
      fail(r.file.fileName, e);
    }
  }
  const order = new Map(files.map((f, i) => [f.fileName, i]));
  const all = [...checked, ...unreadable].sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
  const receivedOn: Record<string, string> = {};
  for (const f of files) if (f.receivedOn) receivedOn[f.fileName] = f.receivedOn;
  return buildSummaryWithDetails({
    plan: o.plan,
    roster: o.roster,
    matrix: o.matrix,
    checked: all,
    receivedOn,
    asOf: o.asOf,
    period,
    imports: files.map((f) => ({ file: f.fileName, sha256: hashes.get(f.fileName) ?? null, importedAt: o.importedAt })),
    sources,
    settings: o.settings,
  });
}

/** What the file system does while saving; tests replace steps to make one fail midway. */
export interface SaveSteps {
  readExisting(path: string): Promise<Uint8Array | null>;
  render(existing: Uint8Array | null, sheets: OutSheet[]): Promise<Uint8Array>;
  /** writes the whole file or leaves the old one (node/files writeFileAtomic: temp file, fsync, rename) */
  write(path: string, bytes: Uint8Array): Promise<void>;
}

export const fsSaveSteps: SaveSteps = {
  async readExisting(path) {
    try {
      return new Uint8Array(await readFile(path));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw e;
    }
  },
  render: writeSheetsInto,
  write: (path, bytes) => writeFileAtomic(path, bytes),
};

/**
 * Writes the summary sheets into `outPath`, replacing only generated sheets of an existing
 * file. Whatever fails, the file at `outPath` is either the old one, untouched, or the new one.
 */
export async function saveSummary(outPath: string, sheets: OutSheet[], steps: SaveSteps = fsSaveSteps): Promise<void> {
  const existing = await steps.readExisting(outPath);
  let bytes: Uint8Array;
  try {
    bytes = await steps.render(existing, sheets);
  } catch (e) {
    if (existing && !isUserError(e)) {
      throw new UserError("summary.cli.outUnreadable", { file: outPath });
    }
    throw e;
  }
  await steps.write(outPath, bytes);
}

/** The files of a summary that could not be read, in input order. */
export function unreadableFiles(s: Summary): string[] {
  return s.analysis.input.checked
    .filter((c) => s.analysis.fileStates.get(c.file)?.kind === "unreadable")
    .map((c) => c.file);
}

/** The lines printed at the end: reporting agencies, tasks by status, unreadable files, where the file is. */
export function summaryLines(s: Summary, outPath: string): string[] {
  const a = s.analysis;
  const n = a.agencyCounts;
  const list = ASSESSED_ORDER.filter((st) => a.taskCounts[st] > 0)
    .map((st) => `${t("vi", `summary.assessed.${st}`)} ${a.taskCounts[st]}`)
    .join(", ");
  const unreadable = unreadableFiles(s);
  const live = a.input.checked.filter((c) => a.fileStates.get(c.file)?.kind !== "superseded").flatMap((c) => c.issues);
  return [
    tBoth("summary.cli.agencies", {
      reported: n.reported,
      total: n.mustReport,
      onTime: n.onTime,
      late: n.late,
      missing: n.missing,
      notYetDue: n.notYetDue,
    }),
    t("vi", "summary.cli.tasks", { total: a.tasks.length, list }),
    ...(unreadable.length > 0
      ? [
          tBoth("summary.cli.partial", {
            count: unreadable.length,
            files: unreadable.map(terminalField).join(", "),
            read: a.input.checked.length - unreadable.length,
          }),
        ]
      : []),
    tBoth("summary.cli.written", { file: terminalField(outPath) }),
    // The closing line counts what the issues sheet lists: every file but superseded ones, so an
    // unreadable file or a return for another plan is an error of the batch, never "0 lỗi".
    tBoth("summary.cli.issues", {
      errors: live.filter((i) => i.severity === "error").length,
      warnings: live.filter((i) => i.severity === "warning").length,
      unreadable: unreadable.length,
      reminders: reminders(a).length,
    }),
  ];
}

export async function runConsolidate(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    out: { type: "string" },
    plan: { type: "string" },
    roster: { type: "string" },
    period: { type: "string" },
    "as-of": { type: "string" },
    received: { type: "string", multiple: true },
    // "trước ngày D": by default a report received on D is late; this flag makes D on time (as in check).
    "due-day-on-time": { type: "boolean", default: false },
    "max-file-mb": { type: "string" },
  });
  if (positionals.length === 0) throw new UserError("summary.cli.noFiles");
  if (!values.out) throw new UserError("summary.cli.outRequired");
  if (!/\.xlsx$/i.test(values.out)) throw new UserError("summary.cli.outNotXlsx", { file: values.out });
  const asOf = values["as-of"] ?? todayInVietnam();
  if (!isIsoDate(asOf)) throw new UserError("check.cli.bad-date-option", { option: "--as-of", value: asOf });
  if (values.period !== undefined && !/^\d{4}$/.test(values.period))
    throw new UserError("summary.cli.badPeriod", { value: values.period });
  const maxFileBytes = parseMaxFileMb(values["max-file-mb"]);
  const received = parseReceived(values.received ?? [], positionals, io.cwd);
  const labels = fileLabels(positionals, io.cwd);

  const ctx = await loadContext(values.plan, values.roster, io.cwd);
  io.out(tBoth("summary.cli.reading", { count: positionals.length }));
  const files: ReceivedFile[] = [];
  for (const [i, p] of positionals.entries()) {
    // A path that cannot be read (missing, no permission, too big) is that file's finding;
    // the others are still consolidated, and the exit status says the batch was incomplete.
    try {
      const bytes = await readFileLimited(resolve(io.cwd, p), maxFileBytes, labels[i]!);
      files.push({ fileName: labels[i]!, bytes, receivedOn: received.get(i) });
    } catch (e) {
      files.push({ fileName: labels[i]!, bytes: new Uint8Array(0), receivedOn: received.get(i), readError: e });
    }
  }
  const summary = await consolidateFiles(files, {
    ...ctx,
    period: values.period,
    asOf,
    importedAt: nowInVietnam(),
    settings: { dueDayIsLate: !values["due-day-on-time"] },
    maxFileBytes,
    progress: (l) => io.out(l),
  });
  // Nothing readable: no summary to write, and an earlier one at --out must not be replaced by an empty one.
  if (unreadableFiles(summary).length === files.length)
    throw new UserError("summary.cli.noneReadable", { count: files.length });
  if (values.period === undefined) io.out(tBoth("summary.cli.periodChosen", { period: summary.analysis.input.period }));
  const outPath = resolve(io.cwd, values.out);
  await saveSummary(outPath, summary.sheets);
  for (const l of summaryLines(summary, values.out)) io.out(l);
  return unreadableFiles(summary).length > 0 ? EXIT_FINDINGS : EXIT_OK;
}
