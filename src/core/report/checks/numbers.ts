/** Numbers: the STT column, the only numeric column of the template, read the Vietnamese way. */
import { makeIssue, type Check } from "../context";
import type { CheckIssue } from "../model";
import { formulaErrorOf, readNumber, shortValue } from "../values";
import { lineCell } from "./util";

export const checkNumbers: Check = (input) => {
  const issues: CheckIssue[] = [];
  for (const line of input.located.lines) {
    const raw = line.cells.no;
    if (formulaErrorOf(raw) !== null) continue;
    const n = readNumber(raw);
    if (n.kind !== "bad") continue;
    const text = shortValue(n.text);
    issues.push(
      makeIssue(
        input,
        "bad-number",
        "warning",
        { cell: lineCell(input, line, "no"), field: "no", value: text },
        { field: "no", value: text },
      ),
    );
  }
  return issues;
};
