import * as React from "react";
import { Badge, Button, makeStyles } from "@fluentui/react-components";
import type { PaneContext } from "../pane-context";
import { formatIssue } from "../../core/report/summary";
import type { Severity } from "../../core/report/findings";
import type { IssueView } from "../../app/check";
import { useStyles } from "./styles";

/** Read by screen readers, not shown: the colour of the dot says it to sighted users. */
export const useHidden = makeStyles({
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});

export const BADGE_COLOR: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

export const SEVERITY_WORD = {
  error: "ui.finding.error",
  warning: "ui.finding.warning",
  info: "ui.finding.info",
} as const;

/**
 * Findings one per line, every one of them: a click selects the cell. Each line's accessible name
 * starts with its severity ("Lỗi:", "Cảnh báo:", "Ghi chú:"), so colour is never the only sign.
 */
export function IssueList({
  ctx,
  issues,
  testId,
}: {
  ctx: PaneContext;
  issues: readonly IssueView[];
  testId?: string;
}) {
  const s = useStyles();
  const h = useHidden();
  return (
    <div className={s.column} data-testid={testId}>
      {issues.map((v, i) => {
        const text = formatIssue(v.issue, ctx.locale);
        const where = v.issue.cell ? `${v.issue.cell} · ` : "";
        return (
          <Button
            key={i}
            className={s.issue}
            appearance="subtle"
            size="small"
            // A finding without a cell still reaches the keyboard and the screen reader: only the click does nothing.
            disabledFocusable={!v.target}
            data-severity={v.issue.severity}
            title={v.target ? ctx.tr("ui.check.goTo", { cell: `${v.target.sheet}!${v.target.cell}` }) : undefined}
            onClick={() =>
              v.target &&
              void ctx.run(ctx.tr("ui.check.goTo", { cell: v.target.cell }), () =>
                ctx.port.selectCell(v.target!.sheet, v.target!.cell),
              )
            }
            icon={<Badge size="tiny" color={BADGE_COLOR[v.issue.severity]} aria-hidden />}
          >
            <span className={h.hidden}>{ctx.tr(SEVERITY_WORD[v.issue.severity])} </span>
            {where}
            {text}
          </Button>
        );
      })}
    </div>
  );
}
