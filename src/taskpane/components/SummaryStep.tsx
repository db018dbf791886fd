import * as React from "react";
import { Button } from "@fluentui/react-components";
import type { PaneContext } from "../pane-context";
import { currentPlanState, type PlanState } from "../../app/plan-state";
import { buildSummaryStep, type SummaryOutcome } from "../../app/summary";
import { Note } from "./Note";
import { StepCard } from "./StepCard";
import { useStyles } from "./styles";

export function SummaryStep({ ctx }: { ctx: PaneContext }) {
  const s = useStyles();
  const { tr } = ctx;
  const [outcome, setOutcome] = React.useState<SummaryOutcome | null>(null);
  // The task table may have been edited since step 1: read the plan from it again.
  const fresh = async (fallback: PlanState) => {
    const state = await currentPlanState(ctx.port, fallback);
    ctx.setPlan(state);
    return state;
  };
  const go = async () => {
    if (!ctx.plan) return;
    const plan = ctx.plan;
    const res = await ctx.run(tr("ui.summary.title"), async (signal, onProgress) =>
      buildSummaryStep(ctx.port, await fresh(plan), ctx.asOf, ctx.period, { signal, onProgress }),
    );
    if (res) setOutcome(res);
  };
  return (
    <StepCard
      id="summary"
      title={tr("ui.summary.title")}
      description={tr("ui.summary.desc")}
      done={outcome !== null}
      disabledReason={ctx.plan ? null : tr("ui.step.needsPlan")}
      tr={tr}
    >
      <div className={s.row}>
        <Button appearance="primary" disabled={ctx.busy} onClick={go} data-testid="summary-run">
          {tr("ui.summary.run")}
        </Button>
      </div>
      {outcome && (
        <Note intent="success" testId="summary-result">
          {tr("ui.summary.done", {
            count: outcome.sheetNames.length,
            submitted: outcome.submitted,
            expected: outcome.expected,
          })}
        </Note>
      )}
    </StepCard>
  );
}
