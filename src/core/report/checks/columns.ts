/**
 * The table's columns: missing ones (errors for the columns the checks and the summary
 * cannot do without), extra ones (their content is not consolidated), duplicates (only the
 * first is read), and labels recognised only as near spellings (said, so a wrong guess shows).
 */
import { cellAddress } from "../../grid";
import { TABLE_COLUMNS, type ColumnKey } from "../../template/layout";
import { makeIssue, type Check } from "../context";
import { shortValue } from "../values";
import type { CheckIssue } from "../model";

/** Columns whose absence loses what the agency must report; the rest are prefilled or optional. */
const MUST_HAVE: readonly ColumnKey[] = ["taskCode", "status", "completedOn", "result", "difficulties"];

export const checkColumns: Check = (input) => {
  const issues: CheckIssue[] = [];
  const { located } = input;
  const row = located.headerRow;
  for (const c of TABLE_COLUMNS) {
    const found = located.columns[c.key];
    if (!found) {
      issues.push(
        makeIssue(
          input,
          "column-missing",
          MUST_HAVE.includes(c.key) ? "error" : "warning",
          { field: c.key },
          { column: c.key },
        ),
      );
    } else if (found.fuzzy) {
      issues.push(
        makeIssue(
          input,
          "column-fuzzy",
          "info",
          { cell: cellAddress(found.row ?? row, found.col), field: c.key, value: shortValue(found.label) },
          { column: c.key, value: shortValue(found.label) },
        ),
      );
    }
  }
  for (const e of located.extraColumns) {
    issues.push(
      makeIssue(
        input,
        "column-extra",
        "info",
        { cell: cellAddress(row, e.col), value: shortValue(e.label) },
        { value: shortValue(e.label) },
      ),
    );
  }
  for (const d of located.duplicateColumns) {
    const first = located.columns[d.key]!;
    issues.push(
      makeIssue(
        input,
        "column-duplicate",
        "warning",
        { cell: cellAddress(row, d.col), field: d.key, value: shortValue(d.label) },
        { column: d.key, first: cellAddress(row, first.col) },
      ),
    );
  }
  const skipped = located.skippedRows ?? [];
  if (skipped.length > 0) {
    // One note, not one per row: below the table this is usually the signature block.
    const shown =
      skipped
        .slice(0, 10)
        .map((r) => r + 1)
        .join(", ") + (skipped.length > 10 ? ", …" : "");
    issues.push(
      makeIssue(
        input,
        "rows-skipped",
        "info",
        { cell: cellAddress(skipped[0]!, located.columns.taskContent?.col ?? located.columns.taskCode?.col ?? 0) },
        { rows: shown, count: skipped.length },
      ),
    );
  }
  if (located.otherReportSheets.length > 0) {
    issues.push(
      makeIssue(
        input,
        "other-report-sheets",
        "warning",
        { cell: null },
        { sheets: located.otherReportSheets.join(", "), sheet: located.sheet.name },
      ),
    );
  }
  return issues;
};
