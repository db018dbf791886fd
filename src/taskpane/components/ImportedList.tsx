import * as React from "react";
import { Button, Text } from "@fluentui/react-components";
import type { ImportRecord } from "../../app/import-log";
import { formatDateVi, isIsoDate } from "../../core/dates";
import type { Translate } from "../messages";
import { useImportStyles } from "./import-styles";

/** "30/11/2026 12:42" from the log's "2026-11-30 12:42:32" (Vietnam's time); anything else as it is. */
function readableTime(stored: string): string {
  const [day, time] = stored.split(" ");
  return day && time && isIsoDate(day) ? `${formatDateVi(day)} ${time.slice(0, 5)}` : stored;
}

/**
 * The imports in the workbook, each with its full file name and "Gỡ bản nhập này". Removing asks
 * once, in place, and says what goes (the sheet and the log line) and what stays.
 */
export function ImportedList(props: {
  records: ImportRecord[];
  agencyName: (r: ImportRecord) => string | null;
  tr: Translate;
  disabled: boolean;
  onRemove: (r: ImportRecord) => void;
}) {
  const s = useImportStyles();
  const { tr } = props;
  const [asking, setAsking] = React.useState<string | null>(null);
  if (props.records.length === 0) return null;
  return (
    <details data-testid="imported-list">
      <summary className={s.summary}>{tr("ui.import.inWorkbook", { count: props.records.length })}</summary>
      <div className={s.scroll}>
        {props.records.map((r) => {
          const agency = props.agencyName(r);
          const line = [
            tr("ui.import.recordLine", { tab: r.sheet, time: readableTime(r.importedAt) }),
            ...(r.receivedOn ? [tr("ui.import.recordReceived", { date: formatDateVi(r.receivedOn) })] : []),
          ].join(" · ");
          return (
            <div key={r.sheet} className={s.item} data-testid="imported-row">
              <Text className={s.name} title={r.file}>
                {r.file}
              </Text>
              {agency && <Text className={s.detail}>{tr("ui.import.agency", { agency })}</Text>}
              <Text className={s.detail}>{line}</Text>
              {asking === r.sheet ? (
                <div className={s.detail} role="group">
                  <Text>{tr("ui.import.removeConfirm", { file: r.file, tab: r.sheet })}</Text>
                  <div>
                    <Button
                      size="small"
                      appearance="primary"
                      disabled={props.disabled}
                      onClick={() => {
                        setAsking(null);
                        props.onRemove(r);
                      }}
                      data-testid="import-remove-yes"
                    >
                      {tr("ui.import.removeYes")}
                    </Button>{" "}
                    <Button size="small" onClick={() => setAsking(null)}>
                      {tr("ui.import.removeNo")}
                    </Button>
                  </div>
                </div>
              ) : (
                <div>
                  <Button
                    size="small"
                    appearance="subtle"
                    disabled={props.disabled}
                    onClick={() => setAsking(r.sheet)}
                    aria-label={`${tr("ui.import.removeImport")} — ${r.file}`}
                    data-testid="import-remove"
                  >
                    {tr("ui.import.removeImport")}
                  </Button>
                </div>
              )}
            </div>
          );
        })}
      </div>
    </details>
  );
}
