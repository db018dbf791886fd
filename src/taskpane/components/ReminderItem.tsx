import * as React from "react";
import { Button, Link, Text, mergeClasses } from "@fluentui/react-components";
import type { PaneContext } from "../pane-context";
import type { ReminderView } from "../../app/reminders";
import { useStyles } from "./styles";

export function ReminderItem({ ctx, r }: { ctx: PaneContext; r: ReminderView }) {
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
