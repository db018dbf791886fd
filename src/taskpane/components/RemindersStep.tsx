import * as React from "react";
import { Button } from "@fluentui/react-components";
import type { PaneContext } from "../pane-context";
import { remindersStep } from "../../app/reminders";
import { Note } from "./Note";
import { ReminderItem } from "./ReminderItem";
import { StepCard } from "./StepCard";
import { usePlanStep } from "./use-plan-step";
import { useStyles } from "./styles";

export function RemindersStep({ ctx }: { ctx: PaneContext }) {
  const s = useStyles();
  const { tr } = ctx;
  const [list, go] = usePlanStep(ctx, "ui.remind.title", (plan, options) =>
    remindersStep(ctx.port, plan, ctx.asOf, ctx.period, options, ctx.locale),
  );
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
