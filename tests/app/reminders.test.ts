import { beforeAll, describe, expect, it } from "@jest/globals";
import type { WorkbookData } from "../../src/core/grid";
import type { PlanState } from "../../src/app/plan-state";
import { importFiles } from "../../src/app/import-files";
import { remindersStep } from "../../src/app/reminders";
import { templateAgencies } from "../../src/app/templates";
import { summarySheetNames } from "../../src/core/consolidate/build";
import {
  AS_OF,
  NOW,
  PERIOD,
  codecsFor,
  incoming,
  kontumState,
  returns,
  workbook,
  workbookWithImports,
} from "./fixture";

describe("remindersStep (step 6)", () => {
  let state: PlanState;
  let files: Map<string, WorkbookData>;
  beforeAll(async () => {
    state = kontumState();
    files = await returns(state, [{ agencyId: "STC", fill: { reportDate: "2022-11-14", status: "done" } }]);
  });

  it("writes the reminder sheet alone and lists every agency still owing a report", async () => {
    const { excel, port } = await workbookWithImports(state, files);
    const list = await remindersStep(port, state, AS_OF, PERIOD);
    expect(summarySheetNames().filter((n) => excel.findSheet(n))).toEqual(["Nhắc nhở"]);
    // every agency that must report, but the one that sent and the focal point (it collects them)
    const expected = templateAgencies(state).length - 1;
    expect(list).toHaveLength(expected - 1);
    expect(list.some((r) => r.agencyName === state.rosterIndex.byId("STC")!.name)).toBe(false);
    expect(list.some((r) => r.agencyName === state.rosterIndex.byId("SKHDT")!.name)).toBe(true);
    for (const r of list) {
      expect(r.mailto.startsWith("mailto:")).toBe(true);
      expect(r.mailto.length).toBeLessThanOrEqual(2000);
      expect(r.reasons.length).toBeGreaterThan(0);
      expect(r.body.length).toBeGreaterThan(0);
    }
  });

  it("works before any import: every agency but the focal point is reminded", async () => {
    const { port } = workbook();
    const list = await remindersStep(port, state, AS_OF, PERIOD);
    expect(list).toHaveLength(templateAgencies(state).length - 1);
  });

  it("never asks the focal point to report to itself", async () => {
    const { port } = workbook();
    const list = await remindersStep(port, state, AS_OF, PERIOD);
    const focal = state.rosterIndex.agenciesFor(state.plan.focalPoint!);
    expect(focal.length).toBeGreaterThan(0);
    for (const f of focal) expect(list.some((r) => r.agencyName === f.name)).toBe(false);
  });

  it("names the file as sent and the day it was received, never the workbook's sheet key", async () => {
    const skip = await returns(state, [
      { agencyId: "SKHDT", fill: { reportDate: "2022-11-12", status: "skip" }, name: "BC KHĐT.xlsx" },
    ]);
    const { port } = workbook();
    await importFiles(port, state, [incoming("BC KHĐT.xlsx", "2022-11-13")], codecsFor(skip), NOW);
    const list = await remindersStep(port, state, AS_OF, PERIOD);
    const kh = list.find((r) => r.agencyName === state.rosterIndex.byId("SKHDT")!.name)!;
    expect(kh.body).toContain("BC KHĐT.xlsx, nhận ngày 13/11/2022");
    expect(kh.body).not.toMatch(/\[NB|Kết quả kiểm tra/);
    expect(decodeURIComponent(kh.mailto)).not.toMatch(/\[NB/);
  });

  it("gives the reasons in the pane's language", async () => {
    const { port } = workbook();
    const en = await remindersStep(port, state, AS_OF, PERIOD, {}, "en");
    expect(en[0]!.reasons).toEqual(["No report sent"]);
    const vi = await remindersStep(port, state, AS_OF, PERIOD);
    expect(vi[0]!.reasons).toEqual(["Chưa gửi báo cáo"]);
  });
});
