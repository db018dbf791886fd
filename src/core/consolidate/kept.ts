/**
 * What a consolidation of many files keeps of each one once it is checked: the findings, and of
 * the lines their values with only the cells the summary points at (sheets/detail.ts
 * `detailCells`: the line's own cell and the cells of the texts it shows), not the five to ten
 * the reader located. Text that repeats from file to file (cell addresses, sheet names, task
 * codes, dates) is kept once for the batch. Measured at 2,800 generated returns, the cell
 * references alone were 13 of the 52 MiB kept; the summary made from what is kept here is the
 * one made from the whole results (tests/cli/commands/consolidate-files.test.ts).
 */
import type { ColumnKey } from "../template/layout";
import type { CellRef, CheckIssue, ReportLine } from "../report/model";
import type { CheckedSubmission } from "../report/pipeline";
import { detailCells } from "./sheets/detail";

/** A keeper for one batch: strings met again in later files are shared with the first. */
export function summaryKeeper(): (checked: CheckedSubmission) => CheckedSubmission {
  const known = new Map<string, string>();
  const once = (s: string): string => {
    const seen = known.get(s);
    if (seen !== undefined) return seen;
    known.set(s, s);
    return s;
  };
  const onceOrNull = (s: string | null): string | null => (s === null ? null : once(s));

  return (c) => {
    const ref = (r: CellRef): CellRef => ({
      file: r.file === c.file ? c.file : r.file,
      sheet: once(r.sheet),
      cell: once(r.cell),
    });
    const line = (l: ReportLine): ReportLine => {
      const cells: ReportLine["cells"] = {};
      for (const [key, r] of Object.entries(detailCells(l)) as [ColumnKey, CellRef][]) cells[key] = ref(r);
      return { ...l, taskCode: onceOrNull(l.taskCode), completedOn: onceOrNull(l.completedOn), cells };
    };
    const issue = (i: CheckIssue): CheckIssue => ({ ...i, sheet: onceOrNull(i.sheet), cell: onceOrNull(i.cell) });
    const issues = c.issues.map(issue);
    const s = c.submission;
    if (!s) return { ...c, issues };
    // The header block and its cells are read by no summary sheet.
    return { ...c, issues, submission: { ...s, sheet: once(s.sheet), header: {}, lines: s.lines.map(line) } };
  };
}
