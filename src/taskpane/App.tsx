import * as React from "react";
import {
  Field,
  FluentProvider,
  Input,
  Link,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { Locale } from "../core/i18n";
import type { WorkbookPort } from "../core/ports/workbook";
import { formatDateVi } from "../core/dates";
import { readPlanState, type PlanState } from "../app/plan-state";
import { readImports } from "../app/import-log";
import { isAgencyTemplate } from "../app/self-check";
import { translator, errorMessage, type Translate } from "./messages";
import type { PaneContext } from "./pane-context";
import { BusyBar, type Busy } from "./components/BusyBar";
import { ErrorBar } from "./components/ErrorBar";
import { PlanStep } from "./components/PlanStep";
import { TemplatesStep } from "./components/TemplatesStep";
import { ImportStep } from "./components/ImportStep";
import { CheckStep } from "./components/CheckStep";
import { SummaryStep } from "./components/SummaryStep";
import { RemindersStep } from "./components/RemindersStep";
import { SelfCheckStep } from "./components/SelfCheckStep";

const useAppStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: "10px",
    padding: "12px",
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: { display: "flex", flexDirection: "column", rowGap: "2px" },
  appTitle: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightBold,
    color: tokens.colorBrandForeground1,
  },
  sub: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  settings: { display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: "8px" },
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
}

export function App(props: AppProps) {
  const tr = React.useMemo(() => translator(props.locale), [props.locale]);
  return (
    <FluentProvider theme={webLightTheme} lang={props.locale === "vi" ? "vi-VN" : "en-US"}>
      <Pane {...props} tr={tr} />
    </FluentProvider>
  );
}

function Pane(props: AppProps & { tr: Translate }) {
  const { port, tr, locale } = props;
  const s = useAppStyles();
  const [plan, setPlan] = React.useState<PlanState | null>(null);
  const [period, setPeriod] = React.useState(props.today.slice(0, 4));
  const [asOf, setAsOf] = React.useState(props.today);
  const [busy, setBusy] = React.useState<Busy | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [template, setTemplate] = React.useState(false);
  const [showFocal, setShowFocal] = React.useState(false);
  const [ready, setReady] = React.useState(false);
  const [importedBefore, setImportedBefore] = React.useState(0);

  const run = React.useCallback(
    async <T,>(
      what: string,
      fn: (signal: AbortSignal, progress: (done: number, total: number, label?: string) => void) => Promise<T>,
    ): Promise<T | undefined> => {
      const ac = new AbortController();
      setError(null);
      setBusy({ what, done: 0, total: 0, cancel: () => ac.abort() });
      try {
        return await fn(ac.signal, (done, total, label) => setBusy((b) => (b ? { ...b, done, total, label } : b)));
      } catch (e) {
        setError(ac.signal.aborted ? tr("ui.error.cancelled") : errorMessage(e, tr, locale));
        return undefined;
      } finally {
        setBusy(null);
      }
    },
    [tr, locale],
  );

  // On opening: is this an agency's template, and was a plan already loaded in this workbook?
  React.useEffect(() => {
    let live = true;
    (async () => {
      try {
        const names = (await port.listSheets()).map((x) => x.name);
        if (!live) return;
        setTemplate(isAgencyTemplate(names));
        const restored = await readPlanState(port);
        if (live && restored) setPlan(restored);
        const imported = await readImports(port);
        if (live) setImportedBefore(imported.length);
      } catch (e) {
        if (live) setError(errorMessage(e, tr, locale));
      } finally {
        if (live) setReady(true);
      }
    })();
    return () => {
      live = false;
    };
  }, [port, tr, locale]);

  const ctx: PaneContext = { port, tr, locale, plan, setPlan, period, asOf, run, busy: busy !== null, importedBefore };
  const planNumber = plan?.plan.meta.number ?? null;

  return (
    <main className={s.root} data-ready={ready ? "yes" : "no"}>
      <header className={s.header}>
        <Text as="h1" className={s.appTitle}>
          {tr("ui.app.title")}
        </Text>
        <Text className={s.sub}>
          {template
            ? tr("ui.self.subtitle")
            : planNumber
              ? tr("ui.app.subtitle", { plan: planNumber })
              : tr("ui.app.noPlanYet")}
        </Text>
      </header>

      {(busy || error) && (
        <div className={s.sticky}>
          {busy && <BusyBar busy={busy} tr={tr} />}
          {error && !busy && <ErrorBar message={error} onDismiss={() => setError(null)} tr={tr} />}
        </div>
      )}

      {template && <SelfCheckStep ctx={ctx} embeddedPlanText={props.embeddedPlanText} />}
      {template && !showFocal && (
        <Link as="button" onClick={() => setShowFocal(true)}>
          {tr("ui.self.showFocal")}
        </Link>
      )}

      {(!template || showFocal) && (
        <>
          <div className={s.settings}>
            <Field label={tr("ui.settings.period")} hint={tr("ui.settings.periodHint")}>
              <Input
                value={period}
                onChange={(_, d) => setPeriod(d.value.trim())}
                inputMode="numeric"
                data-testid="period"
              />
            </Field>
            <Field
              label={tr("ui.settings.asOf")}
              hint={tr("ui.settings.asOfHint", { date: asOf ? formatDateVi(asOf) : "…" })}
            >
              <Input type="date" value={asOf} onChange={(_, d) => d.value && setAsOf(d.value)} data-testid="asof" />
            </Field>
          </div>
          <PlanStep ctx={ctx} embeddedPlanText={props.embeddedPlanText} />
          <TemplatesStep ctx={ctx} />
          <ImportStep ctx={ctx} />
          <CheckStep ctx={ctx} />
          <SummaryStep ctx={ctx} />
          <RemindersStep ctx={ctx} />
        </>
      )}
      <Text className={s.footer}>{tr("ui.app.privacy")}</Text>
    </main>
  );
}
