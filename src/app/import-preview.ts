/**
 * Before anything is written (step 3): each dropped file read once, its sender and period found
 * as the checks will find them, and the batch judged against the workbook's import log — a new
 * report, the same bytes as a file already imported (skipped), or another version of a report
 * already in (the newer one counts). The reading is kept, so confirming writes without reading
 * the files again.
 */
import type { Sheet, WorkbookData } from "../core/grid";
import { META_SHEET, type MetaKey } from "../core/template/layout";
import { locateReport } from "../core/report/locate";
import { readMeta } from "../core/report/meta-sheet";
import { readLocated } from "../core/report/read";
import { UserError } from "../core/errors";
import type { FileCodecs } from "../core/ports/codecs";
import type { ProgressFn } from "../core/ports/workbook";
import { throwIfCancelled } from "../core/ports/cancel";
import type { PlanState } from "./plan-state";
import { pace } from "./pace";
import { identityOf, type ImportRecord } from "./import-log";

export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
  /** ISO date the focal point received it; empty: the report date in the file, else the import day */
  receivedOn: string;
}

/** One file as read for the import: what will be copied and who it is from. */
export interface PreparedFile {
  name: string;
  receivedOn: string;
  sha256: string;
  /** the sheet the report is in; null when the file could not be read */
  report: Sheet | null;
  meta: Partial<Record<MetaKey, string>>;
  /** the roster agency the reader recognised */
  agencyId: string | null;
  /** what the sheet is named after: the agency's short name, else the sender the header names */
  agencyLabel: string | null;
  period: string | null;
  reportDate: string | null;
  /** why the file cannot be imported (a UserError in the user's words) */
  error?: unknown;
}

export interface EarlierVersion {
  file: string;
  /** its NB sheet when it is in the workbook; null when it is earlier in this batch */
  sheet: string | null;
  date: string | null;
}

export type Verdict =
  | { kind: "new" }
  | { kind: "duplicate"; of: { file: string; sheet: string | null } }
  /** another version of a report already imported or earlier in the batch; `older`: it will not count */
  | { kind: "replaces"; earlier: EarlierVersion; older: boolean }
  | { kind: "unreadable"; error: unknown };

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** The sheet a submission's report is in: the one the reader locates, else the fullest visible one. */
function fullestSheet(wb: WorkbookData): Sheet | null {
  const candidates = wb.sheets.filter((s) => s.name !== META_SHEET && s.state !== "veryHidden");
  return candidates.sort((a, b) => b.rows.length - a.rows.length)[0] ?? null;
}

function identify(wb: WorkbookData, state: PlanState | null, receivedOn: string) {
  const meta = readMeta(wb) ?? {};
  if (!state) {
    return {
      report: locateReport(wb)?.sheet ?? fullestSheet(wb),
      meta,
      agencyId: null,
      agencyName: null,
      period: null,
      reportDate: null,
    };
  }
  const ctx = { plan: state.plan, roster: state.rosterIndex, matrix: state.matrix };
  const read = readLocated(wb, ctx, { receivedOn: receivedOn || undefined });
  const sub = read.submission;
  return {
    report: read.located?.sheet ?? fullestSheet(wb),
    meta,
    agencyId: sub?.agencyId ?? meta.agencyId ?? null,
    agencyName: sub?.agencyName ?? null,
    period: sub?.period ?? meta.period ?? null,
    reportDate: sub?.reportDate ?? null,
  };
}

/** Reads one file; never throws for what the file holds (the error is kept on the result). */
export async function prepareFile(
  f: IncomingFile,
  state: PlanState | null,
  codecs: Pick<FileCodecs, "readSubmission">,
): Promise<PreparedFile> {
  const sha256 = await sha256Hex(f.bytes);
  const base = { name: f.name, receivedOn: f.receivedOn, sha256, meta: {}, agencyId: null, agencyLabel: null };
  try {
    const wb = await codecs.readSubmission(f.bytes, f.name);
    const found = identify(wb, state, f.receivedOn);
    if (!found.report) throw new UserError("ui.import.noSheet", { file: f.name });
    const agency = found.agencyId ? state?.rosterIndex.byId(found.agencyId) : undefined;
    return {
      ...base,
      report: found.report,
      meta: found.meta,
      agencyId: found.agencyId,
      agencyLabel: agency?.short ?? found.agencyName,
      period: found.period,
      reportDate: found.reportDate,
    };
  } catch (error) {
    return { ...base, report: null, period: null, reportDate: null, error };
  }
}

/** Reads the files one by one, saying which: "3/20 — tên tệp". */
export async function prepareFiles(
  files: readonly IncomingFile[],
  state: PlanState | null,
  codecs: Pick<FileCodecs, "readSubmission">,
  options: { signal?: AbortSignal; onProgress?: ProgressFn } = {},
): Promise<PreparedFile[]> {
  const out: PreparedFile[] = [];
  // Reading resolves in microtasks: without breaks, 200 files are one block of the page.
  const paced = pace(options.onProgress);
  for (const f of files) {
    throwIfCancelled(options.signal);
    await paced.step(out.length + 1, files.length, f.name);
    out.push(await prepareFile(f, state, codecs));
  }
  return out;
}

/** When a version arrived: the date given on import, else the report date it carries. */
const dateOf = (received: string, reportDate: string | null) => received || reportDate || null;

/**
 * Each file of the batch against the log and the files before it in the batch. Same bytes: a
 * duplicate. Same agency and period: another version; it counts unless its date is earlier than
 * the latest one known (undated files count by their order, as the checks do).
 */
export function classifyBatch(records: readonly ImportRecord[], batch: readonly PreparedFile[]): Verdict[] {
  const bySha = new Map<string, { file: string; sheet: string | null }>();
  const latest = new Map<string, EarlierVersion>();
  const keyOf = (agencyId: string | null, period: string | null) =>
    agencyId ? `${agencyId}\u0000${period ?? ""}` : null;
  for (const r of records) {
    if (r.sha256) bySha.set(r.sha256, { file: r.file, sheet: r.sheet });
    const id = identityOf(r);
    const key = keyOf(id.agencyId, id.period);
    if (key)
      latest.set(
        key,
        newest(latest.get(key), { file: r.file, sheet: r.sheet, date: dateOf(r.receivedOn, r.reportDate ?? null) }),
      );
  }
  return batch.map((p): Verdict => {
    if (!p.report) return { kind: "unreadable", error: p.error };
    const same = bySha.get(p.sha256);
    if (same) return { kind: "duplicate", of: same };
    bySha.set(p.sha256, { file: p.name, sheet: null });
    const key = keyOf(p.agencyId, p.period);
    if (!key) return { kind: "new" };
    const mine: EarlierVersion = { file: p.name, sheet: null, date: dateOf(p.receivedOn, p.reportDate) };
    const earlier = latest.get(key);
    latest.set(key, newest(earlier, mine));
    if (!earlier) return { kind: "new" };
    const older = earlier.date !== null && mine.date !== null && mine.date < earlier.date;
    return { kind: "replaces", earlier, older };
  });
}

/** The later of two versions: by date when both are dated, else the one that came last. */
function newest(a: EarlierVersion | undefined, b: EarlierVersion): EarlierVersion {
  if (!a) return b;
  return a.date !== null && b.date !== null && b.date < a.date ? a : b;
}
