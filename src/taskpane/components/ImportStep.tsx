import * as React from "react";
import { Button, Text, mergeClasses } from "@fluentui/react-components";
import type { PaneContext } from "../pane-context";
import { errorMessage } from "../messages";
import { type ImportResult } from "../../app/import-files";
import type { ImportRecord } from "../../app/import-log";
import { useImportBatch } from "./use-import-batch";
import { FilePicker } from "./FilePicker";
import { ImportPreview } from "./ImportPreview";
import { ImportedList } from "./ImportedList";
import { Note } from "./Note";
import { StepCard } from "./StepCard";
import { useStyles } from "./styles";

/**
 * Step 3: files dropped or picked are read and shown first — sender, and whether each is new, a
 * duplicate or a newer version — and written only when the user confirms. The imports already in
 * the workbook are listed below, each removable.
 */
export function ImportStep({ ctx }: { ctx: PaneContext }) {
  const s = useStyles();
  const { tr, locale } = ctx;
  const [dragging, setDragging] = React.useState(false);
  const batch = useImportBatch(ctx);
  const { rows, verdicts, records, result, removed } = batch;
  const importable = rows.filter((r) => {
    const v = verdicts.get(r.id)?.kind;
    return v !== "duplicate" && v !== "unreadable";
  }).length;
  const counts = { new: 0, replaces: 0, duplicate: 0, unreadable: 0 };
  for (const v of verdicts.values()) counts[v.kind]++;
  // only what the batch holds: "2 mới · 1 trùng, sẽ bỏ qua"
  const tally = (Object.keys(counts) as (keyof typeof counts)[])
    .filter((k) => counts[k] > 0)
    .map((k) => tr(`ui.import.tally.${k}`, { count: counts[k] }))
    .join(" · ");
  const agencyOf = (agencyId: string | null | undefined) =>
    (agencyId && ctx.plan?.rosterIndex.byId(agencyId)?.short) || null;

  return (
    <StepCard
      id="import"
      title={tr("ui.import.title")}
      description={tr("ui.import.desc")}
      done={(records?.length ?? result?.total ?? ctx.importedBefore) > 0}
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
          batch.add(e.dataTransfer.files);
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
              onFiles={batch.add}
              testId="import-files"
            />
          </div>
        </div>
      </div>
      {rows.length > 0 && (
        <div className={s.column}>
          <Text className={s.muted}>{tr("ui.import.previewHint")}</Text>
          {tally && (
            <Text size={200} data-testid="import-tally">
              {tally}
            </Text>
          )}
          <ImportPreview
            rows={rows}
            verdicts={verdicts}
            agencyName={(p) => agencyOf(p.agencyId) ?? p.agencyLabel}
            tr={tr}
            locale={locale}
            disabled={ctx.busy}
            onDate={batch.setDate}
            onRemove={batch.remove}
            hint={tr("ui.import.receivedHint")}
          />
        </div>
      )}
      {rows.length > 0 && (
        <div className={s.row}>
          <Button
            appearance="primary"
            disabled={ctx.busy || importable === 0}
            onClick={batch.commit}
            data-testid="import-run"
          >
            {tr("ui.import.run", { count: importable })}
          </Button>
          <Button appearance="subtle" disabled={ctx.busy} onClick={batch.clear}>
            {tr("ui.import.clear")}
          </Button>
        </div>
      )}
      {result && <ImportOutcome result={result} ctx={ctx} />}
      {removed && (
        <Note intent="info" testId="import-removed">
          {tr("ui.import.removed", { file: removed.file, tab: removed.sheet })}
        </Note>
      )}
      {!result && !removed && (records?.length ?? ctx.importedBefore) > 0 && (
        <Text className={s.muted}>{tr("ui.import.already", { count: records?.length ?? ctx.importedBefore })}</Text>
      )}
      <ImportedList
        records={records ?? []}
        agencyName={(r: ImportRecord) => agencyOf(r.agencyId ?? r.meta.agencyId)}
        tr={tr}
        disabled={ctx.busy}
        onRemove={batch.removeImport}
      />
    </StepCard>
  );
}

function ImportOutcome({ result, ctx }: { result: ImportResult; ctx: PaneContext }) {
  const s = useStyles();
  const { tr, locale } = ctx;
  return (
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
  );
}
