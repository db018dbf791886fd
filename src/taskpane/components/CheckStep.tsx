import * as React from "react";
import { Button, Text } from "@fluentui/react-components";
import type { PaneContext } from "../pane-context";
import { runChecks } from "../../app/check";
import { triage as triageOf } from "../../app/triage";
import { NO_QUERY, applyQuery, searchIndex, type TriageQuery } from "../../app/triage-filter";
import { formatIssue } from "../../core/report/summary";
import { AgencyFindings } from "./AgencyFindings";
import { Note } from "./Note";
import { StepCard } from "./StepCard";
import { TriageFilterBar } from "./TriageFilterBar";
import { usePlanStep } from "./use-plan-step";
import { useStyles } from "./styles";

export function CheckStep({ ctx }: { ctx: PaneContext }) {
  const s = useStyles();
  const { tr, locale } = ctx;
  const [outcome, go] = usePlanStep(ctx, "ui.check.title", (plan, options) =>
    runChecks(ctx.port, plan, ctx.asOf, ctx.period, options),
  );
  const [query, setQuery] = React.useState<TriageQuery>(NO_QUERY);
  const triage = React.useMemo(() => (outcome ? triageOf(outcome.groups) : null), [outcome]);
  // Built on the first word typed, not with every result: most checks are read without a search.
  const searching = query.text.trim() !== "";
  const index = React.useMemo(
    () => (triage && searching ? searchIndex(triage, (i) => formatIssue(i, locale)) : null),
    [triage, locale, searching],
  );
  // A new result starts unfiltered: an agency picked before may no longer be there.
  React.useEffect(() => setQuery(NO_QUERY), [outcome]);
  const shown = React.useMemo(() => (triage ? applyQuery(triage, index, query) : []), [triage, index, query]);
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
      {outcome && triage && (
        <div className={s.column} data-testid="check-result">
          <Note intent={triage.totals.errors > 0 ? "warning" : "success"} testId="check-headline">
            {tr("ui.triage.headline", {
              files: triage.totals.files,
              errors: triage.totals.errors,
              warnings: triage.totals.warnings,
              notes: triage.totals.notes,
            })}{" "}
            {triage.totals.replaced > 0 && tr("ui.triage.replaced", { count: triage.totals.replaced })}{" "}
            {tr("ui.triage.sheet")}
          </Note>
          {!outcome.highlighted && <Note intent="info">{tr("ui.check.notColoured")}</Note>}
          <TriageFilterBar ctx={ctx} triage={triage} query={query} onChange={setQuery} />
          {shown.length !== triage.entries.length && (
            <Text className={s.muted} role="status">
              {tr("ui.triage.shown", { shown: shown.length, total: triage.entries.length })}
            </Text>
          )}
          {shown.length === 0 && <Text>{tr("ui.triage.nothing")}</Text>}
          {shown.map(({ entry, issues }) => (
            <AgencyFindings key={entry.key} ctx={ctx} entry={entry} issues={issues} />
          ))}
        </div>
      )}
    </StepCard>
  );
}
