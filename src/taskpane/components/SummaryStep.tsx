import * as React from "react";
import { Button } from "@fluentui/react-components";
import type { PaneContext } from "../pane-context";
import { buildSummaryStep } from "../../app/summary";
import { Note } from "./Note";
import { StepCard } from "./StepCard";
import { usePlanStep } from "./use-plan-step";
import { useStyles } from "./styles";

export function SummaryStep({ ctx }: { ctx: PaneContext }) {
  const s = useStyles();
  const { tr } = ctx;
  const [outcome, go] = usePlanStep(ctx, "ui.summary.title", (plan, options) =>
    buildSummaryStep(ctx.port, plan, ctx.asOf, ctx.period, options),
  );
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
