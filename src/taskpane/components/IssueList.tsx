import * as React from "react";
import { Badge, Button, Text } from "@fluentui/react-components";
import type { PaneContext } from "../pane-context";
import { formatIssue } from "../../core/report/summary";
import type { IssueView } from "../../app/check";
import { useStyles } from "./styles";

/** Issues listed per agency before "… and N more": the full list is in the sheet. */
const ISSUES_SHOWN = 25;

export function IssueList({ ctx, issues, testId }: { ctx: PaneContext; issues: IssueView[]; testId?: string }) {
  const s = useStyles();
  const shown = issues.slice(0, ISSUES_SHOWN);
  return (
    <div className={s.column} data-testid={testId}>
      {shown.map((v, i) => {
        const text = formatIssue(v.issue, ctx.locale);
        const where = v.issue.cell ? `${v.issue.cell} · ` : "";
        const badge =
          v.issue.severity === "error" ? "danger" : v.issue.severity === "warning" ? "warning" : "informative";
        return (
          <Button
            key={i}
            className={s.issue}
            appearance="subtle"
            size="small"
            disabled={!v.target}
            title={v.target ? ctx.tr("ui.check.goTo", { cell: `${v.target.sheet}!${v.target.cell}` }) : undefined}
            onClick={() =>
              v.target &&
              void ctx.run(ctx.tr("ui.check.goTo", { cell: v.target.cell }), () =>
                ctx.port.selectCell(v.target!.sheet, v.target!.cell),
              )
            }
            icon={<Badge size="tiny" color={badge} />}
          >
            {where}
            {text}
          </Button>
        );
      })}
      {issues.length > shown.length && (
        <Text className={s.muted}>{ctx.tr("ui.check.more", { count: issues.length - shown.length })}</Text>
      )}
    </div>
  );
}
