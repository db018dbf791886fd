import * as React from "react";
import { Button, Link, Text, mergeClasses } from "@fluentui/react-components";
import type { PaneContext } from "../pane-context";
import type { ReminderView } from "../../app/reminders";
import { browserCopyEnv, copyText, mailAsText, openMail, windowOpener } from "../copy-text";
import { ManualCopy } from "./ManualCopy";
import { Note } from "./Note";
import { useStyles } from "./styles";

type Shown = { kind: "none" } | { kind: "copied" } | { kind: "mailCopied" } | { kind: "manual"; hint: string };

export function ReminderItem({ ctx, r }: { ctx: PaneContext; r: ReminderView }) {
  const s = useStyles();
  const { tr } = ctx;
  const [shown, setShown] = React.useState<Shown>({ kind: "none" });
  const text = mailAsText(r, {
    to: tr("ui.mail.to", { email: r.email }),
    subject: tr("ui.mail.subject", { subject: r.subject }),
  });
  const copy = async () => {
    const outcome = await copyText(text, browserCopyEnv());
    setShown(outcome === "copied" ? { kind: "copied" } : { kind: "manual", hint: tr("ui.copy.manual") });
  };
  const mail = async () => {
    const outcome = await openMail(r.mailto, text, [windowOpener(window)], browserCopyEnv());
    if (outcome === "opened") setShown({ kind: "none" });
    else if (outcome === "copied") setShown({ kind: "mailCopied" });
    else setShown({ kind: "manual", hint: tr("ui.mail.manual") });
  };
  const copyLabel = shown.kind === "copied" ? tr("ui.remind.copied") : tr("ui.remind.copy");
  return (
    <div className={mergeClasses(s.group, s.groupBad)} data-testid="reminder">
      <Text weight="semibold">{r.agencyName}</Text>
      <Text className={s.muted}>{r.reasons.join("; ")}</Text>
      {!r.email && <Text className={s.muted}>{tr("ui.remind.noEmail")}</Text>}
      <div className={s.row}>
        <Button size="small" onClick={copy} aria-label={`${copyLabel}: ${r.agencyName}`}>
          {copyLabel}
        </Button>
        <Link
          href={r.mailto}
          target="_blank"
          rel="noreferrer"
          aria-label={`${tr("ui.remind.mail")}${r.email ? ` (${r.email})` : ""}: ${r.agencyName}`}
          onClick={(e) => {
            // Opened by the pane, so that a host that cannot open it (a Windows desktop pane) is noticed.
            e.preventDefault();
            void mail();
          }}
        >
          {tr("ui.remind.mail")}
          {r.email ? ` (${r.email})` : ""}
        </Link>
      </div>
      {shown.kind === "mailCopied" && <Note intent="info">{tr("ui.mail.copied")}</Note>}
      {shown.kind === "manual" && (
        <ManualCopy tr={tr} text={text} hint={shown.hint} onClose={() => setShown({ kind: "none" })} />
      )}
    </div>
  );
}
