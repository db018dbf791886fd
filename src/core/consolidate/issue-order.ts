import { parseAddress } from "../grid";
import type { CheckIssue } from "../report/model";
import { severityRank } from "../report/findings";
import { compareCodeUnits, compareVietnamese } from "../text";

const NOWHERE = { row: -1, col: -1 };

/** Findings most severe first, then by file, then in reading order of their cells. */
export function issueOrder(a: CheckIssue, b: CheckIssue): number {
  const bySeverity = severityRank(a.severity) - severityRank(b.severity);
  if (bySeverity !== 0) return bySeverity;
  if (a.file !== b.file) {
    // one collator for every comparison (a batch of thousands of files sorts tens of thousands of findings)
    const byFile = compareVietnamese(a.file, b.file);
    if (byFile !== 0) return byFile;
  }
  const pa = parseAddress(a.cell ?? "") ?? NOWHERE;
  const pb = parseAddress(b.cell ?? "") ?? NOWHERE;
  // Finding codes are identifiers: code-unit order is enough to make ties stable.
  return pa.row - pb.row || pa.col - pb.col || compareCodeUnits(a.code, b.code);
}
