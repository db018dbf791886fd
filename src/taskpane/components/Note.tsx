import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";

export function Note(props: { intent: "success" | "warning" | "info"; children: React.ReactNode; testId?: string }) {
  return (
    <MessageBar intent={props.intent} layout="multiline" data-testid={props.testId}>
      <MessageBarBody>{props.children}</MessageBarBody>
    </MessageBar>
  );
}
