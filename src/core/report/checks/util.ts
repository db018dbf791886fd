/** Small helpers the checks share: where a line's cell is, what role the agency has. */
import { cellAddress } from "../../grid";
import type { ColumnKey } from "../../template/layout";
import type { CheckInput } from "../context";
import type { RawLine } from "../located";
import { formatDateVi } from "../../dates";
import { isBlank } from "../values";

/** A1 address of a line's cell in a column, or null when the column is not in the file. */
export function lineCell(input: CheckInput, line: RawLine, key: ColumnKey): string | null {
  const col = input.located.columns[key];
  return col ? cellAddress(line.row, col.col) : null;
}

import { strongestRole } from "../../matrix";

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
