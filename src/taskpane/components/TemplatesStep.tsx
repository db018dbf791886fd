import * as React from "react";
import { Button, Checkbox, Link, Text } from "@fluentui/react-components";
import type { PaneContext } from "../pane-context";
import { currentPlanState } from "../../app/plan-state";
import { lazyCodecs } from "../lazy-codecs";
import { base64Of } from "../base64";
import { zipFiles } from "../zip-files";
import { fileSafe } from "../../core/text";
import { makeTemplates, templateAgencies, type TemplateFile } from "../../app/templates";
import { Note } from "./Note";
import { StepCard } from "./StepCard";
import { useStyles } from "./styles";

export function TemplatesStep({ ctx }: { ctx: PaneContext }) {
  const s = useStyles();
  const { tr } = ctx;
  const agencies = React.useMemo(() => (ctx.plan ? templateAgencies(ctx.plan) : []), [ctx.plan]);
  const [selected, setSelected] = React.useState<Set<string> | null>(null);
  const [files, setFiles] = React.useState<(TemplateFile & { url: string })[]>([]);
  const [openFailed, setOpenFailed] = React.useState(false);
  const [zip, setZip] = React.useState<{ url: string; name: string } | null>(null);
  const [zipFailed, setZipFailed] = React.useState(false);
  const chosen = selected ?? new Set(agencies.map((a) => a.id));

  // Blob URLs hold the bytes in memory until revoked.
  React.useEffect(() => () => files.forEach((f) => URL.revokeObjectURL(f.url)), [files]);
  React.useEffect(
    () => () => {
      if (zip) URL.revokeObjectURL(zip.url);
    },
    [zip],
  );

  /** One .zip of every template made, packed once and offered as a plain download link. */
  const packAll = async (made: TemplateFile[], planNumber: string) => {
    setZip(null);
    setZipFailed(false);
    if (made.length < 2) return;
    try {
      const bytes = await zipFiles(made.map((f) => ({ name: f.fileName, bytes: f.bytes })));
      const name = `${fileSafe(planNumber) || "ke-hoach"}_${fileSafe(ctx.period)}_bieu-mau.zip`;
      setZip({
        name,
        url: URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "application/zip" })),
      });
    } catch {
      // A host without CompressionStream: each template is still there to download on its own.
      setZipFailed(true);
    }
  };

  const make = async () => {
    if (!ctx.plan) return;
    const plan = ctx.plan;
    const made = await ctx.run(tr("ui.templates.title"), async (signal, progress) => {
      // The task table may have been edited since step 1 (a new lead): read the plan from it again.
      const current = await currentPlanState(ctx.port, plan);
      ctx.setPlan(current);
      const ids = selected ? [...chosen] : templateAgencies(current).map((a) => a.id);
      const files = await makeTemplates(current, ctx.period, ids, lazyCodecs, signal, progress);
      // The workbook remembers that templates were made for this plan and period (stale after either changes).
      await ctx.recordStep?.("templates", current, { count: files.length }, { asOf: ctx.asOf, period: ctx.period });
      return files;
    });
    if (!made) return;
    void packAll(made, plan.plan.meta.number ?? "");
    setFiles(
      made.map((f) => ({
        ...f,
        url: URL.createObjectURL(
          new Blob([f.bytes as Uint8Array<ArrayBuffer>], {
            type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          }),
        ),
      })),
    );
  };

  const open = async (f: TemplateFile) => {
    const ok = await ctx.run(tr("ui.templates.open"), () => ctx.port.openWorkbook(base64Of(f.bytes)));
    setOpenFailed(ok === false);
  };

  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };

  return (
    <StepCard
      id="templates"
      title={tr("ui.templates.title")}
      description={tr("ui.templates.desc")}
      done={files.length > 0}
      disabledReason={ctx.plan ? null : tr("ui.step.needsPlan")}
      tr={tr}
    >
      <div className={s.row}>
        <Text weight="semibold">{tr("ui.templates.agencies", { selected: chosen.size, total: agencies.length })}</Text>
        <Link as="button" onClick={() => setSelected(new Set(agencies.map((a) => a.id)))}>
          {tr("ui.templates.all")}
        </Link>
        <Link as="button" onClick={() => setSelected(new Set())}>
          {tr("ui.templates.none")}
        </Link>
      </div>
      <div className={s.list} data-testid="template-agencies">
        {agencies.map((a) => (
          <Checkbox
            key={a.id}
            label={a.short === a.name ? a.name : `${a.short} — ${a.name}`}
            checked={chosen.has(a.id)}
            onChange={(_, d) => toggle(a.id, d.checked === true)}
          />
        ))}
      </div>
      <div className={s.row}>
        <Button
          appearance="primary"
          disabled={ctx.busy || chosen.size === 0 || !/^\S+$/.test(ctx.period)}
          onClick={make}
          data-testid="templates-make"
        >
          {tr("ui.templates.make")}
        </Button>
      </div>
      {files.length > 0 && (
        <>
          <Note intent="success" testId="templates-result">
            {tr("ui.templates.done", { count: files.length })}
          </Note>
          {zip && (
            <div>
              <Button as="a" href={zip.url} download={zip.name} data-testid="templates-zip">
                {tr("ui.templates.zip")}
              </Button>
            </div>
          )}
          {zipFailed && <Note intent="warning">{tr("ui.templates.zipFailed")}</Note>}
          <div className={s.list} data-testid="template-files">
            {files.map((f) => (
              <div key={f.fileName} className={s.fileRow}>
                {/* the agency's name is what the official looks for; the file name is in the tooltip and the download */}
                <Link href={f.url} download={f.fileName} title={f.fileName} style={{ overflowWrap: "anywhere" }}>
                  {f.agencyName}
                </Link>
                {ctx.port.capabilities().createWorkbook && (
                  <Button
                    size="small"
                    onClick={() => open(f)}
                    aria-label={`${tr("ui.templates.open")} — ${f.agencyName}`}
                  >
                    {tr("ui.templates.open")}
                  </Button>
                )}
                <span />
              </div>
            ))}
          </div>
          {openFailed && <Note intent="warning">{tr("ui.templates.openFailed")}</Note>}
        </>
      )}
    </StepCard>
  );
}
