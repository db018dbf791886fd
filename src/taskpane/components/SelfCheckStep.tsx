import * as React from "react";
import { Button, Text } from "@fluentui/react-components";
import type { PaneContext } from "../pane-context";
import { embeddedFocalPoint, selfCheck, type SelfCheckOutcome } from "../../app/self-check";
import { FindingList } from "./FindingList";
import { Note } from "./Note";
import { StepCard } from "./StepCard";
import { useStyles } from "./styles";

export function SelfCheckStep({ ctx, embeddedPlanText }: { ctx: PaneContext; embeddedPlanText: string }) {
  const s = useStyles();
  const { tr } = ctx;
  const [outcome, setOutcome] = React.useState<SelfCheckOutcome | null>(null);
  const go = async () => {
    const res = await ctx.run(tr("ui.self.title"), () => selfCheck(ctx.port, embeddedPlanText, ctx.asOf));
    if (res) setOutcome(res);
  };
  const focal = React.useMemo(() => embeddedFocalPoint(embeddedPlanText), [embeddedPlanText]);
  return (
    <StepCard
      id="self"
      title={tr("ui.self.title")}
      description={tr("ui.self.desc", { focal: focal ?? tr("ui.self.focalFallback") })}
      done={outcome !== null && outcome.errors === 0}
      toFix={outcome !== null && outcome.errors > 0}
      tr={tr}
    >
      <div className={s.row}>
        <Button appearance="primary" disabled={ctx.busy} onClick={go} data-testid="self-run">
          {tr("ui.self.run")}
        </Button>
      </div>
      {outcome && (
        <div className={s.column} data-testid="self-result">
          {outcome.agencyName && <Text weight="semibold">{outcome.agencyName}</Text>}
          {outcome.planMismatch && (
            <Note intent="warning">{tr("ui.self.planMismatch", { plan: outcome.planMismatch })}</Note>
          )}
          <Note intent={outcome.errors > 0 ? "warning" : "success"}>
            {outcome.errors + outcome.warnings === 0
              ? tr("ui.self.ok")
              : tr("ui.self.foundAll", { errors: outcome.errors, warnings: outcome.warnings })}
          </Note>
          <FindingList ctx={ctx} issues={outcome.issues} testId="self-findings" />
        </div>
      )}
    </StepCard>
  );
}
