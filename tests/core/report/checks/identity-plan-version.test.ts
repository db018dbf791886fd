import { describe, expect, it } from "@jest/globals";
import { checkWorkbook } from "../../../../src/core/report/pipeline";
import { formatIssue } from "../../../../src/core/report/summary";
import { CLEAN_FILLS, contentFor, filledGrid, standardContext } from "../../../fixtures/deviations/grids";

const planIssues = (plan: string, meta = false) =>
  checkWorkbook(
    { wb: filledGrid(contentFor(), CLEAN_FILLS, { meta, header: { plan } }) },
    standardContext(),
  ).issues.filter((i) => i.code.startsWith("wrong-plan"));

describe("the plan a file names", () => {
  it("the same number signed on another day is another plan version, at the header's plan cell", () => {
    const [i, ...rest] = planIssues("Kế hoạch số 4587/KH-UBND ngày 20/12/2020");
    expect(rest).toEqual([]);
    expect([i!.code, i!.severity, i!.cell]).toEqual(["wrong-plan-version", "error", "C5"]);
    expect(formatIssue(i!, "vi")).toContain("Kế hoạch 4587/KH-UBND ngày 27/12/2021: tệp không được tổng hợp");
  });
  it("the plan written in full, with its own date, is no finding", () => {
    expect(planIssues("Kế hoạch số 4587/KH-UBND ngày 27/12/2021 của UBND tỉnh Kon Tum")).toEqual([]);
  });
  it("the metadata decides: this plan's template with its plan cell overwritten is still this plan's report", () => {
    expect(planIssues("2137/KH-UBND", true)).toEqual([]);
  });
});
