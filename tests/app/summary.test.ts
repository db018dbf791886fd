import { beforeAll, describe, expect, it } from "@jest/globals";
import type { WorkbookData } from "../../src/core/grid";
import type { PlanState } from "../../src/app/plan-state";
import { buildSummaryStep } from "../../src/app/summary";
import { runChecks } from "../../src/app/check";
import { templateAgencies } from "../../src/app/templates";
import { summarySheetNames } from "../../src/core/consolidate/build";
import { AS_OF, PERIOD, kontumState, returns, workbookWithImports } from "./fixture";

describe("buildSummaryStep (step 5)", () => {
  let state: PlanState;
  let files: Map<string, WorkbookData>;
  beforeAll(async () => {
    state = kontumState();
    files = await returns(state, [
      { agencyId: "SKHDT", fill: { reportDate: "2022-11-12", status: "done" } },
      { agencyId: "STC", fill: { reportDate: "2022-11-14", status: "done" } },
    ]);
  });

  it("writes every summary sheet, counts the returns, and the reminders match step 6", async () => {
    const { excel, port } = await workbookWithImports(state, files);
    const out = await buildSummaryStep(port, state, AS_OF, PERIOD);
    expect(out.sheetNames).toEqual(summarySheetNames());
    for (const n of out.sheetNames) expect(excel.findSheet(n)).toBeDefined();
    expect(out.submitted).toBe(2);
    expect(out.expected).toBe(templateAgencies(state).length);
    // the two that reported and the focal point (it is not reminded to report to itself) are not chased
    expect(out.reminders).toHaveLength(out.expected - 3);
  });

  it("after a check with the same settings, writes the same Kết quả kiểm tra again", async () => {
    const { excel, port } = await workbookWithImports(state, files);
    await runChecks(port, state, AS_OF, PERIOD);
    const issues = () => excel.snapshot().find((s) => s.name === "Kết quả kiểm tra")!;
    const afterCheck = issues();
    await buildSummaryStep(port, state, AS_OF, PERIOD);
    expect(issues().values).toEqual(afterCheck.values);
    expect(issues().hyperlinks).toEqual(afterCheck.hyperlinks);
  });
});
