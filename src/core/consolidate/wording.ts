/** Texts every summary sheet shares: the Vietnamese wording, the subtitle, names that stand in. */
import { t, type MessageKey, type Params } from "../i18n";
import { formatIssue } from "../report/summary";
import type { AssessedStatus, CheckIssue } from "../report/model";
import { formatDateVi } from "../dates";
import type { Analysis } from "./analyse";

/** The summary workbook is written in Vietnamese, the language of the documents it feeds. */
export const tv = (key: MessageKey, params?: Params): string => t("vi", key, params);

export function planNumber(a: Analysis): string {
  return a.input.plan.meta.number ?? "";
}

export function subtitle(a: Analysis): string {
  return tv("summary.subtitle", { plan: planNumber(a), period: a.input.period, asOf: formatDateVi(a.input.asOf) });
}

/** The focal point (đơn vị đầu mối) by name, or a generic name when the plan names none. */
export function focalName(a: Analysis): string {
  return a.focalName ?? tv("summary.focalDefault");
}

/** The checks' own wording of a finding (core/report/summary.ts), in Vietnamese. */
export function issueMessage(issue: CheckIssue): string {
  return formatIssue(issue, "vi");
}

export function assessedLabel(s: AssessedStatus): string {
  return tv(`summary.assessed.${s}`);
}
