import { describe, it, expect } from "@jest/globals";
import { checkTimeliness } from "../../../../src/core/report/checks/timeliness";
import { date } from "../../../fixtures/deviations/grids";
import { headerCell, only, runCheck, withFills } from "./run-check";

describe("checkTimeliness", () => {
  it("finds nothing in a report received before the due day", () => {
    expect(runCheck(checkTimeliness, withFills({}), {}, "2022-11-14")).toEqual([]);
  });

  it("counts the due day of a 'trước ngày' deadline as late, saying by how many days", () => {
    const f = only(runCheck(checkTimeliness, withFills({}), {}, "2022-11-15"), "late-submission");
    expect(f).toMatchObject({ severity: "warning", cell: null, field: "receivedOn", value: "2022-11-15" });
    expect(f.params).toEqual({ received: "15/11/2022", due: "15/11/2022", rule: "before", days: 1 });
  });

  it("takes the due day as on time when the setting says so", () => {
    expect(runCheck(checkTimeliness, withFills({}), { settings: { dueDayIsLate: false } }, "2022-11-15")).toEqual([]);
  });

  it("points at the report date when that is what lateness was judged on", () => {
    const f = only(
      runCheck(checkTimeliness, withFills({}, { header: { reportDate: date("2022-11-20") } })),
      "late-submission",
    );
    expect(f.cell).toBe(headerCell("reportDate"));
    expect(f.params.days).toBe(6);
  });
});
