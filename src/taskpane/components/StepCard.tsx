import * as React from "react";
import { Badge, Card, Text } from "@fluentui/react-components";
import type { Translate } from "../messages";
import { useStyles } from "./styles";

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
  return (
    <Card className={s.card} data-step={props.id} aria-label={props.title}>
      <div className={s.head}>
        <Text className={s.title} as="h2">
          {props.title}
        </Text>
        <Badge
          appearance={props.done || props.toFix ? "filled" : "outline"}
          color={props.done ? "success" : props.toFix ? "warning" : "informative"}
        >
          {props.done ? props.tr("ui.step.done") : props.toFix ? props.tr("ui.step.toFix") : props.tr("ui.step.todo")}
        </Badge>
      </div>
      <Text className={s.desc}>{props.description}</Text>
      {props.disabledReason ? <Text className={s.muted}>{props.disabledReason}</Text> : props.children}
    </Card>
  );
}
