import { parseAddress } from "../grid";
import type { CheckIssue } from "../report/model";
import { severityRank } from "../report/findings";

/** Findings most severe first, then by file, then in reading order of their cells. */
export function issueOrder(a: CheckIssue, b: CheckIssue): number {
  const pos = (i: CheckIssue) => parseAddress(i.cell ?? "") ?? { row: -1, col: -1 };
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    a.file.localeCompare(b.file) ||
    pos(a).row - pos(b).row ||
    pos(a).col - pos(b).col ||
    a.code.localeCompare(b.code)
  );
}
