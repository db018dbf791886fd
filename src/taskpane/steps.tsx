import * as React from "react";
import { Badge, Button, Checkbox, Field, Input, Link, Text, Textarea, mergeClasses } from "@fluentui/react-components";
import type { PaneContext } from "./App";
import { FilePicker, Note, StepCard, useStyles } from "./components";
import { errorMessage } from "./messages";
import { lazyCodecs } from "./codecs";
import { formatIssue } from "../core/report/summary";
import { KONTUM_ROSTER } from "../core/roster/default-kontum";
import {
  buildSummaryStep,
  importFiles,
  loadPlan,
  makeTemplates,
  planStateFrom,
  remindersStep,
  runChecks,
  selfCheck,
  templateAgencies,
  type CheckOutcome,
  type ImportResult,
  type IssueView,
  type ReminderView,
  type SelfCheckOutcome,
  type SummaryOutcome,
  type TemplateFile,
} from "./workflow";

/** Issues listed per agency before "… and N more": the full list is in the sheet. */
const ISSUES_SHOWN = 25;

/** The local calendar date of a moment, ISO (a file's date as the official's computer shows it). */
export function localIsoDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

function base64Of(bytes: Uint8Array): string {
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

// ---- 1. Kế hoạch ---------------------------------------------------------------------------

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

// ---- 2. Biểu mẫu ---------------------------------------------------------------------------

export function TemplatesStep({ ctx }: { ctx: PaneContext }) {
  const s = useStyles();
  const { tr } = ctx;
  const agencies = React.useMemo(() => (ctx.plan ? templateAgencies(ctx.plan) : []), [ctx.plan]);
  const [selected, setSelected] = React.useState<Set<string> | null>(null);
  const [files, setFiles] = React.useState<(TemplateFile & { url: string })[]>([]);
  const [openFailed, setOpenFailed] = React.useState(false);
  const chosen = selected ?? new Set(agencies.map((a) => a.id));

  // Blob URLs hold the bytes in memory until revoked.
  React.useEffect(() => () => files.forEach((f) => URL.revokeObjectURL(f.url)), [files]);

  const make = async () => {
    if (!ctx.plan) return;
    const plan = ctx.plan;
    const made = await ctx.run(tr("ui.templates.title"), (signal, progress) =>
      makeTemplates(plan, ctx.period, [...chosen], lazyCodecs, signal, progress),
    );
    if (!made) return;
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
          <div className={s.list} data-testid="template-files">
            {files.map((f) => (
              <div key={f.fileName} className={s.fileRow}>
                <Link href={f.url} download={f.fileName} className={s.fileName} title={f.agencyName}>
                  {f.fileName}
                </Link>
                {ctx.port.capabilities().createWorkbook && (
                  <Button size="small" onClick={() => open(f)}>
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

// ---- 3. Nhập báo cáo -----------------------------------------------------------------------

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
      return importFiles(ctx.port, ctx.plan, loaded, lazyCodecs, new Date(), { signal, onProgress });
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

// ---- 4. Kiểm tra ---------------------------------------------------------------------------

function IssueList({ ctx, issues, testId }: { ctx: PaneContext; issues: IssueView[]; testId?: string }) {
  const s = useStyles();
  const shown = issues.slice(0, ISSUES_SHOWN);
  return (
    <div className={s.column} data-testid={testId}>
      {shown.map((v, i) => {
        const text = formatIssue(v.issue, ctx.locale);
        const where = v.issue.cell ? `${v.issue.cell} · ` : "";
        const badge =
          v.issue.severity === "error" ? "danger" : v.issue.severity === "warning" ? "warning" : "informative";
        return (
          <Button
            key={i}
            className={s.issue}
            appearance="subtle"
            size="small"
            disabled={!v.target}
            title={v.target ? ctx.tr("ui.check.goTo", { cell: `${v.target.sheet}!${v.target.cell}` }) : undefined}
            onClick={() =>
              v.target &&
              void ctx.run(ctx.tr("ui.check.goTo", { cell: v.target.cell }), () =>
                ctx.port.selectCell(v.target!.sheet, v.target!.cell),
              )
            }
            icon={<Badge size="tiny" color={badge} />}
          >
            {where}
            {text}
          </Button>
        );
      })}
      {issues.length > shown.length && (
        <Text className={s.muted}>{ctx.tr("ui.check.more", { count: issues.length - shown.length })}</Text>
      )}
    </div>
  );
}

export function CheckStep({ ctx }: { ctx: PaneContext }) {
  const s = useStyles();
  const { tr } = ctx;
  const [outcome, setOutcome] = React.useState<CheckOutcome | null>(null);
  const go = async () => {
    if (!ctx.plan) return;
    const plan = ctx.plan;
    const res = await ctx.run(tr("ui.check.title"), (signal, onProgress) =>
      runChecks(ctx.port, plan, ctx.asOf, ctx.period, { signal, onProgress }),
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

// ---- 5. Tổng hợp ---------------------------------------------------------------------------

export function SummaryStep({ ctx }: { ctx: PaneContext }) {
  const s = useStyles();
  const { tr } = ctx;
  const [outcome, setOutcome] = React.useState<SummaryOutcome | null>(null);
  const go = async () => {
    if (!ctx.plan) return;
    const plan = ctx.plan;
    const res = await ctx.run(tr("ui.summary.title"), (signal, onProgress) =>
      buildSummaryStep(ctx.port, plan, ctx.asOf, ctx.period, { signal, onProgress }),
    );
    if (res) setOutcome(res);
  };
  return (
    <StepCard
      id="summary"
      title={tr("ui.summary.title")}
      description={tr("ui.summary.desc")}
      done={outcome !== null}
      disabledReason={ctx.plan ? null : tr("ui.step.needsPlan")}
      tr={tr}
    >
      <div className={s.row}>
        <Button appearance="primary" disabled={ctx.busy} onClick={go} data-testid="summary-run">
          {tr("ui.summary.run")}
        </Button>
      </div>
      {outcome && (
        <Note intent="success" testId="summary-result">
          {tr("ui.summary.done", {
            count: outcome.sheetNames.length,
            submitted: outcome.submitted,
            expected: outcome.expected,
          })}
        </Note>
      )}
    </StepCard>
  );
}

// ---- 6. Nhắc nhở ---------------------------------------------------------------------------

function ReminderItem({ ctx, r }: { ctx: PaneContext; r: ReminderView }) {
  const s = useStyles();
  const [copied, setCopied] = React.useState(false);
  const copy = async () => {
    // run() returns undefined when the write failed (no permission, no focus): then nothing was copied.
    const ok = await ctx.run(ctx.tr("ui.remind.copy"), () =>
      navigator.clipboard.writeText(`${r.subject}\n\n${r.body}`).then(() => true),
    );
    setCopied(ok === true);
  };
  return (
    <div className={mergeClasses(s.group, s.groupBad)} data-testid="reminder">
      <Text weight="semibold">{r.agencyName}</Text>
      <Text className={s.muted}>{r.reasons.join("; ")}</Text>
      {!r.email && <Text className={s.muted}>{ctx.tr("ui.remind.noEmail")}</Text>}
      <div className={s.row}>
        <Button size="small" onClick={copy}>
          {copied ? ctx.tr("ui.remind.copied") : ctx.tr("ui.remind.copy")}
        </Button>
        <Link href={r.mailto} target="_blank" rel="noreferrer">
          {ctx.tr("ui.remind.mail")}
          {r.email ? ` (${r.email})` : ""}
        </Link>
      </div>
    </div>
  );
}

export function RemindersStep({ ctx }: { ctx: PaneContext }) {
  const s = useStyles();
  const { tr } = ctx;
  const [list, setList] = React.useState<ReminderView[] | null>(null);
  const go = async () => {
    if (!ctx.plan) return;
    const plan = ctx.plan;
    const res = await ctx.run(tr("ui.remind.title"), (signal, onProgress) =>
      remindersStep(ctx.port, plan, ctx.asOf, ctx.period, { signal, onProgress }),
    );
    if (res) setList(res);
  };
  return (
    <StepCard
      id="remind"
      title={tr("ui.remind.title")}
      description={tr("ui.remind.desc")}
      done={list !== null}
      disabledReason={ctx.plan ? null : tr("ui.step.needsPlan")}
      tr={tr}
    >
      <div className={s.row}>
        <Button appearance="primary" disabled={ctx.busy} onClick={go} data-testid="remind-run">
          {tr("ui.remind.run")}
        </Button>
      </div>
      {list && (
        <div className={s.column} data-testid="remind-result">
          <Note intent={list.length > 0 ? "info" : "success"}>
            {list.length > 0 ? tr("ui.remind.done", { count: list.length }) : tr("ui.remind.none")}
          </Note>
          <div className={s.list}>
            {list.map((r) => (
              <ReminderItem key={r.agencyName} ctx={ctx} r={r} />
            ))}
          </div>
        </div>
      )}
    </StepCard>
  );
}

// ---- Kiểm tra trước khi gửi (the agency's side) -----------------------------------------------

export function SelfCheckStep({ ctx, embeddedPlanText }: { ctx: PaneContext; embeddedPlanText: string }) {
  const s = useStyles();
  const { tr } = ctx;
  const [outcome, setOutcome] = React.useState<SelfCheckOutcome | null>(null);
  const go = async () => {
    const res = await ctx.run(tr("ui.self.title"), () => selfCheck(ctx.port, embeddedPlanText, ctx.asOf));
    if (res) setOutcome(res);
  };
  const shown = outcome?.issues.filter((v) => v.issue.severity !== "info") ?? [];
  // Whom the report goes to is the plan's own focal point, not a name fixed in the pane.
  const focal = React.useMemo(() => planStateFrom(embeddedPlanText, KONTUM_ROSTER).plan.focalPoint, [embeddedPlanText]);
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
              : tr("ui.self.found", { errors: outcome.errors, warnings: outcome.warnings })}
          </Note>
          <IssueList ctx={ctx} issues={shown} />
        </div>
      )}
    </StepCard>
  );
}
