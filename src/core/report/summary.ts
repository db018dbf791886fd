/**
 * A report of a batch's issues: counts by severity, grouped by agency and by code, and a
 * detail list capped at a limit while the totals stay true (a file with 5,000 identical
 * errors must not drown the other files' findings).
 */
import { decorate, t, type Locale, type Params } from "../i18n";
import { interpolate } from "../i18n/define";
import { compareCodeUnits } from "../text";
import { findingMessages } from "../i18n/findings";
import type { CheckIssue } from "./model";
import { SEVERITIES, severityRank, type FieldKey, type FindingCode, type Severity } from "./findings";

export interface IssueGroup {
  agency: string | null;
  code: FindingCode;
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

export function summarizeIssues(issues: readonly CheckIssue[], limit = 200): IssueSummary {
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
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
      severityRank(a.severity) - severityRank(b.severity) ||
      b.count - a.count ||
      // ids and codes are identifiers: code-unit order (a roster's lower-case ids after upper-case ones)
      compareCodeUnits(a.agency ?? "", b.agency ?? "") ||
      compareCodeUnits(a.code, b.code),
  );
  const ordered = issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => severityRank(a.issue.severity) - severityRank(b.issue.severity) || a.index - b.index)
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

/** The name of a field in one language. */
function fieldName(locale: Locale, key: FieldKey): string {
  return t(locale, `check.field.${key}`);
}

/**
 * The parameters as text of one language: values that are codes (a field, how the agency was
 * found, why, which deadline rule) are translated; text given in each language by an adapter
 * (`reason`, `reason_en`) is picked.
 */
function localParams(issue: CheckIssue, locale: Locale): Params {
  const out: Params = { ...issue.params };
  const p = issue.params;
  if ("field" in p) out.field = fieldName(locale, p.field);
  if ("column" in p) out.column = fieldName(locale, p.column);
  if ("source" in p) out.source = t(locale, `check.source.${p.source}`);
  if ("rule" in p) out.rule = t(locale, `check.rule.${p.rule}`);
  if ("role" in p) out.role = t(locale, `check.role.${p.role}`);
  switch (issue.code) {
    case "bad-date":
    case "difficulties-required":
      out.reason = t(locale, `check.reason.${issue.params.reason}`);
      break;
    default:
      break;
  }
  // A parameter that is already text in each language comes as `name` and `name_en`.
  if (locale === "en")
    for (const [k, v] of Object.entries(p)) if (k.endsWith("_en") && typeof v === "string") out[k.slice(0, -3)] = v;
  return out;
}

/** The message of a finding in one language; an empty English text falls back to Vietnamese. */
export function formatIssue(issue: CheckIssue, locale: Locale): string {
  const text = findingMessages[locale][issue.code] || findingMessages.vi[issue.code];
  return decorate(interpolate(text, localParams(issue, locale)));
}
