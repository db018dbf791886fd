import * as React from "react";
import type { PaneContext } from "../pane-context";
import type { MessageKey } from "../../core/i18n";
import type { ProgressFn } from "../../core/ports/workbook";
import { currentPlanState, type PlanState } from "../../app/plan-state";
import type { StepId, StepResult } from "../../app/step-state";
import { resultText } from "./step-status";

/** What a step does once the plan is current: the port, the plan, the as-of date and the period are in `ctx`. */
type StepWork<T> = (plan: PlanState, options: { signal: AbortSignal; onProgress: ProgressFn }) => Promise<T>;

const STEP_OF: Partial<Record<MessageKey, StepId>> = {
  "ui.check.title": "check",
  "ui.summary.title": "summary",
  "ui.remind.title": "remind",
};

const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
const len = (v: unknown): number | undefined => (Array.isArray(v) ? v.length : undefined);

/**
 * A step's outcome as the counts its record keeps. The outcomes are the app layer's (check.ts,
 * summary.ts, reminders.ts); they are read field by field so that a count another part adds or
 * renames leaves the record without it rather than wrong.
 */
export function resultOf(step: StepId, outcome: unknown): StepResult {
  const o = (typeof outcome === "object" && outcome !== null ? outcome : {}) as Record<string, unknown>;
  const pick = (entries: [string, number | undefined][]): StepResult =>
    Object.fromEntries(entries.filter((e): e is [string, number] => e[1] !== undefined));
  if (step === "check") {
    // the latest file of each agency, as the check's headline counts them (a replaced one does not count)
    const groups = Array.isArray(o.groups) ? (o.groups as { superseded?: unknown }[]) : null;
    const files = groups ? groups.filter((g) => g.superseded !== true).length : len(o.checked);
    return pick([
      ["files", files],
      ["errors", num(o.errors)],
      ["warnings", num(o.warnings)],
    ]);
  }
  if (step === "summary") {
    const record = (v: unknown) => (typeof v === "object" && v !== null ? v : {}) as Record<string, unknown>;
    const counts = record(o.counts);
    const tasks = record(o.taskCounts);
    const sum = (...vs: unknown[]) =>
      vs.every((v) => num(v) !== undefined) ? vs.reduce<number>((a, v) => a + (v as number), 0) : undefined;
    return pick([
      ["reported", num(o.submitted)],
      ["mustReport", num(o.expected)],
      ["sheets", len(o.sheetNames)],
      ...["onTime", "late", "missing", "notYetDue", "withErrors"].map((k): [string, number | undefined] => [
        k,
        num(counts[k]),
      ]),
      ["tasksDone", sum(tasks.doneOnTime, tasks.doneLate)],
      ["tasksOverdue", num(tasks.overdue)],
    ]);
  }
  if (step === "remind") return pick([["count", len(outcome)]]);
  return {};
}

/**
 * Runs a step that works from the plan (4–6) and keeps its last outcome. The task table may have
 * been edited since step 1, so the plan is read from it again first. A step needs a valid period;
 * without one it is refused with a word. When it is done, the step's record goes into the workbook
 * (when it ran, on what) and the result is announced; a cancelled or failed run clears the old
 * outcome, which no longer says how the workbook stands.
 */
export function usePlanStep<T>(
  ctx: PaneContext,
  title: MessageKey,
  work: StepWork<T>,
): [outcome: T | null, run: () => Promise<void>] {
  const [outcome, setOutcome] = React.useState<T | null>(null);
  const step = STEP_OF[title];
  const run = async () => {
    if (!ctx.plan) return;
    if (ctx.period === "") {
      ctx.notify?.(ctx.tr("ui.notice.periodFirst", { field: ctx.tr("ui.settings.period") }), "period");
      return;
    }
    const plan = ctx.plan;
    const { asOf, period } = ctx;
    const res = await ctx.run(ctx.tr(title), async (signal, onProgress) => {
      const state = await currentPlanState(ctx.port, plan);
      ctx.setPlan(state);
      const done = await work(state, { signal, onProgress });
      if (step) await ctx.recordStep?.(step, state, resultOf(step, done), { asOf, period });
      return { done };
    });
    if (!res) {
      setOutcome(null);
      return;
    }
    setOutcome(res.done);
    const line = step ? resultText(step, resultOf(step, res.done), ctx.tr) : null;
    ctx.announce?.(
      line
        ? ctx.tr("ui.step.finished", { step: ctx.tr(title), result: line })
        : ctx.tr("ui.step.finishedPlain", { step: ctx.tr(title) }),
    );
  };
  return [outcome, run];
}
