/**
 * One file of the batch before import. Memoised: typing a date in one row re-renders that row,
 * not the 200 others (each holds a Fluent date input and button, ~1 ms to render).
 */
import * as React from "react";
import { Button, Input, Text } from "@fluentui/react-components";
import type { Verdict } from "../../app/import-preview";
import type { Translate } from "../messages";
import { useImportStyles } from "./import-styles";

export type Tone = "new" | "replaces" | "skipped" | "bad";

export const ImportPreviewItem = React.memo(function ImportPreviewItem(props: {
  id: number;
  name: string;
  receivedOn: string;
  /** undefined: not read yet or unreadable; null: sender not recognised */
  agency: string | null | undefined;
  /** what the import will do with it; absent while the file is read (plain values, so memo holds) */
  kind?: Verdict["kind"];
  text?: string;
  tone?: Tone;
  tr: Translate;
  disabled: boolean;
  onDate: (id: number, value: string) => void;
  onRemove: (id: number) => void;
}) {
  const s = useImportStyles();
  const { tr, id, name, kind, tone, agency } = props;
  return (
    <div className={s.item} data-testid="import-pending-row" data-verdict={kind ?? "reading"}>
      <div className={s.top}>
        <Text className={s.name} title={name}>
          {name}
        </Text>
        <Button
          size="small"
          appearance="subtle"
          disabled={props.disabled}
          onClick={() => props.onRemove(id)}
          aria-label={`${tr("ui.import.remove")} — ${name}`}
        >
          {tr("ui.import.remove")}
        </Button>
      </div>
      {agency !== undefined && (
        <Text className={s.detail}>{agency ? tr("ui.import.agency", { agency }) : tr("ui.import.agencyUnknown")}</Text>
      )}
      {tone && <Text className={s[tone]}>{props.text}</Text>}
      {/* a date only where it matters: not for a file that will be skipped or cannot be read */}
      {tone !== "bad" && kind !== "duplicate" && (
        <Input
          type="date"
          size="small"
          className={s.date}
          aria-label={`${tr("ui.import.received")} — ${name}`}
          value={props.receivedOn}
          title={tr("ui.import.receivedHint")}
          contentBefore={<Text size={200}>{tr("ui.import.received")}</Text>}
          data-testid="import-received"
          onChange={(_, d) => props.onDate(id, d.value)}
        />
      )}
    </div>
  );
});
