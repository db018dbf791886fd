import { describe, it, expect } from "@jest/globals";
import { checkDates } from "../../../../src/core/report/checks/dates";
import { date, taskCell } from "../../../fixtures/deviations/grids";
import { brief, content, only, runCheck, withFills } from "./run-check";

const at = (code: string) => taskCell(content, code, "completedOn");

describe("checkDates", () => {
  it("finds nothing in real completion dates before the as-of date on done tasks", () => {
    expect(runCheck(checkDates, withFills({}))).toEqual([]);
  });

  it("refuses 31/02 instead of reading it as 3 March", () => {
    const f = only(runCheck(checkDates, withFills({ "2.1": { completedOn: "31/02/2022" } })), "bad-date");
    expect(f).toMatchObject({ severity: "error", cell: at("2.1"), field: "completedOn", value: "31/02/2022" });
    expect(f.params).toEqual({ field: "completedOn", value: "31/02/2022", reason: "invalid", task: "2.1" });
  });

  it("says a text that is no date is unrecognised", () => {
    const f = only(runCheck(checkDates, withFills({ "2.1": { completedOn: "quý 3" } })), "bad-date");
    expect(f.params.reason).toBe("unrecognised");
  });

  it("warns about a completion date after the as-of date, in Vietnamese date form", () => {
    const f = only(runCheck(checkDates, withFills({ "2.1": { completedOn: date("2022-12-01") } })), "date-in-future");
    expect(f).toMatchObject({ severity: "warning", cell: at("2.1"), value: "2022-12-01" });
    expect(f.params).toEqual({ value: "01/12/2022", asOf: "20/11/2022", task: "2.1" });
  });

  it("warns about a completion date on a task not reported done", () => {
    const f = runCheck(checkDates, withFills({ "1.1": { completedOn: date("2022-10-01") } }));
    expect(brief(f)).toEqual([`warning completed-on-not-done ${at("1.1")}`]);
    expect(only(f, "completed-on-not-done").params).toEqual({ value: "01/10/2022", task: "1.1" });
  });
});
