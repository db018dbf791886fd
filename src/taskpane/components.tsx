import * as React from "react";
import {
  Badge,
  Button,
  Card,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Translate } from "./messages";

export const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", rowGap: "8px", padding: "12px" },
  head: { display: "flex", alignItems: "center", justifyContent: "space-between", columnGap: "8px" },
  title: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  desc: { color: tokens.colorNeutralForeground2 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: "8px", rowGap: "6px" },
  column: { display: "flex", flexDirection: "column", rowGap: "6px" },
  result: { color: tokens.colorPaletteGreenForeground1 },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  list: { display: "flex", flexDirection: "column", rowGap: "4px", maxHeight: "220px", overflowY: "auto" },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "12px",
    textAlign: "center",
    color: tokens.colorNeutralForeground2,
  },
  dropActive: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  group: {
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: "8px",
    display: "flex",
    flexDirection: "column",
    rowGap: "2px",
  },
  groupBad: { borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}` },
  issue: {
    textAlign: "left",
    justifyContent: "flex-start",
    height: "auto",
    minHeight: "24px",
    padding: "2px 4px",
    fontWeight: tokens.fontWeightRegular,
  },
  fileRow: { display: "grid", gridTemplateColumns: "1fr auto auto", columnGap: "6px", alignItems: "center" },
  fileName: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
});

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

export function Note(props: { intent: "success" | "warning" | "info"; children: React.ReactNode; testId?: string }) {
  return (
    <MessageBar intent={props.intent} layout="multiline" data-testid={props.testId}>
      <MessageBarBody>{props.children}</MessageBarBody>
    </MessageBar>
  );
}

/**
 * A file picker whose button speaks the pane's language (the browser's own "Choose Files" does
 * not: it follows the operating system). The input stays in the page, hidden, for keyboard-free
 * tests and for assistive technology through the button.
 */
export function FilePicker(props: {
  label: string;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  onFiles: (files: FileList | null) => void;
  testId?: string;
  primary?: boolean;
}) {
  const input = React.useRef<HTMLInputElement>(null);
  return (
    <>
      <Button
        appearance={props.primary ? "primary" : "secondary"}
        disabled={props.disabled}
        onClick={() => input.current?.click()}
      >
        {props.label}
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        accept={props.accept}
        multiple={props.multiple}
        data-testid={props.testId}
        onChange={(e) => {
          props.onFiles(e.target.files);
          // the same file picked again must fire again
          e.target.value = "";
        }}
      />
    </>
  );
}
