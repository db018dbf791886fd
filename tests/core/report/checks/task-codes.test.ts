import { describe, it, expect } from "@jest/globals";
import { checkTaskCodes } from "../../../../src/core/report/checks/task-codes";
import { cellAddress } from "../../../../src/core/grid";
import { taskRow } from "../../../fixtures/deviations/grids";
import { columnOf, content, only, runCheck, setCell, withFills } from "./run-check";

/** The clean report with one more line below the tasks, coded `code`. */
function withExtraLine(code: string) {
  const last = Math.max(...content.rows.map((r) => taskRow(content, r.taskCode)));
  let wb = setCell(withFills({}), last + 1, columnOf("taskCode"), code);
  wb = setCell(wb, last + 1, columnOf("status"), "Đang thực hiện");
  return { wb, cell: cellAddress(last + 1, columnOf("taskCode")) };
}

describe("checkTaskCodes", () => {
  it("finds nothing when every code is the plan's, once, and assigned", () => {
    expect(runCheck(checkTaskCodes, withFills({}))).toEqual([]);
  });

  it("refuses a code that is not in the plan", () => {
    const { wb, cell } = withExtraLine("9.9");
    const f = only(runCheck(checkTaskCodes, wb), "unknown-task");
    expect(f).toMatchObject({ severity: "error", cell, value: "9.9" });
    expect(f.params).toEqual({ value: "9.9", plan: "4587/KH-UBND" });
  });

  it("refuses a second line of the same task, naming the first row", () => {
    const { wb, cell } = withExtraLine("1.1");
    const f = only(runCheck(checkTaskCodes, wb), "duplicate-task");
    expect(f.cell).toBe(cell);
    expect(f.params).toEqual({ task: "1.1", firstRow: taskRow(content, "1.1") + 1 });
  });

  it("warns about a task of the plan not assigned to the agency", () => {
    const { wb, cell } = withExtraLine("3.1");
    const f = only(runCheck(checkTaskCodes, wb), "task-not-assigned");
    expect(f).toMatchObject({ severity: "warning", cell });
    expect(f.params).toEqual({ task: "3.1", agency: "Sở Lao động - Thương binh và Xã hội" });
  });
});
