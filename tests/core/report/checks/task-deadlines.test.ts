import { describe, it, expect } from "@jest/globals";
import { checkTaskDeadlines } from "../../../../src/core/report/checks/task-deadlines";
import { date, taskCell } from "../../../fixtures/deviations/grids";
import { brief, content, only, runCheck, withFills } from "./run-check";

describe("checkTaskDeadlines", () => {
  it("finds nothing when the dated task was done in time", () => {
    expect(runCheck(checkTaskDeadlines, withFills({}))).toEqual([]);
  });

  it("warns about a dated task not done by the as-of date, in the plan's own wording", () => {
    const f = only(
      runCheck(checkTaskDeadlines, withFills({ "2.1": { status: "Đang thực hiện", completedOn: null } })),
      "task-overdue",
    );
    expect(f).toMatchObject({ severity: "warning", cell: taskCell(content, "2.1", "status"), value: "2.1" });
    expect(f.params).toEqual({ task: "2.1", rule: "before", deadline: "09/02/2022", asOf: "20/11/2022" });
  });

  it("says nothing of a task still within its deadline", () => {
    const f = runCheck(checkTaskDeadlines, withFills({ "2.1": { status: "Đang thực hiện", completedOn: null } }), {
      asOf: "2022-02-01",
    });
    expect(f).toEqual([]);
  });

  it("warns about a task done after its deadline", () => {
    const f = runCheck(checkTaskDeadlines, withFills({ "2.1": { completedOn: date("2022-03-01") } }));
    expect(brief(f)).toEqual([`warning done-late ${taskCell(content, "2.1", "completedOn")}`]);
    expect(only(f, "done-late").params).toMatchObject({ completedOn: "01/03/2022", rule: "before" });
  });
});
