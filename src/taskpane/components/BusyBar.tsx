import * as React from "react";
import { Button, ProgressBar, Text } from "@fluentui/react-components";
import type { Translate } from "../messages";
import { useStyles } from "./styles";

export interface Busy {
  what: string;
  done: number;
  total: number;
  cancel: () => void;
}

export function BusyBar(props: { busy: Busy; tr: Translate }) {
  const s = useStyles();
  const { busy, tr } = props;
  return (
    <div className={s.column} role="status" aria-live="polite" data-testid="busy">
      <div className={s.head}>
        <Text>{tr("ui.busy.working", { what: busy.what })}</Text>
        <Button size="small" onClick={busy.cancel}>
          {tr("ui.busy.cancel")}
        </Button>
      </div>
      <ProgressBar value={busy.total > 0 ? busy.done / busy.total : undefined} />
    </div>
  );
}
