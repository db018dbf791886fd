/**
 * A report of a batch's issues: counts by severity, grouped by agency and by code, and a
 * detail list capped at a limit while the totals stay true (a file with 5,000 identical
 * errors must not drown the other files' findings).
 */
import { t, isMessageKey, type Locale, type MessageKey } from "../i18n";
import type { CheckIssue, Severity } from "./model";

export interface IssueGroup {
  agency: string | null;
  code: string;
  severity: Severity;
  count: number;
}

export interface IssueSummary {
  total: number;
  bySeverity: Record<Severity, number>;
  /** one entry per (agency, code), most severe first, then by count */
  groups: IssueGroup[];
  /** the first `limit` issues, most severe first, in their original order within a severity */
  details: CheckIssue[];
  /** how many issues the detail list left out */
  omitted: number;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function summarizeIssues(issues: readonly CheckIssue[], limit = 200): IssueSummary {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const groups = new Map<string, IssueGroup>();
  for (const i of issues) {
    bySeverity[i.severity]++;
    const key = `${i.agency ?? ""}\u0000${i.code}\u0000${i.severity}`;
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { agency: i.agency, code: i.code, severity: i.severity, count: 1 });
  }
  const sortedGroups = [...groups.values()].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      b.count - a.count ||
      (a.agency ?? "").localeCompare(b.agency ?? "") ||
      a.code.localeCompare(b.code),
  );
  const ordered = issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => SEVERITY_ORDER[a.issue.severity] - SEVERITY_ORDER[b.issue.severity] || a.index - b.index)
    .map((x) => x.issue);
  const cap = Math.max(0, Math.floor(limit));
  return {
    total: issues.length,
    bySeverity,
    groups: sortedGroups,
    details: ordered.slice(0, cap),
    omitted: Math.max(0, issues.length - cap),
  };
}

/** Parameters whose values are codes with their own translations (field names, sources, reasons). */
const TRANSLATED_PARAMS = ["field", "column", "source", "reason", "rule"] as const;

function localParams(issue: CheckIssue, locale: Locale): Record<string, string | number> {
  const out: Record<string, string | number> = { ...issue.params };
  // A parameter that is already text in each language (an adapter's own message) comes as
  // `reason` (Vietnamese) and `reason_en`.
  if (locale === "en") {
    for (const [k, v] of Object.entries(issue.params)) if (k.endsWith("_en")) out[k.slice(0, -3)] = v;
  }
  for (const p of TRANSLATED_PARAMS) {
    const v = issue.params[p];
    if (typeof v !== "string") continue;
    const key = `check.${p === "column" ? "field" : p}.${v}`;
    if (isMessageKey(key)) out[p] = t(locale, key);
  }
  return out;
}

/** The message of an issue in one language; an unknown code still says something useful. */
export function formatIssue(issue: CheckIssue, locale: Locale): string {
  const key = `check.${issue.code}`;
  if (!isMessageKey(key)) return `${issue.code}${issue.value ? `: ${issue.value}` : ""}`;
  return t(locale, key as MessageKey, localParams(issue, locale));
}

/** "Báo cáo.xlsx › Báo cáo!G14" — where an issue points, for text output. */
export function formatWhere(issue: CheckIssue): string {
  const sheet = issue.sheet ? ` › ${issue.sheet}${issue.cell ? `!${issue.cell}` : ""}` : "";
  return `${issue.file}${sheet}`;
}
