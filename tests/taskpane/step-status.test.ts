import { describe, expect, it } from "@jest/globals";
import { resultOf } from "../../src/taskpane/components/use-plan-step";
import { localTime, resultText, staleReasons } from "../../src/taskpane/components/step-status";
import { stepStates } from "../../src/taskpane/pane-shell";
import { translator } from "../../src/taskpane/messages";
import { planFingerprint, type StepInputs, type StepRecord } from "../../src/app/step-state";
import type { ImportRecord } from "../../src/app/import-log";
import { kontumState } from "../app/fixture";

const tr = translator("vi");
const en = translator("en");

describe("a step's result as counts, and in words", () => {
  it("reads the counts of each step's outcome, and leaves out what an outcome lacks", () => {
    expect(resultOf("check", { checked: [{}, {}], errors: 3, warnings: 4 })).toEqual({
      files: 2,
      errors: 3,
      warnings: 4,
    });
    expect(
      resultOf("summary", {
        submitted: 2,
        expected: 30,
        sheetNames: ["a", "b"],
        counts: { onTime: 1, late: 1, missing: 28, notYetDue: 0, withErrors: 1, errors: 9 },
        taskCounts: { doneOnTime: 3, doneLate: 2, inProgressOnTime: 4, overdue: 5, ongoing: 1, noReport: 12 },
      }),
    ).toEqual({
      reported: 2,
      mustReport: 30,
      sheets: 2,
      onTime: 1,
      late: 1,
      missing: 28,
      notYetDue: 0,
      withErrors: 1,
      tasksDone: 5,
      tasksOverdue: 5,
    });
    expect(resultOf("remind", [{}, {}, {}])).toEqual({ count: 3 });
    expect(resultOf("check", { errors: "3" })).toEqual({});
    // a replaced version is not one of the reports counted
    const groups = [{ superseded: true }, { superseded: false }, { superseded: false }];
    expect(resultOf("check", { checked: [{}, {}, {}], groups, errors: 1, warnings: 0 })).toEqual({
      files: 2,
      errors: 1,
      warnings: 0,
    });
    expect(resultOf("remind", null)).toEqual({});
  });

  it("words a result in the pane's language, or not at all when a count is missing", () => {
    expect(resultText("check", { files: 2, errors: 3, warnings: 4 }, tr)).toBe(
      "bản mới nhất của 2 báo cáo: 3 lỗi, 4 cảnh báo",
    );
    expect(resultText("check", { files: 1, errors: 1, warnings: 0 }, en)).toBe(
      "latest of 1 report: 1 error, 0 warnings",
    );
    expect(resultText("summary", { reported: 2, mustReport: 30 }, en)).toBe("2/30 agencies have reported");
    expect(resultText("check", { files: 2 }, tr)).toBeNull();
  });

  it("shows moments in Vietnam's time: the log's wall-clock time as written, an instant moved to UTC+7", () => {
    expect(localTime("2022-11-20 15:04:05")).toBe("15:04 20/11/2022");
    expect(localTime("2022-11-20T20:07:00.000Z")).toBe("03:07 21/11/2022");
    expect(localTime("not a time")).toBe("not a time");
  });

  it("says why a step is stale", () => {
    const was: StepInputs = { plan: "p", imports: "none", asOf: "2022-11-20", period: "2022" };
    const text = staleReasons(
      { kind: "stale", ranAt: "2022-11-20T03:00:00.000Z", result: {}, changed: ["imports", "asOf"], was },
      { asOf: "2022-11-27", period: "2022" },
      tr,
    );
    expect(text).toBe("báo cáo nhập vào sổ đã thay đổi; ngày đánh giá đổi từ 20/11/2022 sang 27/11/2022");
  });
});

describe("every step's state for the pane", () => {
  const state = kontumState();
  const log: ImportRecord[] = [
    {
      sheet: "NB01 Sở KH&ĐT",
      file: "a.xlsx",
      originalSheet: "Báo cáo",
      receivedOn: "",
      sha256: "1",
      importedAt: "2022-11-20T02:00:00.000Z",
      meta: {},
    },
  ];

  it("before step 1: nothing but what the import log says", () => {
    const inputs: StepInputs = { plan: null, imports: "none", asOf: "2022-11-20", period: "2022" };
    const states = stepStates({ sheetNames: [], imports: [], steps: [] }, inputs, null);
    expect([...states.values()].every((s) => s.kind === "todo")).toBe(true);
  });

  it("the plan from the plan, the import from the log, the others from their records", () => {
    const inputs: StepInputs = { plan: planFingerprint(state), imports: "x", asOf: "2022-11-20", period: "2022" };
    const check: StepRecord = { step: "check", ranAt: "2022-11-20T03:00:00.000Z", inputs, result: { files: 1 } };
    const summary: StepRecord = { ...check, step: "summary", inputs: { ...inputs, imports: "older" } };
    const states = stepStates({ sheetNames: ["NB01 Sở KH&ĐT"], imports: log, steps: [check, summary] }, inputs, state);
    expect(states.get("plan")).toMatchObject({ kind: "fresh", result: { tasks: state.plan.tasks.length } });
    expect(states.get("import")).toMatchObject({
      kind: "fresh",
      ranAt: "2022-11-20T02:00:00.000Z",
      result: { files: 1 },
    });
    expect(states.get("check")?.kind).toBe("fresh");
    expect(states.get("summary")).toMatchObject({ kind: "stale", changed: ["imports"] });
    expect(states.get("remind")?.kind).toBe("todo");
  });
});
