import { beforeAll, describe, expect, it } from "@jest/globals";
import type { WorkbookData } from "../../src/core/grid";
import type { PlanState } from "../../src/app/plan-state";
import { importFiles } from "../../src/app/import-files";
import { remindersStep } from "../../src/app/reminders";
import { templateAgencies } from "../../src/app/templates";
import { summarySheetNames } from "../../src/core/consolidate/build";
import { AS_OF, NOW, PERIOD, codecsFor, incoming, kontumState, returns, workbook } from "./fixture";

describe("remindersStep (step 6)", () => {
  let state: PlanState;
  let files: Map<string, WorkbookData>;
  beforeAll(async () => {
    state = kontumState();
    files = await returns(state, [{ agencyId: "STC", fill: { reportDate: "2022-11-14", status: "done" } }]);
  });

  it("writes the reminder sheet alone and lists every agency still owing a report", async () => {
    const { excel, port } = workbook();
    await importFiles(
      port,
      state,
      [...files.keys()].map((n) => incoming(n)),
      codecsFor(files),
      NOW,
    );
    const list = await remindersStep(port, state, AS_OF, PERIOD);
    expect(summarySheetNames().filter((n) => excel.findSheet(n))).toEqual(["Nhắc nhở"]);
    const expected = templateAgencies(state).length;
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

  it("works before any import: every agency is reminded", async () => {
    const { port } = workbook();
    const list = await remindersStep(port, state, AS_OF, PERIOD);
    expect(list).toHaveLength(templateAgencies(state).length);
  });
});
