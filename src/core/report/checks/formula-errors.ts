/**
 * Formula error values (#REF!, #VALUE!, #N/A …) anywhere in the report's lines or header
 * values, including extra columns: they mean the agency's sheet lost a reference, and the
 * value the focal point needs is not there.
 */
import { cellAddress } from "../../grid";
import { HEADER_FIELDS } from "../../template/layout";
import { makeIssue, type Check } from "../context";
import type { CheckIssue } from "../model";
import { formulaErrorOf } from "../values";

export const checkFormulaErrors: Check = (input) => {
  const issues: CheckIssue[] = [];
  const { located } = input;
  for (const f of HEADER_FIELDS) {
    const h = located.header[f.key];
    const code = h ? formulaErrorOf(h.raw) : null;
    if (h && code)
      issues.push(
        makeIssue(
          input,
          "formula-error",
          "error",
          { cell: cellAddress(h.valueRow, h.valueCol), field: f.key, value: code },
          { value: code },
        ),
      );
  }
  const keyByCol = new Map(Object.values(located.columns).map((c) => [c.col, c.key]));
  for (const line of located.lines) {
    const row = located.sheet.rows[line.row] ?? [];
    row.forEach((v, col) => {
      const code = formulaErrorOf(v);
      if (!code) return;
      issues.push(
        makeIssue(
          input,
          "formula-error",
          "error",
          { cell: cellAddress(line.row, col), field: keyByCol.get(col) ?? null, value: code },
          { value: code, task: line.taskCode ?? "" },
        ),
      );
    });
  }
  return issues;
};
