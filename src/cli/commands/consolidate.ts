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
import { EXIT_OK } from "../io";
import { UserError, isUserError } from "../../core/errors";
import { t, tBoth } from "../../core/i18n";
import type { RosterIndex } from "../../core/roster/match";
import type { Plan } from "../../core/plan/model";
import type { AssignmentMatrix } from "../../core/matrix-model";
import type { WorkbookData } from "../../core/grid";
import { isIsoDate } from "../../core/dates";
import type { CheckSettings } from "../../core/report/context";
import { readSubmission } from "../../core/report/read";
import { checkFiles, type CheckedSubmission, type CheckInputFile } from "../../core/report/pipeline";
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
import { unreadableFile } from "../../core/report/findings";

export { loadContext, type ContextFiles } from "../load";
export { nowInVietnam, todayInVietnam } from "../../node/clock";

export interface ReceivedFile {
  /** the file's label: unique among the files consolidated together (see cli/args fileLabels) */
  fileName: string;
  bytes: Uint8Array;
  /** ISO date received, when known */
  receivedOn?: string;
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
  const read: { file: ReceivedFile; wb: WorkbookData; sha: string }[] = [];
  const unreadable: CheckedSubmission[] = [];
  const hashes = new Map<string, string>();
  const maxFileBytes = o.maxFileBytes ?? DEFAULT_READ_LIMITS.maxFileBytes;
  for (const f of files) {
    const sha = sha256Hex(f.bytes);
    hashes.set(f.fileName, sha);
    try {
      read.push({ file: f, wb: await readSubmissionFile(f.bytes, f.fileName, { maxFileBytes }), sha });
    } catch (e) {
      const reason = isUserError(e) ? e.messageIn("vi") : e instanceof Error ? e.message : String(e);
      o.progress?.(t("vi", "summary.cli.unreadable", { file: f.fileName, reason }));
      unreadable.push({
        file: f.fileName,
        submission: null,
        issues: [unreadableFile(f.fileName, { reason })],
      });
    }
  }
  // A first, check-free read: which period the files declare, and which have no date at all.
  const firstRead = read.map((r) => readSubmission(r.wb, o).submission);
  const period =
    o.period ??
    defaultPeriod(
      firstRead.map((s) => s?.period ?? null),
      o.asOf,
    );
  const importDate = o.importedAt.slice(0, 10);
  const inputs: CheckInputFile[] = read.map((r, i) => {
    // Nothing says when it came in (no --received, no report date): the import day is the best
    // known bound, and the summary's log says so; "on time" by default would flatter a late file.
    const undated = !r.file.receivedOn && !firstRead[i]?.reportDate && isIsoDate(importDate);
    return { wb: r.wb, sha256: r.sha, receivedOn: r.file.receivedOn ?? (undated ? importDate : undefined) };
  });
  const checked = checkFiles(inputs, {
    plan: o.plan,
    roster: o.roster,
    matrix: o.matrix,
    asOf: o.asOf,
    period,
    settings: o.settings,
  });
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
    sources: read.map((r) => r.wb),
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
      throw new UserError("summary.cli.outUnreadable", {
        file: outPath,
        detail: e instanceof Error ? e.message : String(e),
      });
    }
    throw e;
  }
  await steps.write(outPath, bytes);
}

/** The lines printed at the end: reporting agencies, tasks by status, where the file is. */
export function summaryLines(s: Summary, outPath: string): string[] {
  const a = s.analysis;
  const n = a.agencyCounts;
  const list = ASSESSED_ORDER.filter((st) => a.taskCounts[st] > 0)
    .map((st) => `${t("vi", `summary.assessed.${st}`)} ${a.taskCounts[st]}`)
    .join(", ");
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
    tBoth("summary.cli.issues", {
      errors: n.errors,
      warnings: n.warnings,
      reminders: reminders(a).length,
    }),
    tBoth("summary.cli.written", { file: outPath }),
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
    // A path that cannot be read stops the run with its name: the user typed it.
    const bytes = await readFileLimited(resolve(io.cwd, p), maxFileBytes, p);
    files.push({ fileName: labels[i]!, bytes, receivedOn: received.get(i) });
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
  if (values.period === undefined) io.out(tBoth("summary.cli.periodChosen", { period: summary.analysis.input.period }));
  const outPath = resolve(io.cwd, values.out);
  await saveSummary(outPath, summary.sheets);
  for (const l of summaryLines(summary, values.out)) io.out(l);
  return EXIT_OK;
}
