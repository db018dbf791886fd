import { describe, expect, it } from "@jest/globals";
import { matchPlan, readPlanReference } from "../../../src/core/report/plan-reference";

const PLAN = { number: "4587/KH-UBND", date: "2021-12-27" };

describe("readPlanReference", () => {
  it("reads number, folded symbol and the signing date in its written forms", () => {
    expect(readPlanReference("Kế hoạch số 4587/KH-UBND ngày 27/12/2021 của UBND tỉnh")).toEqual({
      number: "4587",
      symbol: "kh ubnd",
      date: "2021-12-27",
    });
    expect(readPlanReference("4587 / KH - UBND ngày 27 tháng 12 năm 2021")!.date).toBe("2021-12-27");
    expect(readPlanReference("Kế hoạch năm 2022 số 4587/KH-UBND")!.number).toBe("4587");
    expect(readPlanReference("4587")).toBeNull();
    expect(readPlanReference("Kế hoạch giảm nghèo")).toBeNull();
  });
});

describe("matchPlan", () => {
  it("the plan itself, however it is written", () => {
    for (const s of [
      "4587/KH-UBND",
      "Kế hoạch số 4587/KH-UBND ngày 27/12/2021",
      "4587/kh-ubnd",
      "4587 / KH-UBND",
      "4587",
    ])
      expect(matchPlan(s, PLAN)).toBe("same");
  });
  it("another plan: another number (not a number that merely contains it), or another symbol", () => {
    for (const s of ["2137/KH-UBND", "14587/KH-UBND", "4587/QĐ-UBND", "Kế hoạch giảm nghèo", "KH 14587"])
      expect(matchPlan(s, PLAN)).toBe("otherPlan");
  });
  it("another version: the same number signed on another day (numbers restart each year)", () => {
    expect(matchPlan("4587/KH-UBND ngày 20/12/2020", PLAN)).toBe("otherVersion");
  });
  it("a plan without number accepts anything", () => {
    expect(matchPlan("2137/KH-UBND", { number: null, date: null })).toBe("same");
  });
  it("stays linear on hostile text", () => {
    const t0 = performance.now();
    matchPlan("4".repeat(100_000) + "/" + "A-".repeat(100_000), PLAN);
    matchPlan("ngày 1".repeat(50_000), PLAN);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
