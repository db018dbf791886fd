import * as React from "react";
import { Button } from "@fluentui/react-components";
import type { PaneContext } from "../pane-context";
import { currentPlanState, type PlanState } from "../../app/plan-state";
import { remindersStep, type ReminderView } from "../../app/reminders";
import { Note } from "./Note";
import { ReminderItem } from "./ReminderItem";
import { StepCard } from "./StepCard";
import { useStyles } from "./styles";

export function RemindersStep({ ctx }: { ctx: PaneContext }) {
  const s = useStyles();
  const { tr } = ctx;
  const [list, setList] = React.useState<ReminderView[] | null>(null);
  // The task table may have been edited since step 1: read the plan from it again.
  const fresh = async (fallback: PlanState) => {
    const state = await currentPlanState(ctx.port, fallback);
    ctx.setPlan(state);
    return state;
  };
  const go = async () => {
    if (!ctx.plan) return;
    const plan = ctx.plan;
    const res = await ctx.run(tr("ui.remind.title"), async (signal, onProgress) =>
      remindersStep(ctx.port, await fresh(plan), ctx.asOf, ctx.period, { signal, onProgress }),
    );
    if (res) setList(res);
  };
  return (
    <StepCard
      id="remind"
      title={tr("ui.remind.title")}
      description={tr("ui.remind.desc")}
      done={list !== null}
      disabledReason={ctx.plan ? null : tr("ui.step.needsPlan")}
      tr={tr}
    >
      <div className={s.row}>
        <Button appearance="primary" disabled={ctx.busy} onClick={go} data-testid="remind-run">
          {tr("ui.remind.run")}
        </Button>
      </div>
      {list && (
        <div className={s.column} data-testid="remind-result">
          <Note intent={list.length > 0 ? "info" : "success"}>
            {list.length > 0 ? tr("ui.remind.done", { count: list.length }) : tr("ui.remind.none")}
          </Note>
          <div className={s.list}>
            {list.map((r) => (
              <ReminderItem key={r.agencyName} ctx={ctx} r={r} />
            ))}
          </div>
        </div>
      )}
    </StepCard>
  );
}
