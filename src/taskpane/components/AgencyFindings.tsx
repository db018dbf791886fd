import * as React from "react";
import { Badge, Button, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { PaneContext } from "../pane-context";
import type { IssueView } from "../../app/check";
import type { AgencyEntry, FindingCounts, VersionChange } from "../../app/triage";
import { formatDateVi } from "../../core/dates";
import { FindingList } from "./FindingList";
import { useStyles } from "./styles";
import { useDisclosure } from "../use-disclosure";

const useEntryStyles = makeStyles({
  change: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  file: { overflowWrap: "anywhere" },
  older: { display: "flex", flexDirection: "column", rowGap: "4px", paddingLeft: "8px" },
  toggle: { alignSelf: "flex-start", height: "auto", minHeight: "24px", textAlign: "left" },
});

/** "24/11", or "24/11/2022" when the two dates of a change are in different years or one is unknown. */
function shortDate(iso: string | null, other: string | null): string {
  if (!iso) return "?";
  const full = formatDateVi(iso);
  return other && other.slice(0, 4) === iso.slice(0, 4) ? full.slice(0, 5) : full;
}

export function changeText(ctx: PaneContext, c: VersionChange): string {
  return ctx.tr("ui.triage.changed", {
    after: shortDate(c.after, c.before),
    before: shortDate(c.before, c.after),
    from: c.errorsBefore,
    to: c.errorsAfter,
  });
}

export function CountBadges({ ctx, counts }: { ctx: PaneContext; counts: FindingCounts }) {
  const { tr } = ctx;
  return (
    <>
      {counts.errors > 0 && <Badge color="danger">{tr("ui.check.errors", { count: counts.errors })}</Badge>}
      {counts.warnings > 0 && <Badge color="warning">{tr("ui.check.warnings", { count: counts.warnings })}</Badge>}
      {counts.notes > 0 && <Badge color="informative">{tr("ui.triage.notes", { count: counts.notes })}</Badge>}
      {counts.errors === 0 && counts.warnings === 0 && <Badge color="success">{tr("ui.check.clean")}</Badge>}
    </>
  );
}

/**
 * One agency's report in step 4: its latest version's findings (as filtered), what changed since
 * the version before, and the replaced versions folded away underneath.
 */
export function AgencyFindings({ ctx, entry, issues }: { ctx: PaneContext; entry: AgencyEntry; issues: IssueView[] }) {
  const s = useStyles();
  const e = useEntryStyles();
  const older = useDisclosure();
  const { latest, counts } = entry;
  return (
    <div
      role="group"
      className={mergeClasses(s.group, counts.errors > 0 && s.groupBad)}
      aria-label={entry.agencyName}
      data-testid="check-group"
      data-agency={latest.agencyId ?? ""}
    >
      <div className={s.row}>
        <Text weight="semibold">{entry.agencyName}</Text>
        <CountBadges ctx={ctx} counts={counts} />
      </div>
      <Text className={mergeClasses(s.muted, e.file)}>
        {latest.file}
        {latest.receivedOn ? ` · ${ctx.tr("ui.triage.received", { date: formatDateVi(latest.receivedOn) })}` : ""}
      </Text>
      {entry.change && (
        <Text className={e.change} data-testid="check-change">
          {changeText(ctx, entry.change)}
        </Text>
      )}
      <FindingList ctx={ctx} issues={issues} />
      {entry.older.length > 0 && (
        <>
          <Button
            className={e.toggle}
            appearance="transparent"
            size="small"
            {...older.toggle}
            data-testid="check-older-toggle"
          >
            {older.open
              ? ctx.tr("ui.triage.older.hide")
              : ctx.tr("ui.triage.older.show", { count: entry.older.length })}
          </Button>
          <div id={older.panelId} className={e.older}>
            {older.open &&
              entry.older.map(({ version, counts: c }) => (
                <div key={version.sheet ?? version.file} className={s.group} data-testid="check-older">
                  <div className={s.row}>
                    <Text className={e.file}>{ctx.tr("ui.triage.older.label", { file: version.file })}</Text>
                    <CountBadges ctx={ctx} counts={c} />
                  </div>
                  {version.receivedOn && (
                    <Text className={s.muted}>
                      {ctx.tr("ui.triage.received", { date: formatDateVi(version.receivedOn) })}
                    </Text>
                  )}
                  <FindingList ctx={ctx} issues={version.issues} />
                </div>
              ))}
          </div>
        </>
      )}
    </div>
  );
}
