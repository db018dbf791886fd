import * as React from "react";
import { Button, Input, Text } from "@fluentui/react-components";
import type { Locale } from "../../core/i18n";
import type { PreparedFile, Verdict } from "../../app/import-preview";
import { errorMessage, type Translate } from "../messages";
import { useImportStyles } from "./import-styles";

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
  return (
    <div data-testid="import-pending">
      <div className={s.scroll}>
        {props.rows.map((row) => {
          const verdict = verdictLine(props.verdicts.get(row.id), tr, locale);
          const agency = row.prepared?.report ? props.agencyName(row.prepared) : undefined;
          return (
            <div
              key={row.id}
              className={s.item}
              data-testid="import-pending-row"
              data-verdict={props.verdicts.get(row.id)?.kind ?? "reading"}
            >
              <div className={s.top}>
                <Text className={s.name} title={row.name}>
                  {row.name}
                </Text>
                <Button
                  size="small"
                  appearance="subtle"
                  disabled={props.disabled}
                  onClick={() => props.onRemove(row.id)}
                  aria-label={`${tr("ui.import.remove")} — ${row.name}`}
                >
                  {tr("ui.import.remove")}
                </Button>
              </div>
              {agency !== undefined && (
                <Text className={s.detail}>
                  {agency ? tr("ui.import.agency", { agency }) : tr("ui.import.agencyUnknown")}
                </Text>
              )}
              {verdict && <Text className={s[verdict.tone]}>{verdict.text}</Text>}
              {/* a date only where it matters: not for a file that will be skipped or cannot be read */}
              {verdict?.tone !== "bad" && props.verdicts.get(row.id)?.kind !== "duplicate" && (
                <Input
                  type="date"
                  size="small"
                  className={s.date}
                  aria-label={`${tr("ui.import.received")} — ${row.name}`}
                  value={row.receivedOn}
                  title={tr("ui.import.receivedHint")}
                  contentBefore={<Text size={200}>{tr("ui.import.received")}</Text>}
                  data-testid="import-received"
                  onChange={(_, d) => props.onDate(row.id, d.value)}
                />
              )}
            </div>
          );
        })}
      </div>
      <Text className={s.detail}>{props.hint}</Text>
    </div>
  );
}
