import { describe, it, expect } from "@jest/globals";
import { checkNumbers } from "../../../../src/core/report/checks/numbers";
import { taskRow } from "../../../fixtures/deviations/grids";
import { cellAddress } from "../../../../src/core/grid";
import { columnOf, content, only, runCheck, setCell, withFills } from "./run-check";

describe("checkNumbers", () => {
  it("finds nothing in the STT numbers the template wrote", () => {
    expect(runCheck(checkNumbers, withFills({})).length).toBe(0);
  });

  it("warns about an STT cell that is not a number", () => {
    const row = taskRow(content, "1.1");
    const f = only(runCheck(checkNumbers, setCell(withFills({}), row, columnOf("no"), "một")), "bad-number");
    expect(f).toMatchObject({ severity: "warning", cell: cellAddress(row, columnOf("no")), field: "no", value: "một" });
    expect(f.params).toEqual({ field: "no", value: "một" });
  });
});
