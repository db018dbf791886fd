/**
 * Prefilled cells (mã, nội dung, vai trò, thời hạn) must be as the template wrote them. The
 * check rebuilds the rows the current plan gives the agency and compares cell by cell. The
 * hidden metadata's fingerprint (of the rows as issued) then tells two stories apart:
 * - the file's rows still hash to the fingerprint: the agency changed nothing, the plan or the
 *   assignments changed since the template was made → one "template outdated" warning, not a
 *   warning per cell the agency never touched;
 * - they do not: the agency changed, deleted or added prefilled rows → findings below, or,
 *   when no cell differs (a coordinated row deleted, a code retyped), one fingerprint warning.
 *
 * Agencies retype or paste the task text and the deadline (a copy from last year's file, a table
 * rebuilt by hand). That changes nothing the summary uses — tasks are consolidated by code, with
 * the plan's own text and deadline — so those cells are compared on loosely normalised text
 * (case, spacing, punctuation and Unicode forms ignored), and what still differs is ONE note per
 * file with a count and the cells, not a warning per row that would bury the real errors. A
 * changed role (Chủ trì → Phối hợp) says something else about the work, and stays a warning on
 * its cell.
 * Hashing is only needed off the common path: when the file shows exactly the current plan's
 * rows there is nothing to report whatever the fingerprint says.
 */
import { templateRows, type TemplateRow } from "../../template/build";
import { fingerprintField, fingerprintPrefilled, type PrefilledRow } from "../../template/fingerprint";
import type { AssignmentMatrix } from "../../matrix-model";
import type { Plan } from "../../plan/model";
import { makeIssue, type Check, type CheckContext, type CheckInput } from "../context";
import type { CheckIssue } from "../model";
import { cellText, formulaErrorOf, shortValue } from "../values";
import { lineCell } from "./util";
import { looseText } from "../loose-text";

const FIELDS = ["content", "role", "deadline"] as const;
const COLUMN_OF = { content: "taskContent", role: "role", deadline: "deadline" } as const;
/** Cells listed by address in the one retyped-text note; the count stays true beyond them. */
const CELLS_LISTED = 8;

// The rows an agency was sent, rebuilt once per matrix, plan and agency: a batch is re-checked
// whenever a file arrives, and agencies send corrected files.
const ROWS = new WeakMap<AssignmentMatrix, WeakMap<Plan, Map<string, TemplateRow[]>>>();

function rowsFor(ctx: CheckContext, agencyId: string): TemplateRow[] {
  let byPlan = ROWS.get(ctx.matrix);
  if (!byPlan) ROWS.set(ctx.matrix, (byPlan = new WeakMap()));
  let byAgency = byPlan.get(ctx.plan);
  if (!byAgency) byPlan.set(ctx.plan, (byAgency = new Map()));
  let rows = byAgency.get(agencyId);
  if (!rows) byAgency.set(agencyId, (rows = templateRows(ctx.plan, ctx.matrix, { id: agencyId })));
  return rows;
}

export const checkPrefilled: Check = (input) => {
  const { submission, located, ctx } = input;
  const agencyId = submission.agencyId;
  if (!agencyId || !ctx.roster.byId(agencyId)) return [];
  const template = rowsFor(ctx, agencyId);
  const expected = new Map<string, TemplateRow>(template.map((r) => [r.taskCode, r]));
  const diffs: CheckIssue[] = [];
  /** retyped text cells (content, deadline): their address and task, for the one note */
  const retyped: { cell: string | null; task: string }[] = [];
  const seen = new Set<string>();
  /** every coded row as found (first of each code): what the metadata fingerprint covered */
  const fileRows: PrefilledRow[] = [];
  /** the rows whose code the current plan gives the agency */
  const known: PrefilledRow[] = [];
  for (const line of located.lines) {
    if (line.taskCode === null || seen.has(line.taskCode)) continue;
    seen.add(line.taskCode);
    const found: PrefilledRow = {
      taskCode: cellText(line.cells.taskCode),
      content: cellText(line.cells.taskContent),
      role: cellText(line.cells.role),
      deadline: cellText(line.cells.deadline),
    };
    fileRows.push(found);
    const want = expected.get(line.taskCode);
    if (!want) continue; // unknown or unassigned: the task-code check says so
    known.push(found);
    for (const f of FIELDS) {
      const key = COLUMN_OF[f];
      if (!located.columns[key] || formulaErrorOf(line.cells[key]) !== null) continue;
      if (found[f] === want[f] || fingerprintField(found[f]) === fingerprintField(want[f])) continue;
      if (f !== "role") {
        if (looseText(found[f]) !== looseText(want[f]))
          retyped.push({ cell: lineCell(input, line, key), task: line.taskCode });
        continue;
      }
      diffs.push(
        makeIssue(
          input,
          "prefilled-altered",
          "warning",
          { cell: lineCell(input, line, key), field: key, value: shortValue(found[f]) },
          {
            field: key,
            task: line.taskCode,
            expected: shortValue(want[f]),
          },
        ),
      );
    }
  }
  if (retyped.length > 0) diffs.push(retypedNote(input, retyped));
  if (diffs.length === 0 && sameRows(known, template)) return [];

  const metaPrint = located.meta?.fingerprint;
  if (!metaPrint || !allColumns(input)) return diffs;
  if (fingerprintPrefilled(fileRows) === metaPrint) {
    // Untouched since issued: what differs from the current plan is the plan's change.
    return [
      makeIssue(input, "template-outdated", "warning", { sheet: null, field: "fingerprint", value: metaPrint }, {}),
    ];
  }
  const issues = [...diffs];
  if (fingerprintPrefilled(template) !== metaPrint) {
    issues.push(
      makeIssue(input, "template-outdated", "warning", { sheet: null, field: "fingerprint", value: metaPrint }, {}),
    );
  } else if (diffs.length === 0 && !leadRowMissing(template, seen)) {
    // Rows added or led rows deleted are reported by the task checks; what is left for the
    // fingerprint to tell is a coordinated (PH) row deleted or a code written differently.
    issues.push(makeIssue(input, "fingerprint-mismatch", "warning", { field: "fingerprint", value: metaPrint }, {}));
  }
  return issues;
};

function retypedNote(input: CheckInput, cells: readonly { cell: string | null; task: string }[]): CheckIssue {
  const addresses = cells.flatMap((c) => (c.cell ? [c.cell] : []));
  const listed = addresses.slice(0, CELLS_LISTED).join(", ") + (addresses.length > CELLS_LISTED ? ", …" : "");
  const tasks = [...new Set(cells.map((c) => c.task))];
  return makeIssue(
    input,
    "prefilled-retyped",
    "info",
    { cell: addresses[0] ?? null, field: "taskContent", value: null },
    {
      count: cells.length,
      cells: listed,
      tasks: tasks.slice(0, CELLS_LISTED).join(", ") + (tasks.length > CELLS_LISTED ? ", …" : ""),
    },
  );
}

function allColumns(input: CheckInput): boolean {
  const c = input.located.columns;
  return Boolean(c.taskCode && c.taskContent && c.role && c.deadline);
}

function leadRowMissing(rows: readonly TemplateRow[], seen: ReadonlySet<string>): boolean {
  return rows.some((r) => r.roleCode !== "PH" && !seen.has(r.taskCode));
}

/**
 * The rows as a set, compared the way the fingerprint compares them. Called when every found
 * row's content, role and deadline already matched its template row, so what can still differ
 * is a template row not found, or a code written differently.
 */
function sameRows(found: readonly PrefilledRow[], template: readonly PrefilledRow[]): boolean {
  if (found.length !== template.length) return false;
  const codes = new Set(template.map((r) => fingerprintField(r.taskCode)));
  return found.every((r) => codes.has(fingerprintField(r.taskCode)));
}
