import { beforeAll, describe, expect, it } from "@jest/globals";
import type { WorkbookData } from "../../src/core/grid";
import type { PlanState } from "../../src/app/plan-state";
import { importFiles } from "../../src/app/import-files";
import { readImports } from "../../src/app/import-log";
import { runChecks } from "../../src/app/check";
import { summarySheetNames } from "../../src/core/consolidate/build";
import { AS_OF, NOW, PERIOD, codecsFor, incoming, kontumState, returns, workbook } from "./fixture";

describe("runChecks (step 4)", () => {
  let state: PlanState;
  let files: Map<string, WorkbookData>;
  beforeAll(async () => {
    state = kontumState();
    files = await returns(state, [
      { agencyId: "SKHDT", fill: { reportDate: "2022-11-12", status: "skip" }, name: "kh.xlsx" },
      { agencyId: "STC", fill: { reportDate: "2022-11-14", status: "done" }, name: "tc.xlsx" },
    ]);
  });

  async function imported() {
    const w = workbook();
    await importFiles(w.port, state, [incoming("kh.xlsx"), incoming("tc.xlsx")], codecsFor(files), NOW);
    return w;
  }

  it("writes Kết quả kiểm tra and no other summary sheet", async () => {
    const { excel, port } = await imported();
    await runChecks(port, state, AS_OF, PERIOD);
    const present = summarySheetNames().filter((n) => excel.findSheet(n));
    expect(present).toEqual(["Kết quả kiểm tra"]);
    expect(excel.activeSheet).toBe("Kết quả kiểm tra");
  });

  it("colours exactly the cells of the current findings, whatever was coloured before", async () => {
    const { excel, port } = await imported();
    const [kh, tc] = await readImports(port);
    // a stale colour left on each import sheet (an earlier check, or by hand)
    excel.findSheet(kh!.sheet)!.cellForWrite(40, 10).fill = "#FFC7CE";
    excel.findSheet(tc!.sheet)!.cellForWrite(0, 0).fill = "#FFEB9C";
    const out = await runChecks(port, state, AS_OF, PERIOD);
    expect(out.highlighted).toBe(true);
    const wanted = (sheet: string) =>
      new Set(
        out.groups
          .flatMap((g) => g.issues)
          .filter((v) => v.target?.sheet === sheet && v.issue.cell && v.issue.severity !== "info")
          .map((v) => v.target!.cell),
      );
    const fills = (sheet: string) => excel.snapshot().find((s) => s.name === sheet)!.fills;
    expect(wanted(kh!.sheet).size).toBeGreaterThan(0);
    expect(new Set(Object.keys(fills(kh!.sheet)))).toEqual(wanted(kh!.sheet));
    expect(new Set(Object.keys(fills(tc!.sheet)))).toEqual(wanted(tc!.sheet));
    const colours = new Set(Object.values(fills(kh!.sheet)));
    expect([...colours].every((c) => c === "#FFC7CE" || c === "#FFEB9C")).toBe(true);
  });

  it("groups the findings per file, names the agency and counts errors and warnings", async () => {
    const { port } = await imported();
    const out = await runChecks(port, state, AS_OF, PERIOD);
    expect(out.groups.map((g) => g.agencyId)).toEqual(["SKHDT", "STC"]);
    expect(out.groups.map((g) => g.file)).toEqual(["kh.xlsx", "tc.xlsx"]);
    const all = out.groups.flatMap((g) => g.issues);
    expect(out.errors).toBe(all.filter((v) => v.issue.severity === "error").length);
    expect(out.warnings).toBe(all.filter((v) => v.issue.severity === "warning").length);
    expect(out.errors).toBeGreaterThan(0);
  });

  it("keeps the findings when a protected import sheet refuses its colours", async () => {
    const { excel, port } = await imported();
    const [kh] = await readImports(port);
    excel.findSheet(kh!.sheet)!.protected = true;
    const out = await runChecks(port, state, AS_OF, PERIOD);
    expect(out.highlighted).toBe(false);
    expect(out.groups).toHaveLength(2);
    expect(excel.findSheet("Kết quả kiểm tra")).toBeDefined();
  });

  it("refuses to run before anything was imported, and writes nothing", async () => {
    const { excel, port } = workbook();
    const before = excel.sheets.map((s) => s.name);
    await expect(runChecks(port, state, AS_OF, PERIOD)).rejects.toThrow(/Import reports in step 3/);
    expect(excel.sheets.map((s) => s.name)).toEqual(before);
  });
});
