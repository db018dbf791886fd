import { describe, it, expect } from "@jest/globals";
import { checkFormulaErrors } from "../../../../src/core/report/checks/formula-errors";
import type { Cell } from "../../../../src/core/grid";
import { taskCell } from "../../../fixtures/deviations/grids";
import { brief, content, headerCell, only, runCheck, withFills } from "./run-check";

const err = (code: string): Cell => ({ kind: "error", code });

describe("checkFormulaErrors", () => {
  it("finds nothing without error values", () => {
    expect(runCheck(checkFormulaErrors, withFills({}))).toEqual([]);
  });

  it("reports an error value in a line, with its task", () => {
    const f = only(runCheck(checkFormulaErrors, withFills({ "1.1": { result: err("#REF!") } })), "formula-error");
    expect(f).toMatchObject({
      severity: "error",
      cell: taskCell(content, "1.1", "result"),
      field: "result",
      value: "#REF!",
    });
    expect(f.params).toEqual({ value: "#REF!", task: "1.1" });
  });

  it("reports an error value in the header block", () => {
    const f = runCheck(checkFormulaErrors, withFills({}, { header: { documentNumber: err("#N/A") } }));
    expect(brief(f)).toEqual([`error formula-error ${headerCell("documentNumber")}`]);
    expect(only(f, "formula-error").params).toEqual({ value: "#N/A" });
  });
});
