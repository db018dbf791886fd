/**
 * The file is for this plan, this period, this template version, and this agency: catches
 * last year's template sent again, another plan's report, or a template filled in by the
 * wrong agency (metadata says one agency, the header another).
 */
import { TEMPLATE_VERSION } from "../../template/layout";
import { makeIssue, type Check } from "../context";
import type { CheckIssue } from "../model";
import { agencyFromName } from "../identity";
import { isMetaSheet } from "../meta-sheet";
import { shortValue } from "../values";
import { matchPlan } from "../plan-reference";
import { viDate } from "./util";

export const checkIdentity: Check = (input) => {
  const issues: CheckIssue[] = [];
  const { submission: s, located, ctx } = input;
  const headerCell = (k: keyof typeof s.header) => s.header[k]?.ref.cell ?? null;
  const metaSheet = input.wb.sheets.find(isMetaSheet)?.name ?? null;

  const want = ctx.plan.meta.number;
  const match = want && s.planNumber ? matchPlan(s.planNumber, ctx.plan.meta) : "same";
  if (match !== "same") {
    // Point at the header cell when it shows the other plan (the cell the agency can see and
    // fix); at the hidden metadata when only that names it.
    const typedPlan = s.header.plan?.value;
    const fromMeta = located.meta?.plan !== undefined && !(typedPlan && matchPlan(typedPlan, ctx.plan.meta) !== "same");
    issues.push(
      makeIssue(
        input,
        match === "otherPlan" ? "wrong-plan" : "wrong-plan-version",
        "error",
        {
          sheet: fromMeta ? metaSheet : s.sheet,
          cell: fromMeta ? null : headerCell("plan"),
          field: "plan",
          value: shortValue(s.planNumber!),
        },
        {
          value: shortValue(s.planNumber!),
          plan: want ?? "",
          date: ctx.plan.meta.date ? viDate(ctx.plan.meta.date) : "",
        },
      ),
    );
  }

  if (s.period === null) {
    issues.push(
      makeIssue(
        input,
        "period-unknown",
        "warning",
        { cell: headerCell("period"), field: "period" },
        { period: ctx.period ?? "" },
      ),
    );
  } else if (ctx.period && s.period !== ctx.period) {
    const fromMeta = located.meta?.period !== undefined;
    issues.push(
      makeIssue(
        input,
        "wrong-period",
        "error",
        {
          sheet: fromMeta ? metaSheet : s.sheet,
          cell: fromMeta ? null : headerCell("period"),
          field: "period",
          value: s.period,
        },
        {
          value: s.period,
          period: ctx.period,
        },
      ),
    );
  }

  const version = located.meta?.templateVersion;
  if (version && version !== TEMPLATE_VERSION) {
    issues.push(
      makeIssue(
        input,
        "template-version",
        "warning",
        { sheet: metaSheet, field: "templateVersion", value: shortValue(version) },
        { value: shortValue(version), current: TEMPLATE_VERSION },
      ),
    );
  }

  // The metadata names the agency the template was made for; the header what the sender typed.
  if (s.identifiedBy === "metadata" && s.header.agency?.value) {
    const typed = agencyFromName(s.header.agency.value, ctx.roster);
    if (typed && typed.id !== s.agencyId) {
      issues.push(
        makeIssue(
          input,
          "agency-mismatch",
          "error",
          { cell: headerCell("agency"), field: "agency", value: shortValue(s.header.agency.value) },
          {
            value: shortValue(s.header.agency.value),
            agency: s.agencyName ?? s.agencyId ?? "",
          },
        ),
      );
    }
  }
  return issues;
};
