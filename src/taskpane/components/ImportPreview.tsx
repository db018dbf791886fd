import * as React from "react";
import { Text } from "@fluentui/react-components";
import type { Locale } from "../../core/i18n";
import type { PreparedFile, Verdict } from "../../app/import-preview";
import { errorMessage, type Translate } from "../messages";
import { useImportStyles } from "./import-styles";
import { ImportPreviewItem } from "./ImportPreviewItem";

export interface PreviewRow {
  /** two files may share a name (two agencies, or a corrected file): rows are told apart by this */
  id: number;
  name: string;
  /** empty: the report date written in the file is used, else the import day (the README's rule) */
  receivedOn: string;
  /** absent until the file has been read */
  prepared?: PreparedFile;
}

/** What the import will do with one file, in words, and how it looks. */
function verdictLine(
  v: Verdict | undefined,
  tr: Translate,
  locale: Locale,
): { text: string; tone: "new" | "replaces" | "skipped" | "bad" } | null {
  if (!v) return null;
  switch (v.kind) {
    case "new":
      return { text: tr("ui.import.verdict.new"), tone: "new" };
    case "duplicate":
      return {
        text: tr(v.of.sheet ? "ui.import.verdict.duplicate" : "ui.import.verdict.duplicateBatch", { file: v.of.file }),
        tone: "skipped",
      };
    case "replaces":
      if (v.older) return { text: tr("ui.import.verdict.older", { file: v.earlier.file }), tone: "skipped" };
      return {
        text: tr(v.earlier.sheet ? "ui.import.verdict.replaces" : "ui.import.verdict.replacesBatch", {
          file: v.earlier.file,
        }),
        tone: "replaces",
      };
    case "unreadable":
      return { text: tr("ui.import.verdict.unreadable", { reason: errorMessage(v.error, tr, locale) }), tone: "bad" };
  }
}

/** Rows drawn at first and added each time the end of the list scrolls into view. */
export const ROWS_PER_PAGE = 40;

/**
 * How many rows to draw: the list scrolls in 320 px (about five rows), so 200 files drawn at once
 * were a 0.5 s block for rows nobody sees yet. More are drawn as the end of the list comes into view.
 */
function useShownRows(total: number): [number, React.RefObject<HTMLDivElement>] {
  const [shown, setShown] = React.useState(ROWS_PER_PAGE);
  const more = React.useRef<HTMLDivElement>(null);
  const partial = shown < total;
  React.useEffect(() => {
    const el = more.current;
    if (!partial || !el) return;
    // Without IntersectionObserver (an old host), everything is drawn.
    if (typeof IntersectionObserver === "undefined") {
      setShown(Number.POSITIVE_INFINITY);
      return;
    }
    const seen = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setShown((n) => n + ROWS_PER_PAGE);
    });
    seen.observe(el);
    return () => seen.disconnect();
  }, [partial, shown]);
  return [shown, more];
}

/** The batch before it is written: each file with its sender and what the import will do with it. */
export function ImportPreview(props: {
  rows: PreviewRow[];
  verdicts: Map<number, Verdict>;
  agencyName: (prepared: PreparedFile) => string | null;
  tr: Translate;
  locale: Locale;
  disabled: boolean;
  onDate: (id: number, value: string) => void;
  onRemove: (id: number) => void;
  /** said under the list: how an empty received date is read */
  hint: string;
}) {
  const s = useImportStyles();
  const { tr, locale } = props;
  const [shown, more] = useShownRows(props.rows.length);
  const hidden = props.rows.length - Math.min(shown, props.rows.length);
  return (
    <div data-testid="import-pending">
      <div className={s.scroll}>
        {props.rows.slice(0, shown).map((row) => {
          const v = props.verdicts.get(row.id);
          const line = verdictLine(v, tr, locale);
          return (
            <ImportPreviewItem
              key={row.id}
              id={row.id}
              name={row.name}
              receivedOn={row.receivedOn}
              agency={row.prepared?.report ? props.agencyName(row.prepared) : undefined}
              kind={v?.kind}
              text={line?.text}
              tone={line?.tone}
              tr={tr}
              disabled={props.disabled}
              onDate={props.onDate}
              onRemove={props.onRemove}
            />
          );
        })}
        {hidden > 0 && (
          <div ref={more} className={s.detail} data-testid="import-pending-more">
            {tr("ui.import.moreRows", { count: hidden })}
          </div>
        )}
      </div>
      <Text className={s.detail}>{props.hint}</Text>
    </div>
  );
}
