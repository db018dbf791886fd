/**
 * When each step last ran and whether it must run again (cần chạy lại). The workbook is the
 * memory, as for the plan and the import log: the very hidden sheet `_kehoach_steps` holds one
 * row per step — when it ran, what its inputs were (the plan as a fingerprint, the imports as a
 * fingerprint, the as-of date and the period as written) and its result in a few numbers — so
 * reopening Excel shows each step's true state. A step is stale when one of the inputs it
 * depends on is no longer what it was: a new or removed import, another as-of date or period,
 * an edited task table or roster.
 */
import type { Cell, Sheet } from "../core/grid";
import type { OutSheet } from "../core/sheet-model";
import type { PlanState } from "./plan-state";
import type { ImportRecord } from "./import-log";

export const STEPS_SHEET = "_kehoach_steps";

/** The pane's steps that leave a state in the workbook (the import step's state is the import log). */
export type StepId = "plan" | "templates" | "import" | "check" | "summary" | "remind";

/** What the steps' results depend on, as they are now. */
export interface StepInputs {
  /** fingerprint of the plan and roster (planFingerprint); null before step 1 */
  plan: string | null;
  /** fingerprint of the imports that still have their sheet (importsFingerprint) */
  imports: string;
  asOf: string;
  period: string;
}

export type InputName = keyof StepInputs;

/** Which inputs each step's result is made from. */
export const DEPENDS_ON: Record<StepId, readonly InputName[]> = {
  plan: [],
  templates: ["plan", "period"],
  import: [],
  check: ["plan", "imports", "asOf", "period"],
  summary: ["plan", "imports", "asOf", "period"],
  remind: ["plan", "imports", "asOf", "period"],
};

/** A step's result as a few named counts (the pane words them in the user's language). */
export type StepResult = Record<string, number>;

/** One row of `_kehoach_steps`. */
export interface StepRecord {
  step: StepId;
  /** ISO instant (UTC) the step finished */
  ranAt: string;
  inputs: StepInputs;
  result: StepResult;
}

export type StepState =
  | { kind: "todo" }
  | { kind: "fresh"; ranAt: string | null; result: StepResult }
  | { kind: "stale"; ranAt: string; result: StepResult; changed: InputName[]; was: StepInputs };

const STEP_IDS: readonly StepId[] = ["plan", "templates", "import", "check", "summary", "remind"];
const HEADER = ["Bước", "Chạy lúc", "Kế hoạch", "Báo cáo đã nhập", "Ngày đánh giá", "Kỳ", "Kết quả"];

/** cyrb53: a 53-bit string hash, enough to tell "changed" from "the same" (not a security check). */
export function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The plan as the steps use it: tasks, assignments, deadlines, reporting rules and the roster
 * (names, e-mails, who reports). Source line numbers (they move when text moves) and short titles
 * (cut from the text, which counts) are left out, so the plan as parsed and as read back from its
 * task table have the same fingerprint.
 */
export function planFingerprint(state: Pick<PlanState, "plan" | "roster">): string {
  const { plan, roster } = state;
  return hash53(
    JSON.stringify([
      plan.meta,
      plan.focalPoint,
      plan.sections,
      plan.tasks.map(({ line: _line, title: _title, ...t }) => t),
      plan.reporting,
      roster.agencies,
      roster.groups,
    ]),
  );
}

/**
 * The imports that count: a log line whose sheet the user deleted is withdrawn, so it is left out
 * (deleting a sheet or removing an import makes the later steps stale). Order does not matter.
 */
export function importsFingerprint(records: readonly ImportRecord[], sheetNames: readonly string[]): string {
  const present = new Set(sheetNames.map((n) => n.toLocaleLowerCase("vi")));
  const lines = records
    .filter((r) => present.has(r.sheet.toLocaleLowerCase("vi")))
    .map((r) => JSON.stringify([r.sheet, r.sha256, r.receivedOn]))
    .sort();
  return lines.length === 0 ? "none" : `${lines.length}:${hash53(lines.join("\n"))}`;
}

/** Whether a step is to do, done with the inputs as they are, or done with inputs that changed since. */
export function stepState(step: StepId, record: StepRecord | undefined, now: StepInputs): StepState {
  if (!record) return { kind: "todo" };
  const changed = DEPENDS_ON[step].filter((k) => record.inputs[k] !== now[k]);
  if (changed.length === 0) return { kind: "fresh", ranAt: record.ranAt, result: record.result };
  return { kind: "stale", ranAt: record.ranAt, result: record.result, changed, was: record.inputs };
}

/**
 * The import step's state comes from the import log itself: done once a file was imported,
 * when the last one was; nothing it depends on can change under it.
 */
export function importState(records: readonly ImportRecord[], sheetNames: readonly string[]): StepState {
  const present = new Set(sheetNames.map((n) => n.toLocaleLowerCase("vi")));
  const live = records.filter((r) => present.has(r.sheet.toLocaleLowerCase("vi")));
  if (live.length === 0) return { kind: "todo" };
  const last = live.map((r) => r.importedAt).reduce((a, b) => (b > a ? b : a), "");
  return { kind: "fresh", ranAt: last || null, result: { files: live.length } };
}

/** The records with this step's new one in place of its old one. */
export function withRecord(records: readonly StepRecord[], next: StepRecord): StepRecord[] {
  return [...records.filter((r) => r.step !== next.step), next].sort(
    (a, b) => STEP_IDS.indexOf(a.step) - STEP_IDS.indexOf(b.step),
  );
}

/** The sheet to write (plain cells, no formula: every value is text). */
export function stepsSheet(records: readonly StepRecord[]): OutSheet {
  return {
    name: STEPS_SHEET,
    columns: HEADER.map(() => ({ width: 20 })),
    rows: [
      { cells: HEADER, style: "header" },
      ...records.map((r) => ({
        cells: [
          r.step,
          r.ranAt,
          r.inputs.plan ?? "",
          r.inputs.imports,
          r.inputs.asOf,
          r.inputs.period,
          Object.entries(r.result)
            .map(([k, v]) => `${k}=${v}`)
            .join(";"),
        ],
      })),
    ],
  };
}

function text(c: Cell | undefined): string {
  if (typeof c === "string") return c;
  if (typeof c === "number" || typeof c === "boolean") return String(c);
  return "";
}

/** Numbers only: the sheet can be edited by hand, and nothing read from it is more than a count. */
function parseResult(cell: string): StepResult {
  const out: StepResult = {};
  for (const part of cell.split(";")) {
    const m = /^([A-Za-z][A-Za-z0-9]{0,30})=(-?\d{1,12})$/.exec(part.trim());
    if (m) out[m[1]!] = Number(m[2]);
  }
  return out;
}

/** The records the sheet holds; rows it cannot read (an unknown step, no time) are skipped. */
export function readStepRecords(sheet: Sheet | undefined): StepRecord[] {
  if (!sheet) return [];
  const out: StepRecord[] = [];
  for (const row of sheet.rows.slice(1)) {
    const step = text(row[0]) as StepId;
    const ranAt = text(row[1]);
    if (!STEP_IDS.includes(step) || !/^\d{4}-\d{2}-\d{2}T/.test(ranAt)) continue;
    out.push({
      step,
      ranAt,
      inputs: { plan: text(row[2]) || null, imports: text(row[3]) || "none", asOf: text(row[4]), period: text(row[5]) },
      result: parseResult(text(row[6])),
    });
  }
  return withoutRepeats(out);
}

/** The last row wins when a step appears twice (a hand-edited sheet). */
function withoutRepeats(records: StepRecord[]): StepRecord[] {
  const byStep = new Map<StepId, StepRecord>();
  for (const r of records) byStep.set(r.step, r);
  return [...byStep.values()];
}

/** The period the steps last ran with (the most recent record that has one), to start the pane with. */
export function lastPeriod(records: readonly StepRecord[]): string | null {
  const withPeriod = records.filter((r) => r.inputs.period !== "" && DEPENDS_ON[r.step].includes("period"));
  if (withPeriod.length === 0) return null;
  return withPeriod.reduce((a, b) => (b.ranAt > a.ranAt ? b : a)).inputs.period;
}
