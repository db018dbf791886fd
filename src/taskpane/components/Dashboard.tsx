import * as React from "react";
import { Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { StepResult } from "../../app/step-state";
import type { MessageKey } from "../../core/i18n";
import type { Translate } from "../messages";
import { useStyles } from "./styles";

const useDashStyles = makeStyles({
  figures: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(88px, 1fr))",
    gap: "6px",
    margin: "0",
  },
  figure: {
    display: "flex",
    flexDirection: "column-reverse",
    padding: "6px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    minWidth: 0,
  },
  value: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: "0" },
  label: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  links: { display: "flex", flexDirection: "column", rowGap: "2px", margin: "0", paddingLeft: "18px" },
});

const FIGURES: { key: string; label: MessageKey; always?: boolean }[] = [
  { key: "onTime", label: "ui.dash.onTime", always: true },
  { key: "late", label: "ui.dash.late", always: true },
  { key: "missing", label: "ui.dash.missing", always: true },
  { key: "notYetDue", label: "ui.dash.notYetDue" },
  { key: "withErrors", label: "ui.dash.withErrors", always: true },
  { key: "tasksDone", label: "ui.dash.tasksDone", always: true },
  { key: "tasksOverdue", label: "ui.dash.tasksOverdue", always: true },
];

/**
 * After Tổng hợp: the figures an official reports upward (latest file of each agency) and a link
 * to each summary sheet, the draft report included. Kept in the workbook with the step's record,
 * so it is there again after reopening.
 */
export function Dashboard(props: {
  figures: StepResult;
  sheets: readonly string[];
  stale: boolean;
  onOpen: (sheet: string) => void;
  tr: Translate;
}) {
  const s = useStyles();
  const d = useDashStyles();
  const { figures: f, tr } = props;
  const shown = FIGURES.filter((x) => typeof f[x.key] === "number" && (x.always || f[x.key]! > 0));
  return (
    <section aria-labelledby="dash-title" className={s.column} data-testid="dashboard">
      <Text as="h3" id="dash-title" weight="semibold">
        {tr("ui.dash.title")}
      </Text>
      {props.stale && <Text className={s.muted}>{tr("ui.dash.staleNote")}</Text>}
      <dl className={d.figures}>
        {typeof f.reported === "number" && typeof f.mustReport === "number" && (
          <div className={d.figure} data-testid="dash-reported">
            <dt className={d.label}>{tr("ui.dash.reported")}</dt>
            <dd className={d.value}>
              {f.reported}/{f.mustReport}
            </dd>
          </div>
        )}
        {shown.map((x) => (
          <div key={x.key} className={d.figure} data-testid={`dash-${x.key}`}>
            <dt className={d.label}>{tr(x.label)}</dt>
            <dd className={d.value}>{f[x.key]}</dd>
          </div>
        ))}
      </dl>
      {props.sheets.length > 0 && (
        <nav aria-labelledby="dash-sheets">
          <Text id="dash-sheets" className={s.muted}>
            {tr("ui.dash.sheets")}
          </Text>
          <ul className={d.links}>
            {props.sheets.map((name) => (
              <li key={name}>
                <Link as="button" onClick={() => props.onOpen(name)} data-testid="dash-sheet">
                  {name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </section>
  );
}
