/**
 * Step 4 as a triage desk: what is still to fix, first. Each agency's report counts once, by its
 * latest version; the versions it replaced fold under it, with what changed between the two
 * ("bản mới 24/11 thay bản 11/11: 3 lỗi → 0"). Agencies with errors come first; within an
 * agency every error is listed (never capped: a clerk's fourth error is as real as its first),
 * while warnings and notes are grouped by code with a count, because a pattern repeated on
 * 40 rows is one thing to read. Pure data: the pane renders it, tests read it.
 */
import type { Severity } from "../core/report/findings";
import type { AgencyIssues, IssueView } from "./check";
import { compareCodeUnits, compareVietnamese } from "../core/text";

export interface FindingCounts {
  errors: number;
  warnings: number;
  notes: number;
  /** assigned tasks the report leaves out (task-missing), whatever their severity */
  missing: number;
}

/** Findings of one code and severity, in the order the checks listed them. */
export interface FindingGroup {
  code: IssueView["issue"]["code"];
  severity: Severity;
  items: IssueView[];
}

/** What changed between the version before and the latest one of an agency's report. */
export interface VersionChange {
  /** received dates, ISO; null when the log has none */
  before: string | null;
  after: string | null;
  errorsBefore: number;
  errorsAfter: number;
}

export interface AgencyEntry {
  /** stable key: the version key, else the import sheet or file */
  key: string;
  agencyName: string;
  latest: AgencyIssues;
  counts: FindingCounts;
  /** the versions the latest replaced, newest first, each with its own counts */
  older: { version: AgencyIssues; counts: FindingCounts }[];
  change: VersionChange | null;
}

export interface Triage {
  entries: AgencyEntry[];
  /** over the latest versions only: the headline */
  totals: FindingCounts & { files: number; replaced: number };
}

/**
 * Findings the pane does not list: how the agency was recognised is provenance for the sheet of
 * findings, not something to act on, and would add a note to every file.
 */
const QUIET = new Set<IssueView["issue"]["code"]>(["identified-by"]);

export function countFindings(issues: readonly IssueView[]): FindingCounts {
  const c: FindingCounts = { errors: 0, warnings: 0, notes: 0, missing: 0 };
  for (const { issue } of issues) {
    if (QUIET.has(issue.code)) continue;
    if (issue.severity === "error") c.errors++;
    else if (issue.severity === "warning") c.warnings++;
    else c.notes++;
    if (issue.code === "task-missing") c.missing++;
  }
  return c;
}

/** Errors first, then agencies with warnings, then the clean ones; by name within each. */
function tier(c: FindingCounts): number {
  return c.errors > 0 ? 0 : c.warnings > 0 ? 1 : 2;
}

/** Newest first: received date, then the order of import (later imported = newer). */
function newestFirst(a: { g: AgencyIssues; i: number }, b: { g: AgencyIssues; i: number }): number {
  const ra = a.g.receivedOn ?? "";
  const rb = b.g.receivedOn ?? "";
  if (ra !== rb) return ra < rb ? 1 : -1;
  return b.i - a.i;
}

export function triage(groups: readonly AgencyIssues[]): Triage {
  const byKey = new Map<string, { g: AgencyIssues; i: number }[]>();
  groups.forEach((g, i) => {
    const key = g.versionKey ?? `file\u0000${g.sheet ?? g.file}\u0000${i}`;
    const list = byKey.get(key) ?? [];
    list.push({ g, i });
    byKey.set(key, list);
  });
  const entries: AgencyEntry[] = [];
  let replaced = 0;
  for (const [key, list] of byKey) {
    // The check already chose the latest (received date, report date, order); keep its choice.
    const latest = list.find((x) => !x.g.superseded) ?? [...list].sort(newestFirst)[0]!;
    const older = list
      .filter((x) => x !== latest)
      .sort(newestFirst)
      .map((x) => ({ version: x.g, counts: countFindings(x.g.issues) }));
    replaced += older.length;
    const counts = countFindings(latest.g.issues);
    const prev = older[0];
    entries.push({
      key,
      agencyName: latest.g.agencyName,
      latest: latest.g,
      counts,
      older,
      change: prev
        ? {
            before: prev.version.receivedOn,
            after: latest.g.receivedOn,
            errorsBefore: prev.counts.errors,
            errorsAfter: counts.errors,
          }
        : null,
    });
  }
  entries.sort(
    (a, b) =>
      tier(a.counts) - tier(b.counts) ||
      compareVietnamese(a.agencyName, b.agencyName) ||
      compareCodeUnits(a.key, b.key),
  );
  const totals = { errors: 0, warnings: 0, notes: 0, missing: 0, files: entries.length, replaced };
  for (const e of entries) {
    totals.errors += e.counts.errors;
    totals.warnings += e.counts.warnings;
    totals.notes += e.counts.notes;
    totals.missing += e.counts.missing;
  }
  return { entries, totals };
}

/**
 * A list of findings as the pane shows it: every error, one by one, in the checks' order; then
 * warnings and notes grouped by code (most severe first, then in order of first appearance).
 */
export function errorsFirst(issues: readonly IssueView[]): { errors: IssueView[]; groups: FindingGroup[] } {
  const errors: IssueView[] = [];
  const groups = new Map<string, FindingGroup>();
  for (const v of issues) {
    if (QUIET.has(v.issue.code)) continue;
    if (v.issue.severity === "error") {
      errors.push(v);
      continue;
    }
    const key = `${v.issue.severity}\u0000${v.issue.code}`;
    const g = groups.get(key);
    if (g) g.items.push(v);
    else groups.set(key, { code: v.issue.code, severity: v.issue.severity, items: [v] });
  }
  const ordered = [...groups.values()].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === "warning" ? -1 : 1,
  );
  return { errors, groups: ordered };
}
