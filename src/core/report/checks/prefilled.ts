/**
 * Prefilled cells (mã, nội dung, vai trò, thời hạn) must be as the template wrote them: the
 * checks rebuild the template's rows from the plan and compare cell by cell. When the
 * metadata survived, its fingerprint also tells whether the file was made from another
 * version of the plan, and catches changes the cell comparison cannot see (a coordinated
 * task's row deleted).
 */
import { buildTemplate, type TemplateContent, type TemplateRow } from "../../template/build";
import type { AssignmentMatrix } from "../../matrix-model";
import type { Plan } from "../../plan/model";
import type { Agency } from "../../roster/model";
import { fingerprintField, type PrefilledRow } from "../../template/fingerprint";
import { makeIssue, type Check, type CheckContext } from "../context";
import type { CheckIssue } from "../model";
import { cellText, formulaErrorOf, shortValue } from "../values";
import { lineCell } from "./util";

const FIELDS = ["content", "role", "deadline"] as const;

// The template an agency was sent, rebuilt once per plan, matrix, agency and period: a batch
// is re-checked whenever a file arrives, and agencies send corrected files.
const TEMPLATES = new WeakMap<AssignmentMatrix, WeakMap<Plan, Map<string, TemplateContent>>>();

function templateFor(ctx: CheckContext, agency: Agency, period: string): TemplateContent {
  let byPlan = TEMPLATES.get(ctx.matrix);
  if (!byPlan) TEMPLATES.set(ctx.matrix, (byPlan = new WeakMap()));
  let byKey = byPlan.get(ctx.plan);
  if (!byKey) byPlan.set(ctx.plan, (byKey = new Map()));
  const key = `${agency.id}\u0000${agency.name}\u0000${period}`;
  let content = byKey.get(key);
  if (!content) byKey.set(key, (content = buildTemplate(ctx.plan, ctx.matrix, agency, period)));
  return content;
}
const COLUMN_OF = { content: "taskContent", role: "role", deadline: "deadline" } as const;

export const checkPrefilled: Check = (input) => {
  const { submission, located, ctx } = input;
  const agency = submission.agencyId ? ctx.roster.byId(submission.agencyId) : undefined;
  if (!agency) return [];
  const period = submission.period ?? ctx.period ?? "";
  const content = templateFor(ctx, agency, period);
  const expected = new Map<string, TemplateRow>(content.rows.map((r) => [r.taskCode, r]));
  const issues: CheckIssue[] = [];
  const seen = new Set<string>();
  const asFound: PrefilledRow[] = [];
  for (const line of located.lines) {
    if (line.taskCode === null || seen.has(line.taskCode)) continue;
    seen.add(line.taskCode);
    const found = {
      content: cellText(line.cells.taskContent),
      role: cellText(line.cells.role),
      deadline: cellText(line.cells.deadline),
    };
    const want = expected.get(line.taskCode);
    if (!want) continue; // unknown or unassigned: the task-code check says so
    asFound.push({ taskCode: cellText(line.cells.taskCode), ...found });
    for (const f of FIELDS) {
      const key = COLUMN_OF[f];
      if (!located.columns[key] || formulaErrorOf(line.cells[key]) !== null) continue;
      if (found[f] === want[f] || fingerprintField(found[f]) === fingerprintField(want[f])) continue;
      issues.push(
        makeIssue(input, "prefilled-altered", "warning", { cell: lineCell(input, line, key), field: key, value: shortValue(found[f]) }, {
          field: key,
          task: line.taskCode,
          expected: shortValue(want[f]),
        }),
      );
    }
  }
  const metaPrint = located.meta?.fingerprint;
  if (metaPrint) {
    if (metaPrint !== content.fingerprint) {
      issues.push(makeIssue(input, "template-outdated", "warning", { sheet: null, field: "fingerprint", value: metaPrint }, {}));
    } else if (issues.length === 0 && allColumns(input) && !leadRowMissing(content.rows, seen) && !sameRows(asFound, content.rows)) {
      // Rows added or led rows deleted are reported by the task checks; what is left for the
      // fingerprint to tell is a coordinated (PH) row deleted or a code retyped. The metadata's
      // fingerprint equals the template's here, so comparing the rows themselves gives the
      // same answer as hashing them, without the hash.
      issues.push(makeIssue(input, "fingerprint-mismatch", "warning", { field: "fingerprint", value: metaPrint }, {}));
    }
  }
  return issues;
};

function allColumns(input: Parameters<Check>[0]): boolean {
  const c = input.located.columns;
  return Boolean(c.taskCode && c.taskContent && c.role && c.deadline);
}

function leadRowMissing(rows: readonly TemplateRow[], seen: ReadonlySet<string>): boolean {
  return rows.some((r) => r.roleCode !== "PH" && !seen.has(r.taskCode));
}

/**
 * The rows as a set, compared the way the fingerprint compares them. Called when every found
 * row's content, role and deadline already matched its template row (no issue so far), so
 * what can still differ is a template row not found, or a code written differently.
 */
function sameRows(found: readonly PrefilledRow[], template: readonly PrefilledRow[]): boolean {
  if (found.length !== template.length) return false;
  const codes = new Set(template.map((r) => fingerprintField(r.taskCode)));
  return found.every((r) => codes.has(fingerprintField(r.taskCode)));
}
