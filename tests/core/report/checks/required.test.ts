import { describe, it, expect } from "@jest/globals";
import { checkRequired } from "../../../../src/core/report/checks/required";
import { cellAddress } from "../../../../src/core/grid";
import { taskCell, taskRow } from "../../../fixtures/deviations/grids";
import { brief, columnOf, content, only, runCheck, setCell, withFills } from "./run-check";

describe("checkRequired", () => {
  it("finds nothing in a complete report", () => {
    expect(runCheck(checkRequired, withFills({}))).toEqual([]);
  });

  it("requires a status on a led task", () => {
    const f = only(runCheck(checkRequired, withFills({ "1.1": { status: null } })), "required");
    expect(f).toMatchObject({ severity: "error", cell: taskCell(content, "1.1", "status"), field: "status" });
    expect(f.params).toEqual({ task: "1.1", row: taskRow(content, "1.1") + 1, field: "status" });
  });

  it("requires a completion date on a done task and a result unless not started", () => {
    const f = runCheck(checkRequired, withFills({ "2.1": { completedOn: null, result: null } }));
    expect(brief(f)).toEqual([
      `error completed-on-required ${taskCell(content, "2.1", "completedOn")}`,
      `error result-required ${taskCell(content, "2.1", "result")}`,
    ]);
    expect(only(f, "result-required").params).toEqual({ task: "2.1", row: taskRow(content, "2.1") + 1 });
  });

  it("requires difficulties when the task has not started, saying why", () => {
    const f = only(
      runCheck(checkRequired, withFills({ "1.1": { status: "Chưa thực hiện", result: null } })),
      "difficulties-required",
    );
    expect(f.cell).toBe(taskCell(content, "1.1", "difficulties"));
    expect(f.params).toEqual({ task: "1.1", row: taskRow(content, "1.1") + 1, reason: "notStarted", deadline: "" });
  });

  it("requires difficulties on a task past its deadline and not done", () => {
    const f = only(
      runCheck(checkRequired, withFills({ "2.1": { status: "Đang thực hiện", completedOn: null } })),
      "difficulties-required",
    );
    // The parameter is the last day on time: under "trước ngày" (before), the day before the
    // task's deadline (2022-02-09 in the fixture).
    expect(f.params).toMatchObject({ task: "2.1", reason: "overdue", deadline: "08/02/2022" });
  });

  it("asks for the code of a row that reports something without one", () => {
    const row = taskRow(content, "1.1");
    const wb = setCell(withFills({}), row, columnOf("taskCode"), null);
    const f = only(runCheck(checkRequired, wb), "code-missing");
    expect(f).toMatchObject({ severity: "error", cell: cellAddress(row, columnOf("taskCode")) });
    expect(f.params).toEqual({ row: row + 1 });
  });

  it("leaves a blank coordinated row alone", () => {
    expect(runCheck(checkRequired, withFills({ "1.2": { status: null, result: null } }))).toEqual([]);
  });
});
