import * as React from "react";
import { Badge, Button, Card, Text } from "@fluentui/react-components";
import type { Translate } from "../messages";
import { useStyles } from "./styles";
import { StepStatusContext, isStepId, localTime, resultText, staleReasons } from "./step-status";

/**
 * One step of the pane. Its state comes from the workbook (when it last ran, whether something
 * it depends on changed since: "Cần chạy lại") as well as from what the step did in this session.
 * A finished step folds to one line with its result, except the one the user is working on; it
 * can be opened again.
 */
export function StepCard(props: {
  id: string;
  title: string;
  description: string;
  done: boolean;
  /** run, but something is left to fix: says so instead of "Chưa làm" (not done) */
  toFix?: boolean;
  disabledReason?: string | null;
  tr: Translate;
  children?: React.ReactNode;
}) {
  const s = useStyles();
  const { tr } = props;
  const status = React.useContext(StepStatusContext);
  const state = isStepId(props.id) ? status.states.get(props.id) : undefined;
  const stale = state?.kind === "stale";
  const done = !stale && (props.done || state?.kind === "fresh");
  const result = state && state.kind !== "todo" && isStepId(props.id) ? resultText(props.id, state.result, tr) : null;
  const foldable = isStepId(props.id) && done && !props.toFix && !props.disabledReason;
  const folded = foldable && status.current !== props.id && !status.opened.has(props.id);
  const headingId = `step-${props.id}-title`;
  const bodyId = `step-${props.id}-body`;

  const badge = stale
    ? { text: tr("ui.step.stale"), color: "warning" as const, filled: true }
    : done
      ? { text: tr("ui.step.done"), color: "success" as const, filled: true }
      : props.toFix
        ? { text: tr("ui.step.toFix"), color: "warning" as const, filled: true }
        : { text: tr("ui.step.todo"), color: "informative" as const, filled: false };

  let when: string | null = null;
  if (state?.kind === "stale")
    when = tr("ui.step.staleBecause", { time: localTime(state.ranAt), reasons: staleReasons(state, status.now, tr) });
  else if (state?.kind === "fresh" && state.ranAt) when = tr("ui.step.ranAt", { time: localTime(state.ranAt) });

  return (
    <Card
      className={s.card}
      data-step={props.id}
      data-state={stale ? "stale" : done ? "done" : "todo"}
      aria-labelledby={headingId}
    >
      <div className={s.head}>
        <Text className={s.title} as="h2" id={headingId} tabIndex={-1}>
          {props.title}
        </Text>
        <Badge
          className={s.badge}
          appearance={badge.filled ? "filled" : "outline"}
          color={badge.color}
          data-testid="step-badge"
        >
          {badge.text}
        </Badge>
      </div>
      {(when || foldable) && (
        <div className={s.row}>
          {(folded || stale) && result && (
            <Text className={s.oneLine} weight="semibold" data-testid="step-summary">
              {result}
            </Text>
          )}
          {when && (
            <Text className={s.muted} data-testid="step-when">
              {when}
            </Text>
          )}
          {foldable && (
            <Button
              size="small"
              appearance="subtle"
              aria-expanded={!folded}
              aria-controls={folded ? undefined : bodyId}
              data-testid="step-toggle"
              onClick={() => status.setOpen(props.id, folded)}
            >
              {folded ? tr("ui.step.reopen") : tr("ui.step.fold")}
              <span className={s.visuallyHidden}> — {props.title}</span>
            </Button>
          )}
        </div>
      )}
      {!folded && (
        <div id={bodyId} className={s.column}>
          <Text className={s.desc}>{props.description}</Text>
          {props.disabledReason ? <Text className={s.muted}>{props.disabledReason}</Text> : props.children}
        </div>
      )}
    </Card>
  );
}
