import * as React from "react";
import { Button } from "@fluentui/react-components";
import type { PaneContext } from "../pane-context";
import { buildSummaryStep } from "../../app/summary";
import { summarySheetNames } from "../../core/consolidate/build";
import { Dashboard } from "./Dashboard";
import { Note } from "./Note";
import { StepCard } from "./StepCard";
import { StepStatusContext } from "./step-status";
import { resultOf, usePlanStep } from "./use-plan-step";
import { useStyles } from "./styles";

export function SummaryStep({ ctx }: { ctx: PaneContext }) {
  const s = useStyles();
  const { tr } = ctx;
  const status = React.useContext(StepStatusContext);
  const [outcome, go] = usePlanStep(ctx, "ui.summary.title", (plan, options) =>
    buildSummaryStep(ctx.port, plan, ctx.asOf, ctx.period, options),
  );
  const state = status.states.get("summary");
  // The figures of this session's run, else of the last run the workbook remembers.
  const figures = outcome ? resultOf("summary", outcome) : state && state.kind !== "todo" ? state.result : null;
  const present = new Set(status.sheetNames.map((n) => n.toLocaleLowerCase("vi")));
  const sheets = outcome?.sheetNames ?? summarySheetNames().filter((n) => present.has(n.toLocaleLowerCase("vi")));
  const open = (sheet: string) => void ctx.run(sheet, () => ctx.port.selectCell(sheet, "A1"));
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
      {figures && <Dashboard figures={figures} sheets={sheets} stale={state?.kind === "stale"} onOpen={open} tr={tr} />}
    </StepCard>
  );
}
