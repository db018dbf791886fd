import * as React from "react";
import { Button, Field, Text, Textarea } from "@fluentui/react-components";
import type { PaneContext } from "../pane-context";
import { lazyCodecs } from "../lazy-codecs";
import { loadPlan } from "../../app/plan-state";
import { FilePicker } from "./FilePicker";
import { Note } from "./Note";
import { StepCard } from "./StepCard";
import { useStyles } from "./styles";

export function PlanStep({ ctx, embeddedPlanText }: { ctx: PaneContext; embeddedPlanText: string }) {
  const s = useStyles();
  const { tr } = ctx;
  const [pasted, setPasted] = React.useState("");
  const [result, setResult] = React.useState<{ tasks: number; agencies: number; unmatched: string[] } | null>(null);

  const load = async (source: Parameters<typeof loadPlan>[1]) => {
    const state = await ctx.run(tr("ui.plan.title"), (signal, onProgress) =>
      loadPlan(ctx.port, source, lazyCodecs, { signal, onProgress }),
    );
    if (!state) return;
    ctx.setPlan(state);
    setResult({
      tasks: state.plan.tasks.length,
      agencies: state.matrix.agencies.length,
      unmatched: [...new Set(state.matrix.unmatched.map((u) => u.name))],
    });
  };

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    const text = (await file.text()).normalize("NFC");
    await load(
      file.name.toLowerCase().endsWith(".csv") ? { kind: "matrixCsv", csvText: text } : { kind: "text", text },
    );
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
      <Field label={tr("ui.plan.pasteLabel")}>
        <Textarea
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
          accept=".txt,.csv"
          disabled={ctx.busy}
          onFiles={(f) => void openFile(f?.[0])}
        />
      </div>
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
