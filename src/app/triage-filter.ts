/**
 * The filter and the search box of step 4. The search matches an agency, a file, a cell or the
 * words of a finding, the way officials type: without tone marks, in any case ("so y te c12"
 * finds "Sở Y tế" … "C12"). Every word typed must be found, in the agency's name and file or in
 * the finding. Texts are folded once per result and language, not at every key press.
 */
import { foldKey } from "../core/text";
import type { CheckIssue } from "../core/report/model";
import type { IssueView } from "./check";
import type { AgencyEntry, Triage } from "./triage";

/** Lỗi / Cảnh báo / Thiếu nhiệm vụ, or everything. */
export type FindingFilter = "all" | "errors" | "warnings" | "missing";

export interface TriageQuery {
  kind: FindingFilter;
  /** an entry's key (theo đơn vị), or null for every agency */
  agency: string | null;
  text: string;
}

export const NO_QUERY: TriageQuery = { kind: "all", agency: null, text: "" };

export interface SearchIndex {
  /** per entry: its folded name, file and sheet */
  entry: Map<AgencyEntry, string>;
  /** per finding: its folded cell, sheet, value and message */
  finding: Map<IssueView, string>;
}

export function searchIndex(t: Triage, describe: (issue: CheckIssue) => string): SearchIndex {
  const entry = new Map<AgencyEntry, string>();
  const finding = new Map<IssueView, string>();
  for (const e of t.entries) {
    entry.set(e, foldKey([e.agencyName, e.latest.file, e.latest.sheet ?? ""].join(" ")));
    for (const v of e.latest.issues) {
      const i = v.issue;
      finding.set(v, foldKey([i.cell ?? "", v.target?.sheet ?? "", i.value ?? "", describe(i)].join(" ")));
    }
  }
  return { entry, finding };
}

export interface ShownEntry {
  entry: AgencyEntry;
  /** the latest version's findings that pass the filter and the search */
  issues: IssueView[];
}

function passesKind(v: IssueView, kind: FindingFilter): boolean {
  switch (kind) {
    case "all":
      return true;
    case "errors":
      return v.issue.severity === "error";
    case "warnings":
      return v.issue.severity === "warning";
    case "missing":
      return v.issue.code === "task-missing";
  }
}

/** Whole words as typed, folded: each must appear in the text (as the start of a word or inside it). */
function words(text: string): string[] {
  const f = foldKey(text);
  return f ? f.split(" ") : [];
}

/** `index` is needed only when words are typed: folding every finding's text is the costly part (0.5 s for 12,000). */
export function applyQuery(t: Triage, index: SearchIndex | null, q: TriageQuery): ShownEntry[] {
  const wanted = index ? words(q.text) : [];
  const filtering = q.kind !== "all" || wanted.length > 0;
  const out: ShownEntry[] = [];
  for (const e of t.entries) {
    if (q.agency !== null && e.key !== q.agency) continue;
    const name = index?.entry.get(e) ?? "";
    // Words found in the agency's name or file need not be found again in each finding.
    const rest = wanted.filter((w) => !name.includes(w));
    const issues = e.latest.issues.filter(
      (v) => passesKind(v, q.kind) && rest.every((w) => (index?.finding.get(v) ?? "").includes(w)),
    );
    // Unfiltered, every agency shows (a clean one too); filtered, only those with something to show.
    if (!filtering || issues.length > 0 || (q.kind === "all" && rest.length === 0)) out.push({ entry: e, issues });
  }
  return out;
}
