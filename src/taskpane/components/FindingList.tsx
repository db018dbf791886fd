import * as React from "react";
import { Badge, Button, makeStyles } from "@fluentui/react-components";
import type { PaneContext } from "../pane-context";
import { formatIssue } from "../../core/report/summary";
import type { IssueView } from "../../app/check";
import { errorsFirst, type FindingGroup } from "../../app/triage";
import { BADGE_COLOR, IssueList, SEVERITY_WORD, useHidden } from "./IssueList";
import { useStyles } from "./styles";
import { useDisclosure } from "../use-disclosure";

const useGroupStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", rowGap: "2px" },
  inner: { paddingLeft: "12px" },
});

/**
 * A finding list as triage wants it: every error, one per line; then each kind of warning and
 * note once, with how many there are, opened on demand. Nothing is capped.
 */
export function FindingList({
  ctx,
  issues,
  testId,
}: {
  ctx: PaneContext;
  issues: readonly IssueView[];
  testId?: string;
}) {
  const s = useStyles();
  const { errors, groups } = React.useMemo(() => errorsFirst(issues), [issues]);
  return (
    <div className={s.column} data-testid={testId}>
      {errors.length > 0 && <IssueList ctx={ctx} issues={errors} testId="errors" />}
      {groups.map((g) =>
        g.items.length === 1 ? (
          <IssueList key={`${g.severity}-${g.code}`} ctx={ctx} issues={g.items} />
        ) : (
          <GroupView key={`${g.severity}-${g.code}`} ctx={ctx} group={g} />
        ),
      )}
    </div>
  );
}

/** One kind of warning or note: its first finding as the example, the count, and the rest on demand. */
function GroupView({ ctx, group }: { ctx: PaneContext; group: FindingGroup }) {
  const s = useStyles();
  const g = useGroupStyles();
  const h = useHidden();
  const { open, panelId, toggle } = useDisclosure();
  const count = group.items.length;
  const example = formatIssue(group.items[0]!.issue, ctx.locale);
  return (
    <div className={g.group} data-testid="finding-group" data-code={group.code}>
      <Button
        className={s.issue}
        appearance="subtle"
        size="small"
        {...toggle}
        icon={<Badge size="tiny" color={BADGE_COLOR[group.severity]} aria-hidden />}
      >
        <span className={h.hidden}>{ctx.tr(SEVERITY_WORD[group.severity])} </span>
        {example}
        {" — "}
        {open ? ctx.tr("ui.triage.group.hide", { count }) : ctx.tr("ui.triage.group.show", { count })}
      </Button>
      <div id={panelId} className={g.inner}>
        {open && <IssueList ctx={ctx} issues={group.items} />}
      </div>
    </div>
  );
}
