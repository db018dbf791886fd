/** assessLine: the assessed status of a task from a report line, its deadline and the as-of date. */
import { describe, expect, test } from "@jest/globals";
import { assessLine } from "../../../src/core/report/assess";
import type { ReportLine } from "../../../src/core/report/model";
import { testTask } from "../../helpers/template-files";

const line = (over: Partial<ReportLine>): ReportLine => ({
  row: 14,
  taskCode: "2.1",
  role: "CT",
  status: null,
  completedOn: null,
  result: "",
  difficulties: "",
  proposals: "",
  notes: "",
  cells: {},
  ...over,
});

// "trước ngày 10/02/2022": D = 10/02, so 09/02 is the last on-time day by default.
const dated = testTask("2.1", {
  deadlineText: "Hoàn thành trước ngày 10 tháng 02 năm 2022",
  deadline: "2022-02-10",
  frequency: "once",
});
const byDay = testTask("2.2", { deadlineText: "chậm nhất ngày 10/02/2022", deadline: "2022-02-10", frequency: "once" });
const ongoing = testTask("1.1");

describe("assessLine", () => {
  test("no line is no report", () => {
    expect(assessLine(dated, null, "2022-11-20")).toBe("noReport");
  });
  test("done on or before the last on-time day, or after", () => {
    expect(assessLine(dated, line({ status: "done", completedOn: "2022-02-09" }), "2022-11-20")).toBe("doneOnTime");
    expect(assessLine(dated, line({ status: "done", completedOn: "2022-02-10" }), "2022-11-20")).toBe("doneLate");
    expect(
      assessLine(dated, line({ status: "done", completedOn: "2022-02-10" }), "2022-11-20", { dueDayIsLate: false }),
    ).toBe("doneOnTime");
    expect(assessLine(byDay, line({ status: "done", completedOn: "2022-02-10" }), "2022-11-20")).toBe("doneOnTime");
    expect(assessLine(byDay, line({ status: "done", completedOn: "2022-02-11" }), "2022-11-20")).toBe("doneLate");
  });
  test("not done: in time until the deadline, overdue after", () => {
    expect(assessLine(dated, line({ status: "inProgress" }), "2022-02-09")).toBe("inProgressOnTime");
    expect(assessLine(dated, line({ status: "inProgress" }), "2022-02-10")).toBe("overdue");
    expect(assessLine(dated, line({ status: "notStarted" }), "2022-03-01")).toBe("overdue");
    expect(assessLine(dated, line({ status: null }), "2022-03-01")).toBe("overdue");
  });
  test("ongoing, annual and per-regulation tasks without a date", () => {
    expect(assessLine(ongoing, line({ status: "inProgress" }), "2022-11-20")).toBe("ongoing");
    expect(
      assessLine(
        testTask("1.2", { frequency: "annual", deadlineText: "hằng năm" }),
        line({ status: "notStarted" }),
        "2022-11-20",
      ),
    ).toBe("ongoing");
    expect(assessLine(ongoing, line({ status: "done", completedOn: "2022-05-01" }), "2022-11-20")).toBe("doneOnTime");
  });
});
