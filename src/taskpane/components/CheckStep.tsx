import * as React from "react";
import { Badge, Button, Text, mergeClasses } from "@fluentui/react-components";
import type { PaneContext } from "../pane-context";
import { runChecks } from "../../app/check";
import { IssueList } from "./IssueList";
import { Note } from "./Note";
import { StepCard } from "./StepCard";
import { usePlanStep } from "./use-plan-step";
import { useStyles } from "./styles";

export function CheckStep({ ctx }: { ctx: PaneContext }) {
  const s = useStyles();
  const { tr } = ctx;
  const [outcome, go] = usePlanStep(ctx, "ui.check.title", (plan, options) =>
    runChecks(ctx.port, plan, ctx.asOf, ctx.period, options),
  );
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
