/**
 * The browser version's frame around the pane: which workbook is open, Open / New / Download,
 * whether there are changes not downloaded, and the work in progress kept in IndexedDB. The
 * six steps below are the pane's own App on a FilePort: nothing of the workflow is repeated.
 * ExcelJS arrives with ./open, imported on demand, never with the page.
 */
import * as React from "react";
import {
  Button,
  Card,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { Locale, MessageKey } from "../../core/i18n";
import { App } from "../App";
import { errorMessage, translator } from "../messages";
import { forgetWork, keepWork, keptWork } from "../../filehost/persist";
import type { Opened } from "../../filehost/open";
import { createBlankPort } from "../../filehost/blank-port";

const loadOpen = () => import(/* webpackChunkName: "filehost-open" */ "../../filehost/open");
/** Quiet time after a change before the work is kept: a step writes in one go, then rests. */
const KEEP_AFTER_MS = 600;

const useStyles = makeStyles({
  bar: { display: "flex", flexDirection: "column", rowGap: "6px", padding: "12px", margin: "12px 12px 0" },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  muted: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  row: { display: "flex", flexWrap: "wrap", columnGap: "8px", rowGap: "6px", alignItems: "center" },
  file: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
});

export interface FileHostProps {
  locale: Locale;
  today: string;
  embeddedPlanText: string;
}

interface Session {
  opened: Opened;
  id: number;
}

type Note = { intent: "info" | "warning" | "success"; text: string };

/** A new workbook; ExcelJS is fetched only when something is written into it. */
function blankWorkbook(fileName: string): Opened {
  const load = async () => (await (await loadOpen()).newWorkbook(fileName)).port;
  return { port: createBlankPort(load), fileName, lostCharts: [] };
}

function download(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function FileHost(props: FileHostProps) {
  const { locale } = props;
  const tr = React.useMemo(() => translator(locale), [locale]);
  const s = useStyles();
  const [session, setSession] = React.useState<Session | null>(null);
  const [dirty, setDirty] = React.useState(false);
  const [busy, setBusy] = React.useState<MessageKey | null>("filehost.bar.loading");
  const [notes, setNotes] = React.useState<Note[]>([]);
  const [error, setError] = React.useState<string | null>(null);
  const [selection, setSelection] = React.useState<string | null>(null);
  const [kept, setKept] = React.useState(0);
  const dirtyRef = React.useRef(false);
  const nextId = React.useRef(1);
  const picker = React.useRef<HTMLInputElement>(null);

  const markDirty = React.useCallback((d: boolean) => {
    dirtyRef.current = d;
    setDirty(d);
  }, []);

  const keep = React.useCallback(
    async (opened: Opened) => {
      let ok = false;
      try {
        ok = await keepWork({
          fileName: opened.fileName,
          bytes: await opened.port.save(),
          charts: [...opened.port.charts().values()],
          savedAt: new Date().toISOString(),
          dirty: dirtyRef.current,
        });
      } catch {
        // the work stays in memory and downloadable; the note below says it is not kept
      }
      if (!ok) setNotes((n) => [...n, { intent: "warning", text: tr("filehost.bar.persistFailed") }]);
      setKept((k) => k + 1);
    },
    [tr],
  );

  const begin = React.useCallback(
    (opened: Opened, isDirty: boolean, extra: Note[] = []) => {
      markDirty(isDirty);
      setSelection(null);
      const lost = opened.lostCharts.length
        ? [
            {
              intent: "warning" as const,
              text: tr("filehost.bar.lostCharts", { sheets: opened.lostCharts.join(", ") }),
            },
          ]
        : [];
      setNotes([...extra, ...lost]);
      setSession({ opened, id: nextId.current++ });
    },
    [markDirty, tr],
  );

  // Start: the kept work if there is some, else a new workbook.
  React.useEffect(() => {
    let live = true;
    (async () => {
      const work = await keptWork();
      if (!live) return;
      if (work) {
        try {
          const opened = await (await loadOpen()).openWorkbookFile(work.bytes, work.fileName, work.charts);
          const time = new Date(work.savedAt).toLocaleString(locale === "vi" ? "vi-VN" : "en-GB");
          if (live) begin(opened, work.dirty, [{ intent: "info", text: tr("filehost.bar.restored", { time }) }]);
          return;
        } catch {
          // kept bytes this version cannot open: start afresh rather than not at all
        }
      }
      if (live) begin(blankWorkbook(tr("filehost.newName")), false);
    })()
      .catch((e: unknown) => live && setError(errorMessage(e, tr, locale)))
      .finally(() => live && setBusy(null));
    return () => {
      live = false;
    };
  }, [begin, tr, locale]);

  // Every change of the workbook marks it unsaved and is kept after a short rest.
  React.useEffect(() => {
    if (!session) return;
    const { port } = session.opened;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = port.onChange((kind) => {
      if (kind === "select") {
        const sel = port.selection();
        setSelection(sel ? `'${sel.sheet}'!${sel.cell}` : null);
      } else markDirty(true);
      clearTimeout(timer);
      timer = setTimeout(() => void keep(session.opened), KEEP_AFTER_MS);
    });
    return () => {
      off();
      clearTimeout(timer);
    };
  }, [session, keep, markDirty]);

  // Leaving with changes not downloaded: the browser asks first (it shows its own words).
  React.useEffect(() => {
    const onLeave = (e: BeforeUnloadEvent) => {
      if (!dirtyRef.current) return;
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", onLeave);
    return () => window.removeEventListener("beforeunload", onLeave);
  }, []);

  const act = async (what: MessageKey, fn: () => Promise<void>) => {
    setError(null);
    setBusy(what);
    try {
      await fn();
    } catch (e) {
      setError(errorMessage(e, tr, locale));
    } finally {
      setBusy(null);
    }
  };

  const save = () =>
    act("filehost.bar.saving", async () => {
      if (!session) return;
      download(await session.opened.port.save(), session.opened.fileName);
      markDirty(false);
      setNotes([{ intent: "success", text: tr("filehost.bar.downloaded", { file: session.opened.fileName }) }]);
      await keep(session.opened);
    });

  const startNew = () => {
    if (dirtyRef.current && !window.confirm(tr("filehost.bar.confirmNew"))) return;
    void act("filehost.bar.loading", async () => {
      begin(blankWorkbook(tr("filehost.newName")), false);
      // nothing to keep in a new workbook; the old work is discarded, as the user confirmed
      await forgetWork();
    });
  };

  const openPicked = (file: File) => {
    if (dirtyRef.current && !window.confirm(tr("filehost.bar.confirmNew"))) return;
    void act("filehost.bar.loading", async () => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const opened = await (await loadOpen()).openWorkbookFile(bytes, file.name);
      begin(opened, false);
      await keep(opened);
    });
  };

  return (
    <FluentProvider theme={webLightTheme} lang={locale === "vi" ? "vi-VN" : "en-US"}>
      <Card className={s.bar} data-testid="filehost" data-dirty={dirty ? "yes" : "no"} data-kept={kept}>
        <Text className={s.title}>{tr("filehost.bar.title")}</Text>
        <Text className={s.muted}>{tr("filehost.bar.intro")}</Text>
        {session && (
          <Text className={s.file} data-testid="filehost-file">
            {tr("filehost.bar.file", { file: session.opened.fileName })}
          </Text>
        )}
        <div className={s.row}>
          <Button
            appearance="primary"
            onClick={() => void save()}
            disabled={!session || busy !== null}
            data-testid="filehost-save"
          >
            {tr("filehost.bar.save")}
          </Button>
          <Button onClick={() => picker.current?.click()} disabled={busy !== null} data-testid="filehost-open-button">
            {tr("filehost.bar.open")}
          </Button>
          <Button onClick={startNew} disabled={busy !== null} data-testid="filehost-new">
            {tr("filehost.bar.new")}
          </Button>
          <input
            ref={picker}
            type="file"
            hidden
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-testid="filehost-open"
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = "";
              if (f) openPicked(f);
            }}
          />
          {busy && <Spinner size="tiny" label={tr(busy)} />}
        </div>
        <Text className={s.muted} data-testid="filehost-status">
          {dirty ? tr("filehost.bar.unsaved") : tr("filehost.bar.saved")}
        </Text>
        {selection && <Text className={s.muted}>{tr("filehost.bar.selected", { cell: selection })}</Text>}
        {notes.map((n, i) => (
          <MessageBar key={i} intent={n.intent}>
            <MessageBarBody>{n.text}</MessageBarBody>
          </MessageBar>
        ))}
        {error && (
          <MessageBar intent="error" data-testid="filehost-error">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
      </Card>
      {session && (
        <App
          key={session.id}
          port={session.opened.port}
          locale={locale}
          today={props.today}
          embeddedPlanText={props.embeddedPlanText}
        />
      )}
    </FluentProvider>
  );
}
