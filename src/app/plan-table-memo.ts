/**
 * Whether the user edited the task table since step 1 wrote it: a fingerprint of the plan as the
 * table reads back (the same reader for what was written and what is there now, so formatting,
 * cell types or column order do not count as edits; content does).
 */
import type { Cell, Sheet } from "../core/grid";
import type { OutSheet } from "../core/sheet-model";
import type { RosterIndex } from "../core/roster/match";
import { serialFromIso } from "../core/dates";
import { readPlanTables } from "../core/plan/table-read";

/** A sheet spec as the cells a reader would get back from the workbook. */
export function gridOf(sheet: OutSheet): Sheet {
  return {
    name: sheet.name,
    rows: sheet.rows.map((r) =>
      r.cells.map((v): Cell => {
        if (v !== null && typeof v === "object")
          return "date" in v ? { kind: "date", serial: serialFromIso(v.date) } : v.text;
        return v;
      }),
    ),
  };
}

/** FNV-1a (32 bit) over the plan read from the tables; throws when there is no readable table. */
export function tableFingerprint(sheets: readonly Sheet[], roster: RosterIndex): string {
  const { plan } = readPlanTables(sheets, roster);
  const json = JSON.stringify([
    plan.meta,
    plan.focalPoint,
    plan.sections,
    plan.tasks.map(({ line: _line, ...t }) => t),
    plan.reporting,
  ]);
  let h = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) {
    h ^= json.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `table:${h.toString(16).padStart(8, "0")}`;
}
