import * as React from "react";
import { Button, Field, Text, Textarea } from "@fluentui/react-components";
import type { PaneContext } from "../pane-context";
import { lazyCodecs } from "../lazy-codecs";
import { loadPlan, type PlanSource, type PlanState } from "../../app/plan-state";
import { isUserError } from "../../core/errors";
import { FilePicker } from "./FilePicker";
import { Note } from "./Note";
import { StepCard } from "./StepCard";
import { useStyles } from "./styles";

function countsOf(state: PlanState): { tasks: number; agencies: number } {
  return { tasks: state.plan.tasks.length, agencies: state.matrix.agencies.length };
}

export function PlanStep({ ctx, embeddedPlanText }: { ctx: PaneContext; embeddedPlanText: string }) {
  const s = useStyles();
  const { tr } = ctx;
  const [pasted, setPasted] = React.useState("");
  const [result, setResult] = React.useState<{ tasks: number; agencies: number; unmatched: string[] } | null>(null);
  // A plan waiting for the user's yes because the task table in the workbook was edited.
  const [pending, setPending] = React.useState<{ source: PlanSource; message: string } | null>(null);

  const load = async (source: PlanSource, replaceEdited = false) => {
    setPending(null);
    const outcome = await ctx.run(tr("ui.plan.title"), async (signal, onProgress) => {
      try {
        const state = await loadPlan(ctx.port, source, lazyCodecs, { signal, onProgress, replaceEdited });
        await ctx.recordStep?.("plan", state, countsOf(state), { asOf: ctx.asOf, period: ctx.period });
        return state;
      } catch (e) {
        if (isUserError(e) && e.key === "planTable.edited") return { edited: e.messageIn(ctx.locale) };
        throw e;
      }
    });
    if (!outcome) return;
    if ("edited" in outcome) {
      setPending({ source, message: outcome.edited });
      return;
    }
    const state = outcome;
    ctx.setPlan(state);
    setResult({ ...countsOf(state), unmatched: [...new Set(state.matrix.unmatched.map((u) => u.name))] });
    ctx.announce?.(
      tr("ui.step.finished", { step: tr("ui.plan.title"), result: tr("ui.step.result.plan", countsOf(state)) }),
    );
  };

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    // One reader for every form, deciding by content (Word, PDF, text, CSV, Excel), loaded on demand.
    const doc = await ctx.run(tr("ui.plan.title"), () => lazyCodecs.readPlanFile!(bytes, file.name));
    if (doc) await load({ kind: "document", doc });
  };

  return (
    <StepCard id="plan" title={tr("ui.plan.title")} description={tr("ui.plan.desc")} done={ctx.plan !== null} tr={tr}>
      <div className={s.row}>
        <Button
          appearance="primary"
          disabled={ctx.busy}
          onClick={() => load({ kind: "text", text: embeddedPlanText })}
          data-testid="plan-embedded"
        >
          {tr("ui.plan.useEmbedded")}
        </Button>
      </div>
      <Field label={tr("ui.plan.pasteLabel")} className={s.field}>
        <Textarea
          className={s.fill}
          value={pasted}
          onChange={(_, d) => setPasted(d.value)}
          placeholder={tr("ui.plan.pastePlaceholder")}
          resize="vertical"
          rows={2}
        />
      </Field>
      <div className={s.row}>
        <Button
          disabled={ctx.busy || pasted.trim() === ""}
          onClick={() => load({ kind: "text", text: pasted.normalize("NFC") })}
        >
          {tr("ui.plan.usePasted")}
        </Button>
        <FilePicker
          label={tr("ui.plan.openFile")}
          accept=".docx,.pdf,.txt,.csv,.xlsx"
          testId="plan-file"
          disabled={ctx.busy}
          onFiles={(f) => void openFile(f?.[0])}
        />
      </div>
      {pending && (
        <Note intent="warning" testId="plan-edited">
          {pending.message}{" "}
          <Button size="small" onClick={() => void load(pending.source, true)} data-testid="plan-replace">
            {tr("ui.plan.replaceAnyway")}
          </Button>
        </Note>
      )}
      {result && (
        <Note intent="success" testId="plan-result">
          {tr("ui.plan.done", { tasks: result.tasks, agencies: result.agencies })} {tr("ui.plan.rosterNote")}
        </Note>
      )}
      {result && result.unmatched.length > 0 && (
        <Note intent="warning">
          {tr("ui.plan.unmatched", { count: result.unmatched.length, names: result.unmatched.join("; ") })}
        </Note>
      )}
      {!result && ctx.plan && (
        <Text className={s.muted}>
          {tr("ui.plan.restored", { plan: ctx.plan.plan.meta.number ?? "—", tasks: ctx.plan.plan.tasks.length })}
        </Text>
      )}
    </StepCard>
  );
}
