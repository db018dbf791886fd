/** The table's lines: rows with a task code or something the agency wrote, and what was skipped. */
import type { Cell, Sheet } from "../grid";
import type { ColumnKey } from "../template/layout";
import type { LocatedColumn, RawLine } from "./located";
import { exactScore, isNumberingRow } from "./locate-table";
import { isBlank, readStatus, readTaskCode } from "./values";

/** Columns an agency fills in: a row with any of these is a report line even without a code. */
const INPUT_COLUMNS: readonly ColumnKey[] = ["status", "completedOn", "result", "difficulties", "proposals"];

export function locateLines(
  sheet: Sheet,
  headerRow: number,
  columns: Partial<Record<ColumnKey, LocatedColumn>>,
): { lines: RawLine[]; skipped: number[] } {
  const lines: RawLine[] = [];
  const skipped: number[] = [];
  const located = Object.values(columns) as LocatedColumn[];
  let gapSinceCoded = false;
  let seenCoded = false;
  for (let r = headerRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    if (r <= headerRow + 2 && isNumberingRow(row)) continue;
    // The header repeated (a second block pasted below, or a page's header copied): not a line.
    if (exactScore(row) >= 3) continue;
    const cells: Partial<Record<ColumnKey, Cell>> = {};
    let any = false;
    for (const c of located) {
      const v = row[c.col];
      if (v !== undefined && v !== null) cells[c.key] = v;
      if (!isBlank(v)) any = true;
    }
    if (!any) {
      if (seenCoded) gapSinceCoded = true;
      continue;
    }
    const codeCell = cells.taskCode;
    const taskCode = isBlank(codeCell) ? null : readTaskCode(codeCell);
    if (taskCode !== null) {
      lines.push({ row: r, cells, taskCode });
      seenCoded = true;
      gapSinceCoded = false;
      continue;
    }
    // A row without a code: a group heading (only STT and content), a signature block under
    // the table (after a blank row), or a task the agency added without its code.
    const hasInput = INPUT_COLUMNS.some((k) => !isBlank(cells[k]));
    if (!hasInput) continue;
    // After a blank row, a signature block is likelier than a task, unless the status column
    // holds a status: then it is a task the agency added below a gap, and dropping it would
    // lose it silently. Anything else is skipped, and said (one note per file).
    if (!gapSinceCoded || readStatus(cells.status).ok) lines.push({ row: r, cells, taskCode: null });
    else skipped.push(r);
  }
  return { lines, skipped };
}
