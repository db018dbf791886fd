/**
 * Values chosen from a list (Tình trạng). Variants of case, tone marks, spacing and the usual
 * abbreviations ("Đã HT", "hoàn thành", "Đang TH") are read and said (info); anything else
 * is not in the list (error), never guessed.
 */
import { STATUS_LABELS } from "../../template/layout";
import { makeIssue, type Check } from "../context";
import type { CheckIssue } from "../model";
import { cellText, formulaErrorOf, isBlank, readStatus, shortValue } from "../values";
import { lineCell } from "./util";

const ALLOWED = Object.values(STATUS_LABELS).join(", ");

export const checkListValues: Check = (input) => {
  const issues: CheckIssue[] = [];
  for (const line of input.located.lines) {
    const raw = line.cells.status;
    // Empty cells are the required check's; error values the formula check's.
    if (isBlank(raw) || formulaErrorOf(raw) !== null) continue;
    const cell = lineCell(input, line, "status");
    const text = shortValue(cellText(raw));
    const r = readStatus(raw);
    if (!r.ok) {
      issues.push(
        makeIssue(
          input,
          "not-in-list",
          "error",
          { cell, field: "status", value: text },
          { field: "status", value: text, allowed: ALLOWED, task: line.taskCode ?? "" },
        ),
      );
    } else if (!r.exact) {
      issues.push(
        makeIssue(
          input,
          "value-normalised",
          "info",
          { cell, field: "status", value: text },
          { value: text, normalised: STATUS_LABELS[r.value] },
        ),
      );
    }
  }
  return issues;
};
