import { describe, expect, it } from "@jest/globals";
import { checkPeriod, filePeriods, planYears, proposePeriod } from "../../src/app/period";
import type { ImportRecord } from "../../src/app/import-log";
import { kontumState } from "./fixture";

const rec = (file: string, period?: string): ImportRecord => ({
  sheet: `NB ${file}`,
  file,
  originalSheet: "Báo cáo",
  receivedOn: "",
  sha256: file,
  importedAt: "2022-11-20T03:00:00.000Z",
  meta: period ? { period } : {},
});

describe("the reporting period: proposed from the files and the plan, checked as typed", () => {
  const plan = kontumState().plan;

  it("reads the plan's years from its deadlines", () => {
    const years = planYears(plan);
    expect(years).not.toBeNull();
    expect(years!.from).toBeGreaterThanOrEqual(2021);
    expect(years!.to).toBeLessThanOrEqual(2030);
    expect(years!.from).toBeLessThanOrEqual(years!.to);
  });

  it("counts what the files declare (metadata, else the file name), most first", () => {
    const recorded = { ...rec("d.xlsx"), period: "2021" }; // the period the import read from the file
    const records = [
      rec("a.xlsx", "2022"),
      rec("b.xlsx", "Năm 2022"),
      rec("bao-cao-2021.xlsx"),
      rec("c.xlsx"),
      recorded,
    ];
    expect(filePeriods(records)).toEqual([
      { period: "2022", count: 2 },
      { period: "2021", count: 2 },
    ]);
  });

  it("proposes the files' period over the current year, and nothing once it is chosen", () => {
    const records = [rec("a.xlsx", "2022"), rec("b.xlsx", "2022")];
    expect(proposePeriod({ current: "2026", records, plan, today: "2026-11-30" })).toEqual({
      value: "2022",
      from: "files",
      count: 2,
      total: 2,
    });
    expect(proposePeriod({ current: "2022", records, plan, today: "2026-11-30" })).toBeNull();
  });

  it("with no files, proposes the plan's year nearest to today, only while the field is empty", () => {
    const years = planYears(plan)!;
    const late = proposePeriod({ current: "", records: [], plan, today: "2099-01-01" });
    expect(late).toEqual({ value: String(years.to), from: "plan", years });
    const early = proposePeriod({ current: "", records: [], plan, today: "2001-01-01" });
    expect(early?.value).toBe(String(years.from));
    expect(proposePeriod({ current: "2023", records: [], plan, today: "2099-01-01" })).toBeNull();
    expect(proposePeriod({ current: "", records: [], plan: null, today: "2099-01-01" })).toBeNull();
  });

  it("accepts a year (or “Năm 2022”), refuses anything else, and says when the year is outside the plan", () => {
    expect(checkPeriod("2022", plan)).toMatchObject({ ok: true, value: "2022" });
    expect(checkPeriod(" Năm 2022 ", plan)).toMatchObject({ ok: true, value: "2022" });
    expect(checkPeriod("", plan)).toEqual({ ok: false, reason: "empty" });
    for (const bad of ["22", "2022-2023", "abc", "=1+1", "1999", "6 tháng 2022"])
      expect(checkPeriod(bad, plan)).toEqual({ ok: false, reason: "notYear" });
    const years = planYears(plan)!;
    expect(checkPeriod(String(years.to + 1), plan)).toMatchObject({ ok: true, outside: years });
    expect(checkPeriod(String(years.to), plan)).toMatchObject({ ok: true, outside: null });
    expect(checkPeriod("2040", null)).toMatchObject({ ok: true, outside: null });
  });
});
