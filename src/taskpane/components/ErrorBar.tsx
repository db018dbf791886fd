import * as React from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Translate } from "../messages";

export function ErrorBar(props: { message: string; onDismiss: () => void; tr: Translate }) {
  return (
    <MessageBar intent="error" data-testid="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{props.tr("ui.error.title")}</MessageBarTitle>
        {props.message}
        <div>
          <Button size="small" appearance="transparent" onClick={props.onDismiss}>
            {props.tr("ui.error.dismiss")}
          </Button>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
