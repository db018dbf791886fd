import * as React from "react";
import { Button, ProgressBar, Text } from "@fluentui/react-components";
import type { Translate } from "../messages";
import { useStyles } from "./styles";

export interface Busy {
  what: string;
  done: number;
  total: number;
  /** what is being worked on now: a file or sheet name */
  label?: string;
  cancel: () => void;
}

/** "12/200 — tên tệp" when the step says what it is on, "12/200" when it only counts. */
export function progressText(busy: Pick<Busy, "done" | "total" | "label">, tr: Translate): string | null {
  if (busy.total <= 0) return null;
  const counts = { done: Math.min(busy.done, busy.total), total: busy.total };
  return busy.label ? tr("ui.busy.progressItem", { ...counts, label: busy.label }) : tr("ui.busy.progress", counts);
}

export function BusyBar(props: { busy: Busy; tr: Translate }) {
  const s = useStyles();
  const { busy, tr } = props;
  const progress = progressText(busy, tr);
  return (
    <div className={s.column} role="status" aria-live="polite" data-testid="busy">
      <div className={s.head}>
        <Text>{tr("ui.busy.working", { what: busy.what })}</Text>
        <Button size="small" onClick={busy.cancel}>
          {tr("ui.busy.cancel")}
        </Button>
      </div>
      <ProgressBar value={busy.total > 0 ? busy.done / busy.total : undefined} />
      {progress && (
        // counted silently: a screen reader announcing 200 file names is noise; the step's result is announced
        <Text size={200} data-testid="busy-progress" aria-live="off" style={{ overflowWrap: "anywhere" }}>
          {progress}
        </Text>
      )}
    </div>
  );
}
