/**
 * Step 1 (Kế hoạch) and the plan the later steps work on. The workbook is the memory: the plan is
 * its task table (`Kế hoạch`, `Chế độ báo cáo`, see core/plan/table.ts) and the roster
 * `Danh bạ đơn vị`, which the official may correct; every step re-reads them (readPlanState), so
 * an edited lead or deadline counts. The source text stays in a very hidden sheet for reference
 * (and for workbooks made before the table existed), with a fingerprint of the table as written,
 * so that loading another plan over an edited table asks first.
 */
import type { Plan } from "../core/plan/model";
import { t } from "../core/i18n";
import type { Roster } from "../core/roster/model";
import type { AssignmentMatrix } from "../core/matrix-model";
import type { Sheet } from "../core/grid";
import type { OutRow, OutSheet } from "../core/sheet-model";
import { parsePlan } from "../core/plan/parse";
import { buildMatrix } from "../core/matrix";
import { indexRoster, type RosterIndex } from "../core/roster/match";
import { KONTUM_ROSTER } from "../core/roster/default-kontum";
import { planSheets } from "../core/plan-sheets";
import { rosterFromSheet, ROSTER_SHEET } from "../core/roster/sheet";
import type { FileCodecs } from "../core/ports/codecs";
import type { PlanDocument } from "../core/plan/document";
import { documentToText } from "../core/plan/document-text";
import { parsePlanDocument } from "../core/plan/parse";
import { readPlanTables, type PlanTableFinding } from "../core/plan/table-read";
import { OBLIGATION_SHEET, TASK_SHEET } from "../core/plan/table";
import { UserError } from "../core/errors";
import { tableFingerprint, gridOf } from "./plan-table-memo";
import type { WorkbookPort, WriteOptions } from "../core/ports/workbook";

/** Hidden sheet holding the plan's text, so later steps (and a later session) re-read the same plan. */
export const PLAN_TEXT_SHEET = "_kehoach_plan";
/** Excel keeps at most 32,767 characters in a cell: long texts are split over rows. */
const CELL_CHUNK = 30_000;

/** Where the plan came from: the embedded 4587 text, a pasted text, a matrix table as CSV, or a file read as a document. */
export type PlanSource =
  { kind: "text"; text: string } | { kind: "matrixCsv"; csvText: string } | { kind: "document"; doc: PlanDocument };

export interface PlanState {
  plan: Plan;
  planText: string;
  roster: Roster;
  rosterIndex: RosterIndex;
  matrix: AssignmentMatrix;
  /** what the official should look at in the task table (names not in the roster, with their cells …) */
  findings?: PlanTableFinding[];
}

export interface LoadPlanOptions extends WriteOptions {
  /** the user agreed to load another plan over a task table they edited (the old one is kept as a copy) */
  replaceEdited?: boolean;
}

/** A matrix table as CSV becomes the appendix-table shape the plan parser reads ("a | b | c"). */
export function matrixCsvToPlanText(rows: string[][]): string {
  return rows
    .filter((r) => r.some((c) => c.trim() !== ""))
    .map((r) =>
      r
        .map((c) =>
          c
            .replace(/\s*\n\s*/g, " ")
            .replace(/\|/g, "/")
            .trim(),
        )
        .join(" | "),
    )
    .join("\n");
}

function textToRows(text: string): OutRow[] {
  const rows: OutRow[] = [];
  for (let i = 0; i < text.length; i += CELL_CHUNK) rows.push({ cells: [text.slice(i, i + CELL_CHUNK)] });
  return rows.length > 0 ? rows : [{ cells: [""] }];
}

function rowsToText(sheet: Sheet | undefined): string {
  return (sheet?.rows ?? []).map((r) => (typeof r[0] === "string" ? r[0] : "")).join("");
}

export function planStateFrom(planText: string, roster: Roster): PlanState {
  const rosterIndex = indexRoster(roster);
  const plan = parsePlan(planText, { roster: rosterIndex });
  const matrix = buildMatrix(plan, rosterIndex);
  return { plan, planText, roster, rosterIndex, matrix };
}

/**
 * Step 1: parses the plan and writes `Kế hoạch`, `Ma trận phân công`, `Danh bạ đơn vị`. A roster
 * the user already edited in the workbook is kept (names, e-mails); the default one is used otherwise.
 */
export async function loadPlan(
  port: WorkbookPort,
  source: PlanSource,
  codecs: Pick<FileCodecs, "parseCsv">,
  options: LoadPlanOptions = {},
): Promise<PlanState> {
  const planText =
    source.kind === "text"
      ? source.text
      : source.kind === "matrixCsv"
        ? matrixCsvToPlanText(await codecs.parseCsv(source.csvText))
        : documentToText(source.doc);
  const sheets = await port.readSheets([ROSTER_SHEET, TASK_SHEET, OBLIGATION_SHEET, PLAN_TEXT_SHEET]);
  const rosterSheet = sheets.find((s) => s.name === ROSTER_SHEET);
  const roster = rosterSheet && rosterSheet.rows.length > 0 ? rosterFromSheet(rosterSheet) : KONTUM_ROSTER;
  const rosterIndex = indexRoster(roster);
  const keep = editedTableCopy(sheets, rosterIndex);
  if (keep && !options.replaceEdited) throw new UserError("planTable.edited", { sheet: TASK_SHEET });
  const state =
    source.kind === "document" && source.doc.source !== "txt"
      ? withPlan(parsePlanDocument(source.doc, { roster: rosterIndex }), planText, roster, rosterIndex)
      : planStateFrom(planText, roster);
  const written = planSheets(state.plan, state.matrix, roster);
  const fingerprint = tableFingerprint(written.map(gridOf), rosterIndex);
  const textRows = textToRows(planText);
  textRows[0] = { cells: [textRows[0]?.cells[0] ?? "", fingerprint] };
  const textSheet: OutSheet = { name: PLAN_TEXT_SHEET, columns: [{ width: 80 }, { width: 20 }], rows: textRows };
  await port.writeSheets([...written, ...(keep ? [keep] : []), textSheet], {
    ...options,
    activate: true,
    veryHidden: [PLAN_TEXT_SHEET],
  });
  return state;
}

function withPlan(plan: Plan, planText: string, roster: Roster, rosterIndex: RosterIndex): PlanState {
  return { plan, planText, roster, rosterIndex, matrix: buildMatrix(plan, rosterIndex) };
}

/**
 * The task table as the user left it, as a plain copy to keep, when it differs from what step 1
 * wrote (its fingerprint); null when there is no table or it is unchanged.
 */
function editedTableCopy(sheets: Sheet[], roster: RosterIndex): OutSheet | null {
  const table = sheets.find((s) => s.name === TASK_SHEET);
  const hidden = sheets.find((s) => s.name === PLAN_TEXT_SHEET);
  if (!table || table.rows.length === 0) return null;
  const stored = hidden?.rows[0]?.[1];
  let current: string;
  try {
    current = tableFingerprint(sheets, roster);
  } catch {
    return null; // not a readable task table: nothing the later steps could have used
  }
  if (typeof stored === "string" && stored === current) return null;
  const names = new Set(sheets.map((s) => s.name));
  let name = t("vi", "plan.sheet.old", { sheet: TASK_SHEET });
  for (let i = 2; names.has(name); i++) name = t("vi", "plan.sheet.oldNumbered", { sheet: TASK_SHEET, n: i });
  return {
    name,
    columns: (table.rows[0] ?? []).map(() => ({ width: 20 })),
    rows: table.rows.map((r) => ({ cells: r.map((c) => (c !== null && typeof c === "object" ? null : c)) })),
  };
}

/**
 * Re-reads the plan from its task table and the (possibly edited) roster; a workbook from before
 * the table existed is read from its hidden text. Null when step 1 was never run here.
 */
export async function readPlanState(port: WorkbookPort): Promise<PlanState | null> {
  const sheets = await port.readSheets([PLAN_TEXT_SHEET, ROSTER_SHEET, TASK_SHEET, OBLIGATION_SHEET]);
  const text = rowsToText(sheets.find((s) => s.name === PLAN_TEXT_SHEET));
  const rosterSheet = sheets.find((s) => s.name === ROSTER_SHEET);
  const roster = rosterSheet ? rosterFromSheet(rosterSheet) : KONTUM_ROSTER;
  if (sheets.some((s) => s.name === TASK_SHEET && s.rows.length > 0)) {
    const rosterIndex = indexRoster(roster);
    const { plan, findings } = readPlanTables(sheets, rosterIndex);
    return { ...withPlan(plan, text, roster, rosterIndex), findings };
  }
  if (!text.trim()) return null;
  return planStateFrom(text, roster);
}

/**
 * The plan as the workbook holds it now: every step calls this before it works, so a lead,
 * deadline or row the official changed in the task table since step 1 counts. Falls back to the
 * plan in memory when the table is gone.
 */
export async function currentPlanState(port: WorkbookPort, fallback: PlanState): Promise<PlanState> {
  return (await readPlanState(port)) ?? fallback;
}
