/**
 * kehoach consolidate FILE… --out tong-hop.xlsx [--plan FILE] [--period 2022]
 *   [--as-of YYYY-MM-DD] [--received FILE=DATE…]
 *
 * Reads the agencies' returned files, checks them, and writes the consolidated workbook. When
 * the output exists, only the sheets the product generated are replaced; the file is written
 * to a temporary name and renamed, so a failure leaves the previous summary as it was.
 */
import { parseArgs } from "node:util";
import { randomBytes } from "node:crypto";
import { readFile, rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { CliIO } from "../io";
import { EXIT_OK } from "../io";
import { UserError, isUserError } from "../../core/errors";
import { t, tBoth } from "../../core/i18n";
import { parsePlan } from "../../core/plan/parse";
import { buildMatrix } from "../../core/matrix";
import { KONTUM_4587_TEXT } from "../../core/plan/kontum-4587.text";
import { KONTUM_ROSTER } from "../../core/roster/default-kontum";
import { indexRoster, type RosterIndex } from "../../core/roster/match";
import type { Roster } from "../../core/roster/model";
import type { Plan } from "../../core/plan/model";
import type { AssignmentMatrix } from "../../core/matrix-model";
import type { WorkbookData } from "../../core/grid";
import { isIsoDate } from "../../core/dates";
import { checkFiles, type CheckedSubmission, type CheckInputFile } from "../../core/report/pipeline";
import { buildSummaryWithDetails, reminders, type Summary } from "../../core/consolidate/build";
import { ASSESSED_ORDER } from "../../core/consolidate/analyse";
import { ASSESSED_LABELS } from "../../core/report/model";
import type { OutSheet } from "../../core/sheet-model";
import { readSubmissionFile } from "../../xlsx/read-workbook";
import { writeSheetsInto } from "../../xlsx/write-sheets";
import { loadPlanText, loadRoster } from "../load";
import { readFileLimited, sha256Hex } from "../../node/files";
import { DEFAULT_READ_LIMITS } from "../../xlsx/limits";

export interface ReceivedFile {
  fileName: string;
  bytes: Uint8Array;
  /** ISO date received, when known */
  receivedOn?: string;
}

export interface ConsolidateOptions {
  plan: Plan;
  roster: RosterIndex;
  matrix: AssignmentMatrix;
  period: string;
  asOf: string;
  /** ISO date-time written in the import log */
  importedAt: string;
  /** one line of progress, for the terminal */
  progress?: (line: string) => void;
}

/** Reads, checks and consolidates files already in memory. Unreadable files are listed, never fatal. */
export async function consolidateFiles(files: ReceivedFile[], o: ConsolidateOptions): Promise<Summary> {
  const inputs: CheckInputFile[] = [];
  const unreadable: CheckedSubmission[] = [];
  const sources: WorkbookData[] = [];
  const hashes = new Map<string, string>();
  for (const f of files) {
    const sha = sha256Hex(f.bytes);
    hashes.set(f.fileName, sha);
    try {
      const wb = await readSubmissionFile(f.bytes, f.fileName);
      sources.push(wb);
      inputs.push({ wb, sha256: sha, receivedOn: f.receivedOn });
    } catch (e) {
      const reason = isUserError(e) ? e.messageIn("vi") : e instanceof Error ? e.message : String(e);
      o.progress?.(t("vi", "summary.cli.unreadable", { file: f.fileName, reason }));
      unreadable.push({
        file: f.fileName,
        submission: null,
        issues: [{ code: "file-unreadable", severity: "error", agency: null, file: f.fileName, sheet: null, cell: null, field: null, value: null, params: { reason } }],
      });
    }
  }
  const checked = checkFiles(inputs, { plan: o.plan, roster: o.roster, matrix: o.matrix, asOf: o.asOf, period: o.period });
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
    period: o.period,
    imports: files.map((f) => ({ file: f.fileName, sha256: hashes.get(f.fileName) ?? null, importedAt: o.importedAt })),
    sources,
  });
}

/** What the file system does while saving; tests replace steps to make one fail midway. */
export interface SaveSteps {
  readExisting(path: string): Promise<Uint8Array | null>;
  render(existing: Uint8Array | null, sheets: OutSheet[]): Promise<Uint8Array>;
  writeTemp(path: string, bytes: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  remove(path: string): Promise<void>;
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
  writeTemp: (path, bytes) => writeFile(path, bytes, { flag: "wx" }),
  rename: (from, to) => rename(from, to),
  remove: (path) => unlink(path),
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
      throw new UserError("summary.cli.outUnreadable", { file: outPath, detail: e instanceof Error ? e.message : String(e) });
    }
    throw e;
  }
  const temp = join(dirname(outPath), `.${basename(outPath)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await steps.writeTemp(temp, bytes);
    await steps.rename(temp, outPath);
  } catch (e) {
    await steps.remove(temp).catch(() => undefined);
    throw e;
  }
}

export interface ContextFiles {
  plan: Plan;
  roster: RosterIndex;
  matrix: AssignmentMatrix;
}

export async function loadContext(planPath: string | undefined, rosterPath: string | undefined, cwd: string, rosterOverride?: Roster): Promise<ContextFiles> {
  const text = planPath ? await loadPlanText(planPath, cwd) : KONTUM_4587_TEXT;
  const rosterData = rosterOverride ?? (rosterPath ? await loadRoster(rosterPath, cwd) : KONTUM_ROSTER);
  const roster = indexRoster(rosterData);
  const plan = parsePlan(text, { roster });
  return { plan, roster, matrix: buildMatrix(plan, roster) };
}

/** Date and time in Vietnam (UTC+7), "yyyy-mm-dd hh:mm:ss": the CLI is the edge where the clock may be read. */
export function nowInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 19).replace("T", " ");
}

/** Today in Vietnam, the default as-of date. */
export function todayInVietnam(now: Date = new Date()): string {
  return nowInVietnam(now).slice(0, 10);
}

/** The lines printed at the end: reporting agencies, tasks by status, where the file is. */
export function summaryLines(s: Summary, outPath: string): string[] {
  const a = s.analysis;
  const count = (f: (x: (typeof a.agencies)[number]) => boolean) => a.agencies.filter(f).length;
  const list = ASSESSED_ORDER.filter((st) => a.taskCounts[st] > 0)
    .map((st) => `${ASSESSED_LABELS[st]} ${a.taskCounts[st]}`)
    .join(", ");
  return [
    tBoth("summary.cli.agencies", {
      reported: count((x) => x.current !== null),
      total: a.agencies.length,
      onTime: count((x) => x.timeliness === "onTime"),
      late: count((x) => x.timeliness === "late"),
      missing: count((x) => x.timeliness === "missing" || x.timeliness === "notYetDue"),
    }),
    t("vi", "summary.cli.tasks", { total: a.tasks.length, list }),
    tBoth("summary.cli.issues", {
      errors: a.agencies.reduce((n, x) => n + x.errors.length, 0),
      warnings: a.agencies.reduce((n, x) => n + x.warnings.length, 0),
      reminders: reminders(a).length,
    }),
    tBoth("summary.cli.written", { file: outPath }),
  ];
}

function parseReceived(values: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const v of values) {
    const eq = v.lastIndexOf("=");
    const file = eq > 0 ? v.slice(0, eq) : "";
    const date = eq > 0 ? v.slice(eq + 1) : "";
    if (!file || !isIsoDate(date)) throw new UserError("check.cli.bad-received", { value: v });
    out.set(basename(file), date);
  }
  return out;
}

export async function runConsolidate(args: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        out: { type: "string" },
        plan: { type: "string" },
        roster: { type: "string" },
        period: { type: "string" },
        "as-of": { type: "string" },
        received: { type: "string", multiple: true },
      },
    });
  } catch (e) {
    throw new UserError("check.cli.bad-option", { option: e instanceof Error ? e.message : String(e) });
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new UserError("summary.cli.noFiles");
  if (!values.out) throw new UserError("summary.cli.outRequired");
  if (!/\.xlsx$/i.test(values.out)) throw new UserError("summary.cli.outNotXlsx", { file: values.out });
  const asOf = values["as-of"] ?? todayInVietnam();
  if (!isIsoDate(asOf)) throw new UserError("check.cli.bad-date-option", { option: "--as-of", value: asOf });
  const period = values.period ?? asOf.slice(0, 4);
  if (!/^\d{4}$/.test(period)) throw new UserError("summary.cli.badPeriod", { value: period });
  const received = parseReceived(values.received ?? []);

  const ctx = await loadContext(values.plan, values.roster, io.cwd);
  io.out(tBoth("summary.cli.reading", { count: positionals.length }));
  const files: ReceivedFile[] = [];
  for (const p of positionals) {
    // A path that cannot be read stops the run with its name: the user typed it.
    const bytes = await readFileLimited(resolve(io.cwd, p), DEFAULT_READ_LIMITS.maxFileBytes, p);
    files.push({ fileName: basename(p), bytes, receivedOn: received.get(basename(p)) });
  }
  for (const name of received.keys()) {
    if (!files.some((f) => f.fileName === name)) throw new UserError("check.cli.received-unused", { file: name });
  }
  const summary = await consolidateFiles(files, {
    ...ctx,
    period,
    asOf,
    importedAt: nowInVietnam(),
    progress: (l) => io.out(l),
  });
  const outPath = resolve(io.cwd, values.out);
  await saveSummary(outPath, summary.sheets);
  for (const l of summaryLines(summary, values.out)) io.out(l);
  return EXIT_OK;
}
