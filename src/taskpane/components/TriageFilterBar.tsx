import * as React from "react";
import { Field, Input, Select, ToggleButton, makeStyles } from "@fluentui/react-components";
import type { PaneContext } from "../pane-context";
import type { Triage } from "../../app/triage";
import type { FindingFilter, TriageQuery } from "../../app/triage-filter";

const useBarStyles = makeStyles({
  bar: { display: "flex", flexDirection: "column", rowGap: "6px", minWidth: 0 },
  kinds: { display: "flex", flexWrap: "wrap", columnGap: "4px", rowGap: "4px" },
  field: { minWidth: 0 },
  control: { width: "100%", minWidth: 0 },
});

/** Lỗi / Cảnh báo / Thiếu nhiệm vụ, theo đơn vị, and the search box: stacked, so it fits 320 px. */
export function TriageFilterBar({
  ctx,
  triage,
  query,
  onChange,
}: {
  ctx: PaneContext;
  triage: Triage;
  query: TriageQuery;
  onChange: (q: TriageQuery) => void;
}) {
  const b = useBarStyles();
  const { tr } = ctx;
  const t = triage.totals;
  const kinds: { kind: FindingFilter; label: string }[] = [
    { kind: "all", label: tr("ui.triage.filter.all") },
    { kind: "errors", label: tr("ui.triage.filter.errors", { count: t.errors }) },
    { kind: "warnings", label: tr("ui.triage.filter.warnings", { count: t.warnings }) },
    { kind: "missing", label: tr("ui.triage.filter.missing", { count: t.missing }) },
  ];
  return (
    <div className={b.bar} data-testid="check-filter">
      <div className={b.kinds} role="group" aria-label={tr("ui.triage.filter")}>
        {kinds.map((k) => (
          <ToggleButton
            key={k.kind}
            size="small"
            checked={query.kind === k.kind}
            onClick={() => onChange({ ...query, kind: k.kind })}
            data-testid={`check-filter-${k.kind}`}
          >
            {k.label}
          </ToggleButton>
        ))}
      </div>
      <Field label={tr("ui.triage.agency")} className={b.field}>
        <Select
          className={b.control}
          value={query.agency ?? ""}
          onChange={(_, d) => onChange({ ...query, agency: d.value || null })}
          data-testid="check-filter-agency"
        >
          <option value="">{tr("ui.triage.agency.all", { count: triage.entries.length })}</option>
          {triage.entries.map((e) => (
            <option key={e.key} value={e.key}>
              {e.agencyName}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={tr("ui.triage.search")} hint={tr("ui.triage.search.hint")} className={b.field}>
        <Input
          className={b.control}
          type="search"
          value={query.text}
          onChange={(_, d) => onChange({ ...query, text: d.value })}
          data-testid="check-search"
        />
      </Field>
    </div>
  );
}
