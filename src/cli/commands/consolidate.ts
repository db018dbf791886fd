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
import { consolidateSources, type ConsolidateOptions, type SourceFile } from "./consolidate-files";
import { openExisting, type ExistingPackage } from "../../xlsx/write/existing";
import { stylesFor, writeSummaryPackage } from "../../xlsx/write/package";
import { sheetXmlBytes } from "../../xlsx/write/sheet-xml";
import { ZipWriter, type PackedPart } from "../../xlsx/write/zip-writer";
import { nodeDeflater } from "../../node/deflate";
import { isIsoDate } from "../../core/dates";
import { terminalField } from "../terminal";
import type { Summary } from "../../core/consolidate/build";
import { reminderCount } from "../../core/consolidate/reminders";
import { ASSESSED_ORDER } from "../../core/consolidate/task-status";
import type { OutSheet } from "../../core/sheet-model";
import { writeSheetsInto } from "../../xlsx/write-sheets";
import { findingLines, loadContext } from "../load";
import { fileLabels, parseCommandArgs, parseMaxFileMb, parseReceived } from "../args";
import { readFileLimited, removeStaleTempFiles, writeFileAtomic, writeFileAtomicStreaming } from "../../node/files";
import { withOutputLock } from "../../node/output-lock";
import { nowInVietnam, todayInVietnam } from "../../node/clock";

export interface ReceivedFile {
  /** the file's label: unique among the files consolidated together (see cli/args fileLabels) */
  fileName: string;
  bytes: Uint8Array;
  /** ISO date received, when known */
  receivedOn?: string;
  /** why the file could not be read, when it could not: it becomes that file's finding */
  readError?: unknown;
}

/** Reads, checks and consolidates files already in memory. Unreadable files are listed, never fatal. */
export async function consolidateFiles(files: ReceivedFile[], o: ConsolidateOptions): Promise<Summary> {
  const sources = files.map((f) => ({
    fileName: f.fileName,
    receivedOn: f.receivedOn,
    read: async () => {
      if (f.readError !== undefined) throw f.readError;
      return f.bytes;
    },
  }));
  const plan = (await consolidateSources(sources, o)).summary;
  return { ...plan, sheets: plan.sheets.map((s) => s.build()) };
}

/** The output workbook as a package to rebuild, or null when there is none yet. */
async function openOutput(outPath: string): Promise<ExistingPackage | null> {
  const bytes = await fsSaveSteps.readExisting(outPath);
  if (!bytes) return null;
  try {
    return await openExisting(bytes);
  } catch (e) {
    if (isUserError(e)) throw e;
    throw new UserError("summary.cli.outUnreadable", { file: outPath });
  }
}

function packPart(data: Uint8Array): PackedPart {
  return { crc: nodeDeflater.crc32(data), size: data.length, packed: nodeDeflater.deflateRaw(data) as Uint8Array };
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
  if (steps === fsSaveSteps)
    return withOutputLock(outPath, async () => {
      await removeStaleTempFiles(outPath);
      await renderAndWrite(outPath, sheets, steps);
    });
  return renderAndWrite(outPath, sheets, steps);
}

async function renderAndWrite(outPath: string, sheets: OutSheet[], steps: SaveSteps): Promise<void> {
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
export function unreadableFiles(s: Pick<Summary, "analysis">): string[] {
  return s.analysis.input.checked
    .filter((c) => s.analysis.fileStates.get(c.file)?.kind === "unreadable")
    .map((c) => c.file);
}

/** The lines printed at the end: reporting agencies, tasks by status, unreadable files, where the file is. */
export function summaryLines(s: Pick<Summary, "analysis">, outPath: string): string[] {
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
      reminders: reminderCount(a),
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
  for (const line of findingLines(ctx.findings)) io.err(line);
  const outPath = resolve(io.cwd, values.out);
  // One run at a time per output; what a killed run left beside it goes first.
  const summary = await withOutputLock(outPath, async () => {
    await removeStaleTempFiles(outPath);
    const existing = await openOutput(outPath);
    const styles = stylesFor(existing);
    io.out(tBoth("summary.cli.reading", { count: positionals.length }));
    // Files are read when their turn comes in the pool, and each copy sheet is compressed as soon
    // as its file is checked: memory stays flat with the number of files.
    const sources: SourceFile[] = positionals.map((p, i) => ({
      fileName: labels[i]!,
      receivedOn: received.get(i),
      read: () => readFileLimited(resolve(io.cwd, p), maxFileBytes, labels[i]!),
    }));
    const { summary, packed } = await consolidateSources(sources, {
      ...ctx,
      period: values.period,
      asOf,
      importedAt: nowInVietnam(),
      settings: { dueDayIsLate: !values["due-day-on-time"] },
      maxFileBytes,
      progress: (l) => io.out(l),
      pack: async (sheet) => packPart(sheetXmlBytes(sheet, styles)),
    });
    // The summary's sheets are built one at a time as the writer reaches them (SummaryPlan).
    // Nothing readable: no summary to write, and an earlier one at --out must not be replaced by an empty one.
    if (unreadableFiles(summary).length === positionals.length)
      throw new UserError("summary.cli.noneReadable", { count: positionals.length });
    if (values.period === undefined)
      io.out(tBoth("summary.cli.periodChosen", { period: summary.analysis.input.period }));
    await writeFileAtomicStreaming(outPath, (sink) =>
      writeSummaryPackage({ sheets: summary.sheets, packed, existing, styles }, new ZipWriter(sink, nodeDeflater)),
    );
    return summary;
  });
  for (const l of summaryLines(summary, values.out)) io.out(l);
  return unreadableFiles(summary).length > 0 ? EXIT_FINDINGS : EXIT_OK;
}
