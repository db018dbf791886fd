import * as React from "react";
import { Button, FluentProvider, Link, Text, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { Locale } from "../core/i18n";
import type { WorkbookPort } from "../core/ports/workbook";
import { readPlanState, type PlanState } from "../app/plan-state";
import { isAgencyTemplate, isAgencyWorkbook } from "../app/self-check";
import { checkPeriod, proposePeriod } from "../app/period";
import { readWorkbookFacts } from "../app/workbook-facts";
import { lastPeriod } from "../app/step-state";
import { translator, errorMessage, type Translate } from "./messages";
import type { PaneContext } from "./pane-context";
import { BusyBar, type Busy } from "./components/BusyBar";
import { ErrorBar } from "./components/ErrorBar";
import { Note } from "./components/Note";
import { PaneHeader } from "./components/PaneHeader";
import { PeriodFields } from "./components/PeriodFields";
import { PlanStep } from "./components/PlanStep";
import { TemplatesStep } from "./components/TemplatesStep";
import { ImportStep } from "./components/ImportStep";
import { CheckStep } from "./components/CheckStep";
import { SummaryStep } from "./components/SummaryStep";
import { RemindersStep } from "./components/RemindersStep";
import { SelfCheckStep } from "./components/SelfCheckStep";
import { StepStatusContext } from "./components/step-status";
import { useFocusReturn, useStrayDrops } from "./pane-shell";
import { useStepStatus } from "./use-step-status";
import { useStyles } from "./components/styles";

const useAppStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: "10px",
    padding: "12px",
    minHeight: "100vh",
    boxSizing: "border-box",
    minWidth: 0,
    overflowWrap: "anywhere",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  sticky: {
    position: "sticky",
    top: "0",
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    padding: "8px",
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow4,
  },
  footer: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100, textAlign: "center" },
});

export interface AppProps {
  port: WorkbookPort;
  locale: Locale;
  /** today, ISO: the clock is read once at the edge */
  today: string;
  embeddedPlanText: string;
  /** opens a page outside the pane (Office's browser window inside Excel); a new tab when absent */
  openUrl?: (url: string) => void;
}

export function App(props: AppProps) {
  const tr = React.useMemo(() => translator(props.locale), [props.locale]);
  return (
    <FluentProvider theme={webLightTheme} lang={props.locale === "vi" ? "vi-VN" : "en-US"}>
      <Pane {...props} tr={tr} />
    </FluentProvider>
  );
}

type Notice = { text: string; key: number };

function Pane(props: AppProps & { tr: Translate }) {
  const { port, tr, locale } = props;
  const s = useAppStyles();
  const cs = useStyles();
  const [plan, setPlan] = React.useState<PlanState | null>(null);
  const [periodText, setPeriodText] = React.useState("");
  const periodTouched = React.useRef(false);
  const [asOf, setAsOf] = React.useState(props.today);
  const [busy, setBusy] = React.useState<Busy | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const [spoken, setSpoken] = React.useState("");
  const [template, setTemplate] = React.useState(false);
  const [showFocal, setShowFocal] = React.useState(false);
  const [ready, setReady] = React.useState(false);
  const running = React.useRef<string | null>(null);
  const periodRef = React.useRef<HTMLInputElement>(null);
  const focus = useFocusReturn(busy !== null);

  const periodCheck = React.useMemo(() => checkPeriod(periodText, plan?.plan ?? null), [periodText, plan]);
  const period = periodCheck.ok ? periodCheck.value : "";
  const { facts, setFacts, status, setCurrent, setOpen, record } = useStepStatus(port, plan, asOf, period);

  const notify = React.useCallback((text: string, focusOn?: "period") => {
    setNotice({ text, key: Date.now() });
    setSpoken(text);
    if (focusOn === "period") periodRef.current?.focus();
  }, []);

  /**
   * Reads what the workbook says now: sheets, imports, steps' records (three small reads) and,
   * when the user may have edited it by hand (opening, coming back to the pane), the task table.
   */
  const refresh = React.useCallback(
    async (withPlan = true) => {
      const next = await readWorkbookFacts(port);
      setFacts(next);
      const restored = withPlan ? await readPlanState(port) : null;
      if (restored) setPlan(restored);
      if (!periodTouched.current) {
        const last = lastPeriod(next.steps);
        if (last) setPeriodText(last);
      }
      return next;
    },
    [port],
  );

  const run = React.useCallback(
    async <T,>(
      what: string,
      fn: (signal: AbortSignal, progress: (done: number, total: number, label?: string) => void) => Promise<T>,
    ): Promise<T | undefined> => {
      // One step at a time: a second one is refused with a word, never dropped silently.
      if (running.current !== null) {
        notify(tr("ui.notice.busy", { what: running.current }));
        return undefined;
      }
      running.current = what;
      const ac = new AbortController();
      setError(null);
      setNotice(null);
      // The step the user is in: where the focus is, else (a run chained to the one before, whose
      // disabled button dropped the focus) the step that ran last.
      const step = focus.start();
      setCurrent((c) => step ?? c);
      setBusy({ what, done: 0, total: 0, cancel: () => ac.abort() });
      try {
        return await fn(ac.signal, (done, total, label) => setBusy((b) => (b ? { ...b, done, total, label } : b)));
      } catch (e) {
        if (ac.signal.aborted) notify(tr("ui.notice.cancelled"));
        else {
          const message = errorMessage(e, tr, locale);
          setError(message);
          setSpoken(message);
        }
        return undefined;
      } finally {
        running.current = null;
        setBusy(null);
        // The workbook may have changed (imports, sheets): the steps' states follow it. The plan
        // is not read again here: a step that uses it reads it itself and hands it to setPlan.
        refresh(false).catch(() => undefined);
      }
    },
    [tr, locale, notify, refresh, focus],
  );

  // On opening: is this an agency's template, and what does the workbook already hold?
  React.useEffect(() => {
    let live = true;
    (async () => {
      try {
        const next = await refresh();
        // By content (a report table on a renamed sheet counts); by name when the sheets cannot be read.
        const agency = await isAgencyWorkbook(port).catch(() => isAgencyTemplate(next.sheetNames));
        if (live) setTemplate(agency);
      } catch (e) {
        if (live) setError(errorMessage(e, tr, locale));
      } finally {
        if (live) setReady(true);
      }
    })();
    return () => {
      live = false;
    };
  }, [refresh, port, tr, locale]);

  // Back in the pane after working in the sheets: a sheet deleted or the task table edited counts.
  React.useEffect(() => {
    const onFocus = () => {
      if (running.current === null) refresh().catch(() => undefined);
    };
    window.addEventListener("focus", onFocus);
    return () => window.removeEventListener("focus", onFocus);
  }, [refresh]);

  useStrayDrops(
    () => setOpen("import", true),
    () => {
      setOpen("import", true);
      // The notice names the box and the step by their own labels, so the words cannot drift apart.
      notify(tr("ui.notice.dropHere", { box: tr("ui.import.drop"), step: tr("ui.import.title") }));
    },
  );

  const importedBefore = facts.imports.filter((r) =>
    facts.sheetNames.some((n) => n.toLocaleLowerCase("vi") === r.sheet.toLocaleLowerCase("vi")),
  ).length;
  const ctx: PaneContext = {
    port,
    tr,
    locale,
    plan,
    setPlan,
    period,
    asOf,
    run,
    busy: busy !== null,
    importedBefore,
    recordStep: record,
    announce: setSpoken,
    notify,
  };
  // A plan without a number (a draft, a plan pasted in part) is named by its title, shortened.
  const planNumber = plan ? (plan.plan.meta.number ?? shortTitle(plan.plan.meta.title) ?? "—") : null;
  const proposal = proposePeriod({
    current: period,
    records: facts.imports,
    plan: plan?.plan ?? null,
    today: props.today,
  });

  return (
    <main className={s.root} data-ready={ready ? "yes" : "no"}>
      <PaneHeader
        subtitle={
          template
            ? tr("ui.self.subtitle")
            : planNumber
              ? tr("ui.app.subtitle", { plan: planNumber })
              : tr("ui.app.noPlanYet")
        }
        openUrl={props.openUrl}
        tr={tr}
      />

      <div role="status" aria-live="polite" aria-atomic="true" className={cs.visuallyHidden} data-testid="live">
        {spoken}
      </div>

      {(busy || error || notice) && (
        <div className={s.sticky}>
          {busy && <BusyBar busy={busy} tr={tr} />}
          {error && !busy && <ErrorBar message={error} onDismiss={() => setError(null)} tr={tr} />}
          {notice && !busy && (
            <Note intent="info" testId="notice">
              {notice.text}{" "}
              <Button size="small" appearance="transparent" onClick={() => setNotice(null)}>
                {tr("ui.notice.dismiss")}
              </Button>
            </Note>
          )}
        </div>
      )}

      <StepStatusContext.Provider value={status}>
        {template && <SelfCheckStep ctx={ctx} embeddedPlanText={props.embeddedPlanText} />}
        {template && !showFocal && (
          <Link as="button" onClick={() => setShowFocal(true)}>
            {tr("ui.self.showFocal")}
          </Link>
        )}

        {(!template || showFocal) && (
          <>
            <PeriodFields
              periodText={periodText}
              onPeriodText={(text) => {
                periodTouched.current = true;
                setPeriodText(text);
              }}
              check={periodCheck}
              proposal={proposal}
              asOf={asOf}
              onAsOf={setAsOf}
              periodRef={periodRef}
              tr={tr}
            />
            <PlanStep ctx={ctx} embeddedPlanText={props.embeddedPlanText} />
            <TemplatesStep ctx={ctx} />
            <ImportStep ctx={ctx} />
            <CheckStep ctx={ctx} />
            <SummaryStep ctx={ctx} />
            <RemindersStep ctx={ctx} />
          </>
        )}
      </StepStatusContext.Provider>
      <Text className={s.footer}>{tr("ui.app.privacy")}</Text>
    </main>
  );
}

function shortTitle(title: string | null | undefined): string | null {
  const t = title?.replace(/\s+/g, " ").trim();
  if (!t) return null;
  return t.length > 60 ? `${t.slice(0, 59)}…` : t;
}
