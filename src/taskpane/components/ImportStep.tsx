import * as React from "react";
import { Button, Input, Text, mergeClasses } from "@fluentui/react-components";
import type { PaneContext } from "../pane-context";
import { currentPlanState } from "../../app/plan-state";
import { errorMessage } from "../messages";
import { lazyCodecs } from "../lazy-codecs";
import { importFiles, type ImportResult } from "../../app/import-files";
import { FilePicker } from "./FilePicker";
import { Note } from "./Note";
import { StepCard } from "./StepCard";
import { useStyles } from "./styles";

interface Pending {
  /** two files may share a name (two agencies, or a corrected file): rows are told apart by this */
  id: number;
  file: File;
  /** empty: the report date written in the file is used, else the import day (the README's rule) */
  receivedOn: string;
}

export function ImportStep({ ctx }: { ctx: PaneContext }) {
  const s = useStyles();
  const { tr, locale } = ctx;
  const [pending, setPending] = React.useState<Pending[]>([]);
  const [dragging, setDragging] = React.useState(false);
  const [result, setResult] = React.useState<ImportResult | null>(null);
  const nextId = React.useRef(0);

  const add = (list: FileList | null) => {
    if (!list) return;
    // No default date: a file's modified date is when the attachment was saved, not when the
    // report arrived, and would make every file saved late look late. Files with the same name
    // are all kept; identical bytes are skipped by the import itself.
    const incoming = [...list].map((file) => ({ id: nextId.current++, file, receivedOn: "" }));
    setPending((p) => [...p, ...incoming]);
  };

  const go = async () => {
    const files = pending;
    const res = await ctx.run(tr("ui.import.title"), async (signal, onProgress) => {
      const loaded = await Promise.all(
        files.map(async (p) => ({
          name: p.file.name,
          bytes: new Uint8Array(await p.file.arrayBuffer()),
          receivedOn: p.receivedOn,
        })),
      );
      // The task table may have been edited since step 1: read the plan from it again.
      const plan = ctx.plan ? await currentPlanState(ctx.port, ctx.plan) : null;
      if (plan) ctx.setPlan(plan);
      return importFiles(ctx.port, plan, loaded, lazyCodecs, new Date(), { signal, onProgress });
    });
    if (!res) return;
    setPending([]);
    setResult(res);
  };

  return (
    <StepCard
      id="import"
      title={tr("ui.import.title")}
      description={tr("ui.import.desc")}
      done={(result?.total ?? ctx.importedBefore) > 0}
      tr={tr}
    >
      <div
        className={mergeClasses(s.drop, dragging && s.dropActive)}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          add(e.dataTransfer.files);
        }}
      >
        <div className={s.column}>
          <Text>{tr("ui.import.drop")}</Text>
          <div>
            <FilePicker
              label={tr("ui.import.pick")}
              accept=".xlsx,.xlsm,.xls,.ods,.csv,.txt,.htm,.html"
              multiple
              disabled={ctx.busy}
              onFiles={add}
              testId="import-files"
            />
          </div>
        </div>
      </div>
      {pending.length > 0 && (
        <div className={s.list} data-testid="import-pending">
          <div className={s.fileRow}>
            <Text className={s.muted}>{tr("ui.import.file")}</Text>
            <Text className={s.muted}>{tr("ui.import.received")}</Text>
            <span />
          </div>
          {pending.map((p, i) => (
            <div key={p.id} className={s.fileRow}>
              <Text className={s.fileName} title={p.file.name}>
                {p.file.name}
              </Text>
              <Input
                type="date"
                size="small"
                aria-label={`${tr("ui.import.received")} — ${p.file.name}`}
                value={p.receivedOn}
                title={tr("ui.import.receivedHint")}
                data-testid="import-received"
                onChange={(_, d) =>
                  setPending((all) => all.map((x, j) => (j === i ? { ...x, receivedOn: d.value } : x)))
                }
              />
              <Button
                size="small"
                appearance="subtle"
                onClick={() => setPending((all) => all.filter((_, j) => j !== i))}
              >
                {tr("ui.import.remove")}
              </Button>
            </div>
          ))}
          <Text className={s.muted}>{tr("ui.import.receivedHint")}</Text>
        </div>
      )}
      <div className={s.row}>
        <Button appearance="primary" disabled={ctx.busy || pending.length === 0} onClick={go} data-testid="import-run">
          {tr("ui.import.run", { count: pending.length })}
        </Button>
      </div>
      {!result && ctx.importedBefore > 0 && (
        <Text className={s.muted}>{tr("ui.import.already", { count: ctx.importedBefore })}</Text>
      )}
      {result && (
        <div className={s.column} data-testid="import-result">
          {result.imported.length > 0 && (
            <Note intent="success">{tr("ui.import.done", { count: result.imported.length, total: result.total })}</Note>
          )}
          {result.duplicates.length > 0 && (
            <Note intent="info">
              {tr("ui.import.duplicates", { count: result.duplicates.length, files: result.duplicates.join(", ") })}
            </Note>
          )}
          {result.failed.map((f, i) => (
            <Note key={i} intent="warning">
              {tr("ui.import.failed", { file: f.file, reason: errorMessage(f.error, tr, locale) })}
            </Note>
          ))}
        </div>
      )}
    </StepCard>
  );
}
