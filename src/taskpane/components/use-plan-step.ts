import * as React from "react";
import type { PaneContext } from "../pane-context";
import type { MessageKey } from "../../core/i18n";
import type { ProgressFn } from "../../core/ports/workbook";
import { currentPlanState, type PlanState } from "../../app/plan-state";

/** What a step does once the plan is current: the port, the plan, the as-of date and the period are in `ctx`. */
type StepWork<T> = (plan: PlanState, options: { signal: AbortSignal; onProgress: ProgressFn }) => Promise<T>;

/**
 * Runs a step that works from the plan (4–6) and keeps its last outcome. The task table may have
 * been edited since step 1, so the plan is read from it again first.
 */
export function usePlanStep<T>(
  ctx: PaneContext,
  title: MessageKey,
  work: StepWork<T>,
): [outcome: T | null, run: () => Promise<void>] {
  const [outcome, setOutcome] = React.useState<T | null>(null);
  const run = async () => {
    if (!ctx.plan) return;
    const plan = ctx.plan;
    const res = await ctx.run(ctx.tr(title), async (signal, onProgress) => {
      const state = await currentPlanState(ctx.port, plan);
      ctx.setPlan(state);
      return work(state, { signal, onProgress });
    });
    if (res) setOutcome(res);
  };
  return [outcome, run];
}
