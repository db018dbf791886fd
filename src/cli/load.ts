import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { UserError } from "../core/errors";
import { decodeText } from "../csv/decode";
import type { Roster } from "../core/roster/model";
import { restoreRoster } from "../core/roster/restore";
import { indexRoster, type RosterIndex } from "../core/roster/match";
import { KONTUM_ROSTER } from "../core/roster/default-kontum";
import { KONTUM_4587_TEXT } from "../core/plan/kontum-4587.text";
import { parsePlan } from "../core/plan/parse";
import { buildMatrix } from "../core/matrix";
import type { Plan } from "../core/plan/model";
import type { AssignmentMatrix } from "../core/matrix-model";
import { readPlanInput, MAX_PLAN_FILE_BYTES } from "../plan-file/read-plan-file";
import { parsePlanDocument } from "../core/plan/parse";
import { rosterFromPlan, type RosterFromPlan } from "../core/roster/from-plan";
import { readPlanTables, type PlanTableFinding } from "../core/plan/table-read";
import { TASK_SHEET } from "../core/plan/table";
import { ROSTER_SHEET, rosterFromSheet } from "../core/roster/sheet";
import { foldKey } from "../core/text";
import { tBoth } from "../core/i18n";
import { openPlanCache, type PlanCache } from "../node/plan-cache";

/** Plans are a few hundred KB at most; a bigger "plan" is the wrong file. */
const MAX_PLAN_BYTES = 5 * 1024 * 1024;

/** The bytes of a file named on the command line, refused when missing, not a file or too big. */
async function loadBytes(path: string, cwd: string, maxBytes: number, limitText: string): Promise<Uint8Array> {
  const full = resolve(cwd, path);
  let info;
  try {
    info = await stat(full);
  } catch {
    throw new UserError("cli.fileMissing", { file: path });
  }
  if (!info.isFile()) throw new UserError("cli.notAFile", { file: path });
  if (info.size > maxBytes) throw new UserError("cli.fileTooBig", { file: path, limit: limitText });
  return new Uint8Array(await readFile(full));
}

/** Reads a roster (or other) text file, whatever its encoding: see csv/decode.ts. */
export async function loadPlanText(path: string, cwd: string): Promise<string> {
  const bytes = await loadBytes(path, cwd, MAX_PLAN_BYTES, "5 MB");
  if (bytes.length === 0) throw new UserError("plan.empty");
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) throw new UserError("cli.planIsDocx", { file: path });
  // The same guess as for agencies' CSV files: BOM, BOM-less UTF-16, UTF-8, else windows-1258 (NFC).
  return decodeText(bytes).text;
}

/** A roster as JSON (the Roster shape), checked and completed by restoreRoster. The workbook's roster sheet is read by the add-in. */
export async function loadRoster(path: string, cwd: string): Promise<Roster> {
  const text = await loadPlanText(path, cwd);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    // Where, in the user's own terms (line and column), not the JavaScript engine's wording.
    const at = Number(/position (\d+)/.exec(e instanceof Error ? e.message : "")?.[1] ?? NaN);
    const before = Number.isFinite(at) ? text.slice(0, at) : text;
    const line = before.split("\n").length;
    const column = before.length - before.lastIndexOf("\n");
    const problem = Number.isFinite(at)
      ? `lỗi cú pháp JSON ở dòng ${line}, cột ${column} / JSON syntax error at line ${line}, column ${column}`
      : "không phải JSON hợp lệ / not valid JSON";
    throw new UserError("cli.rosterInvalid", { file: path, problem });
  }
  return restoreRoster(data, path);
}

export interface ContextFiles {
  plan: Plan;
  roster: RosterIndex;
  matrix: AssignmentMatrix;
  /** what the official should look at in a plan workbook's tables (unknown names with their cells …) */
  findings: PlanTableFinding[];
}

export interface LoadedPlan {
  plan: Plan;
  roster: RosterIndex;
  findings: PlanTableFinding[];
  /** set when no roster was given and the default knew few of the plan's bodies: the roster was started from the plan */
  rosterStart?: RosterFromPlan;
}

/**
 * A plan file in any form (.txt, .docx, .pdf, .csv, .xlsx; see plan-file/read-plan-file.ts). A
 * workbook made by `kehoach plan --format xlsx` (or the add-in) is read from its task table,
 * with the official's corrections, and its own roster sheet unless a roster is given. What was
 * read is kept in the plan cache (node/plan-cache.ts) under the file's bytes, its name and the
 * roster, so the next run against the same plan skips the reading.
 */
export async function loadPlanFile(
  path: string,
  cwd: string,
  rosterData: Roster | null,
  cache: PlanCache | null = openPlanCache(),
): Promise<LoadedPlan> {
  const bytes = await loadBytes(path, cwd, MAX_PLAN_FILE_BYTES, "20 MB");
  const key = cache?.key("file", path, bytes, rosterData ? JSON.stringify(rosterData) : "") ?? null;
  return recall(cache, key) ?? keep(cache, key, await readPlanFile(bytes, path, rosterData));
}

async function readPlanFile(bytes: Uint8Array, path: string, rosterData: Roster | null): Promise<LoadedPlan> {
  const input = await readPlanInput(bytes, path);
  const sheets = input.workbook?.sheets ?? [];
  if (sheets.some((s) => foldKey(s.name) === foldKey(TASK_SHEET))) {
    const rosterSheet = sheets.find((s) => foldKey(s.name) === foldKey(ROSTER_SHEET));
    const roster = indexRoster(rosterData ?? (rosterSheet ? rosterFromSheet(rosterSheet) : KONTUM_ROSTER));
    const { plan, findings } = readPlanTables(sheets, roster);
    return { plan, roster, findings };
  }
  const roster = indexRoster(rosterData ?? KONTUM_ROSTER);
  const plan = parsePlanDocument(input.doc, { roster });
  if (rosterData) return { plan, roster, findings: [] };
  // A plan from elsewhere names bodies the Kon Tum roster lacks: its own bodies become the roster.
  const rosterStart = rosterFromPlan(plan, KONTUM_ROSTER);
  if (!rosterStart.fromPlan) return { plan, roster, findings: [] };
  const own = indexRoster(rosterStart.roster);
  return { plan: parsePlanDocument(input.doc, { roster: own }), roster: own, findings: [], rosterStart };
}

/** The embedded plan 4587/KH-UBND read with the roster given, else Kon Tum's; cached as a file is. */
export function loadEmbeddedPlan(rosterData: Roster | null, cache: PlanCache | null = openPlanCache()): LoadedPlan {
  // The build's identity is part of every key, and the embedded text is part of the build.
  const key = cache?.key("embedded", rosterData ? JSON.stringify(rosterData) : "") ?? null;
  const cached = recall(cache, key);
  if (cached) return cached;
  const roster = indexRoster(rosterData ?? KONTUM_ROSTER);
  return keep(cache, key, { plan: parsePlan(KONTUM_4587_TEXT, { roster }), roster, findings: [] });
}

function recall(cache: PlanCache | null, key: string | null): LoadedPlan | null {
  return cache && key ? fromStore(cache.get(key)) : null;
}

function keep(cache: PlanCache | null, key: string | null, loaded: LoadedPlan): LoadedPlan {
  if (cache && key) cache.put(key, toStore(loaded));
  return loaded;
}

/** A LoadedPlan as JSON: the roster itself rather than its index (rebuilt on the way back). */
interface StoredPlan {
  plan: Plan;
  roster: Roster;
  findings: PlanTableFinding[];
  rosterStart: Omit<RosterFromPlan, "roster"> | null;
}

function toStore(loaded: LoadedPlan): StoredPlan {
  const { plan, roster, findings, rosterStart } = loaded;
  const start = rosterStart
    ? { fromPlan: rosterStart.fromPlan, named: rosterStart.named, unknown: rosterStart.unknown }
    : null;
  return { plan, roster: roster.roster, findings, rosterStart: start };
}

/** The stored plan, or null for anything that is not one (the cache checks the bytes; this, the shape). */
function fromStore(value: unknown): LoadedPlan | null {
  const v = value as Partial<StoredPlan> | null;
  const plan = v?.plan;
  if (!v || !plan || !Array.isArray(plan.tasks) || !Array.isArray(plan.sections) || !Array.isArray(plan.reporting))
    return null;
  if (!v.roster || !Array.isArray(v.roster.agencies) || !Array.isArray(v.findings)) return null;
  const roster = indexRoster(v.roster);
  const loaded: LoadedPlan = { plan, roster, findings: v.findings };
  if (v.rosterStart) loaded.rosterStart = { ...v.rosterStart, roster: v.roster };
  return loaded;
}

/** The plan (given or the embedded 4587), the roster (given, the plan workbook's, or Kon Tum's) and their matrix. */
export async function loadContext(
  planPath: string | undefined,
  rosterPath: string | undefined,
  cwd: string,
  rosterOverride?: Roster,
): Promise<ContextFiles> {
  const rosterData = rosterOverride ?? (rosterPath ? await loadRoster(rosterPath, cwd) : null);
  if (planPath) {
    const { plan, roster, findings } = await loadPlanFile(planPath, cwd, rosterData);
    return { plan, roster, matrix: buildMatrix(plan, roster), findings };
  }
  const { plan, roster } = loadEmbeddedPlan(rosterData);
  return { plan, roster, matrix: buildMatrix(plan, roster), findings: [] };
}

/** Findings as stderr lines, both languages. */
export function findingLines(findings: readonly PlanTableFinding[]): string[] {
  return findings.map((f) => `! ${tBoth(f.key, f.params)}`);
}
