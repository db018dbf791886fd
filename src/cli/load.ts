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

/** Plans are a few hundred KB at most; a bigger "plan" is the wrong file. */
const MAX_PLAN_BYTES = 5 * 1024 * 1024;

/** Reads a plan (or roster) text file, whatever its encoding: see csv/decode.ts. */
export async function loadPlanText(path: string, cwd: string): Promise<string> {
  const full = resolve(cwd, path);
  let info;
  try {
    info = await stat(full);
  } catch {
    throw new UserError("cli.fileMissing", { file: path });
  }
  if (!info.isFile()) throw new UserError("cli.notAFile", { file: path });
  if (info.size > MAX_PLAN_BYTES) throw new UserError("cli.fileTooBig", { file: path, limit: "5 MB" });
  const bytes = await readFile(full);
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
}

/** The plan (given or the embedded 4587), the roster (given or Kon Tum's) and their matrix. */
export async function loadContext(
  planPath: string | undefined,
  rosterPath: string | undefined,
  cwd: string,
  rosterOverride?: Roster,
): Promise<ContextFiles> {
  const text = planPath ? await loadPlanText(planPath, cwd) : KONTUM_4587_TEXT;
  const rosterData = rosterOverride ?? (rosterPath ? await loadRoster(rosterPath, cwd) : KONTUM_ROSTER);
  const roster = indexRoster(rosterData);
  const plan = parsePlan(text, { roster });
  return { plan, roster, matrix: buildMatrix(plan, roster) };
}
