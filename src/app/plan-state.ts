/**
 * Step 1 (Kế hoạch) and the plan the later steps work on. The workbook is the memory: the plan's
 * text lives in a very hidden sheet and the roster in `Danh bạ đơn vị`, so closing the pane (or
 * Excel) loses nothing and a later session re-reads the same plan.
 */
import type { Plan } from "../core/plan/model";
import type { Roster } from "../core/roster/model";
import type { AssignmentMatrix } from "../core/matrix-model";
import type { Sheet } from "../core/grid";
import type { OutRow, OutSheet } from "../core/sheet-model";
import { parsePlan } from "../core/plan/parse";
import { buildMatrix } from "../core/matrix";
import { indexRoster, type RosterIndex } from "../core/roster/match";
import { KONTUM_ROSTER } from "../core/roster/default-kontum";
import { planSheets, rosterFromSheet, ROSTER_SHEET } from "../core/plan-sheets";
import type { FileCodecs } from "../core/ports/codecs";
import type { WorkbookPort, WriteOptions } from "../core/ports/workbook";

/** Hidden sheet holding the plan's text, so later steps (and a later session) re-read the same plan. */
export const PLAN_TEXT_SHEET = "_kehoach_plan";
/** Excel keeps at most 32,767 characters in a cell: long texts are split over rows. */
const CELL_CHUNK = 30_000;

/** Where the plan came from: the embedded 4587 text, a pasted text, or a matrix table as CSV. */
export type PlanSource = { kind: "text"; text: string } | { kind: "matrixCsv"; csvText: string };

export interface PlanState {
  plan: Plan;
  planText: string;
  roster: Roster;
  rosterIndex: RosterIndex;
  matrix: AssignmentMatrix;
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
  options: WriteOptions = {},
): Promise<PlanState> {
  const planText = source.kind === "text" ? source.text : matrixCsvToPlanText(await codecs.parseCsv(source.csvText));
  const [rosterSheet] = await port.readSheets([ROSTER_SHEET]);
  const roster = rosterSheet && rosterSheet.rows.length > 0 ? rosterFromSheet(rosterSheet) : KONTUM_ROSTER;
  const state = planStateFrom(planText, roster);
  const textSheet: OutSheet = { name: PLAN_TEXT_SHEET, columns: [{ width: 80 }], rows: textToRows(planText) };
  await port.writeSheets([...planSheets(state.plan, state.matrix, roster), textSheet], {
    ...options,
    activate: true,
    veryHidden: [PLAN_TEXT_SHEET],
  });
  return state;
}

/** Re-reads the plan and the (possibly edited) roster from the workbook; null when step 1 was never run here. */
export async function readPlanState(port: WorkbookPort): Promise<PlanState | null> {
  const sheets = await port.readSheets([PLAN_TEXT_SHEET, ROSTER_SHEET]);
  const text = rowsToText(sheets.find((s) => s.name === PLAN_TEXT_SHEET));
  if (!text.trim()) return null;
  const rosterSheet = sheets.find((s) => s.name === ROSTER_SHEET);
  const roster = rosterSheet ? rosterFromSheet(rosterSheet) : KONTUM_ROSTER;
  return planStateFrom(text, roster);
}
