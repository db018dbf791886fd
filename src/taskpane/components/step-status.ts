/**
 * Each step's state as the workbook tells it (src/app/step-state.ts), handed to the step cards
 * through a React context so that a card knows its own state from its id alone: the steps'
 * components need not pass it along. Also the words for a state and a result.
 */
import * as React from "react";
import type { StepId, StepResult, StepState } from "../../app/step-state";
import { formatDateVi } from "../../core/dates";
import type { MessageKey } from "../../core/i18n";
import type { Translate } from "../messages";

export interface StepStatusValue {
  states: ReadonlyMap<StepId, StepState>;
  /** the step the user last ran in this session: it stays open */
  current: string | null;
  /** folded steps the user opened again */
  opened: ReadonlySet<string>;
  setOpen(id: string, open: boolean): void;
  /** the as-of date and period the pane would run with now */
  now: { asOf: string; period: string };
  /** the workbook's sheets as last read */
  sheetNames: readonly string[];
}

export const StepStatusContext = React.createContext<StepStatusValue>({
  states: new Map(),
  current: null,
  opened: new Set(),
  setOpen: () => undefined,
  now: { asOf: "", period: "" },
  sheetNames: [],
});

const STEP_IDS: readonly string[] = ["plan", "templates", "import", "check", "summary", "remind"];

export function isStepId(id: string): id is StepId {
  return STEP_IDS.includes(id);
}

export function useStepState(id: string): StepState | undefined {
  const { states } = React.useContext(StepStatusContext);
  return isStepId(id) ? states.get(id) : undefined;
}

const RESULT_KEYS: Record<StepId, { key: MessageKey; needs: string[] }> = {
  plan: { key: "ui.step.result.plan", needs: ["tasks", "agencies"] },
  templates: { key: "ui.step.result.templates", needs: ["count"] },
  import: { key: "ui.step.result.import", needs: ["files"] },
  check: { key: "ui.step.result.check", needs: ["files", "errors", "warnings"] },
  summary: { key: "ui.step.result.summary", needs: ["reported", "mustReport"] },
  remind: { key: "ui.step.result.remind", needs: ["count"] },
};

/** The result in one line, or null when the record lacks a count (a hand-edited sheet). */
export function resultText(step: StepId, result: StepResult, tr: Translate): string | null {
  const { key, needs } = RESULT_KEYS[step];
  if (!needs.every((n) => typeof result[n] === "number")) return null;
  return tr(key, result);
}

/**
 * A moment as the official reads it, in Vietnam's time as the import log and `Nhật ký` keep it (the
 * workbook moves between machines; its times should not move with them): "14:05 20/11/2022". An
 * instant (ISO with its zone, as the steps' records keep it) is turned into UTC+7; a wall-clock
 * time already in Vietnam's time (the import log's) is shown as written.
 */
export function localTime(iso: string): string {
  const wall = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})(:\d{2})?$/.exec(iso);
  if (wall) return `${wall[2]} ${formatDateVi(wall[1]!)}`;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const vn = new Date(ms + 7 * 3600_000).toISOString(); // UTC+7, no daylight saving
  return `${vn.slice(11, 16)} ${formatDateVi(vn.slice(0, 10))}`;
}

const dayOf = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatDateVi(iso) : "—");

/** Why a stale step must run again, in words. */
export function staleReasons(
  state: Extract<StepState, { kind: "stale" }>,
  now: { asOf: string; period: string },
  tr: Translate,
): string {
  return state.changed
    .map((c) => {
      if (c === "plan") return tr("ui.step.changed.plan");
      if (c === "imports") return tr("ui.step.changed.imports");
      if (c === "asOf") return tr("ui.step.changed.asOf", { was: dayOf(state.was.asOf), now: dayOf(now.asOf) });
      return tr("ui.step.changed.period", { was: state.was.period || "—", now: now.period || "—" });
    })
    .join("; ");
}
