/** Small helpers the checks share: where a line's cell is, what role the agency has. */
import { cellAddress } from "../../grid";
import type { ColumnKey } from "../../template/layout";
import type { Role } from "../../matrix-model";
import type { AssignmentMatrix } from "../../matrix-model";
import type { CheckInput } from "../context";
import type { RawLine } from "../locate";
import { formatDateVi } from "../../dates";
import { isBlank } from "../values";

/** A1 address of a line's cell in a column, or null when the column is not in the file. */
export function lineCell(input: CheckInput, line: RawLine, key: ColumnKey): string | null {
  const col = input.located.columns[key];
  return col ? cellAddress(line.row, col.col) : null;
}

// Strongest role per agency and task, built once per matrix: checks ask for every line of
// every file, and a province's matrix holds thousands of assignments.
const ROLE_INDEX = new WeakMap<AssignmentMatrix, Map<string, Map<string, Role>>>();

/** Each task's strongest role for an agency: task code → role. */
export function rolesOf(matrix: AssignmentMatrix, agencyId: string): ReadonlyMap<string, Role> {
  let index = ROLE_INDEX.get(matrix);
  if (!index) {
    index = new Map();
    for (const a of matrix.assignments) {
      let byTask = index.get(a.agencyId);
      if (!byTask) index.set(a.agencyId, (byTask = new Map()));
      const prev = byTask.get(a.taskCode);
      if (prev === undefined || rank(a.role) < rank(prev)) byTask.set(a.taskCode, a.role);
    }
    ROLE_INDEX.set(matrix, index);
  }
  return index.get(agencyId) ?? EMPTY;
}
const EMPTY: ReadonlyMap<string, Role> = new Map();

/** The strongest role an agency holds in a task (CT, then TH, then PH), or null. */
export function strongestRole(matrix: AssignmentMatrix, taskCode: string, agencyId: string): Role | null {
  return rolesOf(matrix, agencyId).get(taskCode) ?? null;
}

function rank(r: Role): number {
  return r === "CT" ? 0 : r === "TH" ? 1 : 2;
}

/** Dates in messages are written the Vietnamese way. */
export function viDate(iso: string): string {
  return formatDateVi(iso);
}

/** The lines a check should judge: each task code's first line; later duplicates are reported once, elsewhere. */
export function firstLines(lines: readonly RawLine[]): RawLine[] {
  const seen = new Set<string>();
  return lines.filter((l) => {
    if (l.taskCode === null) return true;
    if (seen.has(l.taskCode)) return false;
    seen.add(l.taskCode);
    return true;
  });
}

const INPUTS = ["status", "completedOn", "result", "difficulties", "proposals"] as const;

/**
 * Whether the agency must answer for a line: any line it wrote in, and every prefilled line
 * except a coordinating (PH) task left blank — the template lists those for information.
 */
export function answerable(input: CheckInput, line: RawLine): boolean {
  if (INPUTS.some((k) => !isBlank(line.cells[k]))) return true;
  const agency = input.submission.agencyId;
  if (line.taskCode === null || agency === null) return true;
  return strongestRole(input.ctx.matrix, line.taskCode, agency) !== "PH";
}
