import * as React from "react";
import { Badge, Button, Text, mergeClasses } from "@fluentui/react-components";
import type { PaneContext } from "../pane-context";
import { currentPlanState, type PlanState } from "../../app/plan-state";
import { runChecks, type CheckOutcome } from "../../app/check";
import { IssueList } from "./IssueList";
import { Note } from "./Note";
import { StepCard } from "./StepCard";
import { useStyles } from "./styles";

export function CheckStep({ ctx }: { ctx: PaneContext }) {
  const s = useStyles();
  const { tr } = ctx;
  const [outcome, setOutcome] = React.useState<CheckOutcome | null>(null);
  // The task table may have been edited since step 1: read the plan from it again.
  const fresh = async (fallback: PlanState) => {
    const state = await currentPlanState(ctx.port, fallback);
    ctx.setPlan(state);
    return state;
  };
  const go = async () => {
    if (!ctx.plan) return;
    const plan = ctx.plan;
    const res = await ctx.run(tr("ui.check.title"), async (signal, onProgress) =>
      runChecks(ctx.port, await fresh(plan), ctx.asOf, ctx.period, { signal, onProgress }),
    );
    if (res) setOutcome(res);
  };
  return (
    <StepCard
      id="check"
      title={tr("ui.check.title")}
      description={tr("ui.check.desc")}
      done={outcome !== null}
      disabledReason={ctx.plan ? null : tr("ui.step.needsPlan")}
      tr={tr}
    >
      <div className={s.row}>
        <Button appearance="primary" disabled={ctx.busy} onClick={go} data-testid="check-run">
          {tr("ui.check.run")}
        </Button>
      </div>
      {outcome && (
        <div className={s.column} data-testid="check-result">
          <Note intent={outcome.errors > 0 ? "warning" : "success"}>
            {tr("ui.check.done", { files: outcome.checked.length, errors: outcome.errors, warnings: outcome.warnings })}
          </Note>
          {!outcome.highlighted && <Note intent="info">{tr("ui.check.notColoured")}</Note>}
          {outcome.groups.map((g) => {
            const errors = g.issues.filter((v) => v.issue.severity === "error").length;
            const warnings = g.issues.filter((v) => v.issue.severity === "warning").length;
            return (
              <div
                key={g.sheet ?? g.file}
                className={mergeClasses(s.group, errors > 0 && s.groupBad)}
                data-testid="check-group"
              >
                <div className={s.row}>
                  <Text weight="semibold">{g.agencyName}</Text>
                  {errors > 0 && <Badge color="danger">{tr("ui.check.errors", { count: errors })}</Badge>}
                  {warnings > 0 && <Badge color="warning">{tr("ui.check.warnings", { count: warnings })}</Badge>}
                  {errors === 0 && warnings === 0 && <Badge color="success">{tr("ui.check.clean")}</Badge>}
                  {g.superseded && <Text className={s.muted}>({tr("ui.check.superseded")})</Text>}
                </div>
                <Text className={s.muted}>{g.file}</Text>
                <IssueList ctx={ctx} issues={g.issues.filter((v) => v.issue.severity !== "info")} />
              </div>
            );
          })}
        </div>
      )}
    </StepCard>
  );
}
