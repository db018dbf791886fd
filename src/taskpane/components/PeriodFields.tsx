import * as React from "react";
import { Button, Field, Input, makeStyles } from "@fluentui/react-components";
import { formatDateVi } from "../../core/dates";
import type { PeriodCheck, PeriodProposal } from "../../app/period";
import type { Translate } from "../messages";
import { Note } from "./Note";

const useFieldStyles = makeStyles({
  // Side by side when there is room, stacked in a narrow pane or at 200% zoom: never cut off.
  settings: { display: "flex", flexWrap: "wrap", columnGap: "8px", rowGap: "8px" },
  field: { flexGrow: 1, flexShrink: 1, flexBasis: "150px", minWidth: 0 },
  input: { width: "100%", minWidth: 0 },
});

/** The period and the as-of date the steps run with, and the period proposed from the files or the plan. */
export function PeriodFields(props: {
  periodText: string;
  onPeriodText: (text: string) => void;
  check: PeriodCheck;
  proposal: PeriodProposal | null;
  asOf: string;
  onAsOf: (iso: string) => void;
  periodRef: React.Ref<HTMLInputElement>;
  tr: Translate;
}) {
  const f = useFieldStyles();
  const { tr, check } = props;
  let message: string = tr("ui.settings.periodHint");
  let state: "none" | "error" | "warning" = "none";
  if (!check.ok && check.reason === "notYear") {
    message = tr("ui.period.notYear", { text: props.periodText.trim().slice(0, 40) });
    state = "error";
  } else if (!check.ok) {
    message = tr("ui.period.empty");
  } else if (check.outside) {
    message = tr("ui.period.outside", { from: check.outside.from, to: check.outside.to, period: check.value });
    state = "warning";
  }
  const p = props.proposal;
  return (
    <div>
      <div className={f.settings}>
        <Field
          className={f.field}
          label={tr("ui.settings.period")}
          validationState={state}
          validationMessage={state === "none" ? undefined : message}
          hint={state === "none" ? message : undefined}
        >
          <Input
            className={f.input}
            value={props.periodText}
            onChange={(_, d) => props.onPeriodText(d.value)}
            inputMode="numeric"
            data-testid="period"
            input={{ ref: props.periodRef }}
          />
        </Field>
        <Field
          className={f.field}
          label={tr("ui.settings.asOf")}
          hint={tr("ui.settings.asOfHint", { date: props.asOf ? formatDateVi(props.asOf) : "…" })}
        >
          <Input
            className={f.input}
            type="date"
            value={props.asOf}
            onChange={(_, d) => d.value && props.onAsOf(d.value)}
            data-testid="asof"
          />
        </Field>
      </div>
      {p && (
        <Note intent="info" testId="period-proposal">
          {p.from === "files"
            ? tr("ui.period.proposeFiles", { period: p.value, count: p.count, total: p.total })
            : tr("ui.period.proposePlan", { from: p.years.from, to: p.years.to, period: p.value })}{" "}
          <Button size="small" onClick={() => props.onPeriodText(p.value)} data-testid="period-use">
            {tr("ui.period.use", { period: p.value })}
          </Button>
        </Note>
      )}
    </div>
  );
}
