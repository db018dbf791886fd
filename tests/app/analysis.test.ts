import { beforeAll, describe, expect, it } from "@jest/globals";
import type { WorkbookData } from "../../src/core/grid";
import type { PlanState } from "../../src/app/plan-state";
import { importFiles } from "../../src/app/import-files";
import { readImports } from "../../src/app/import-log";
import { analyseImports, checkWithBreaks, summarySheets } from "../../src/app/analysis";
import { CancelledError } from "../../src/core/ports/cancel";
import { loadImportedWorkbooks } from "../../src/app/imported";
import { summarySheetNames } from "../../src/core/consolidate/build";
import { AS_OF, NOW, PERIOD, codecsFor, incoming, kontumState, returns, workbook } from "./fixture";
import { planStateFrom } from "../../src/app/plan-state";
import { KONTUM_4587_TEXT } from "../../src/core/plan/kontum-4587.text";
import { KONTUM_ROSTER } from "../../src/core/roster/default-kontum";

describe("analyseImports: each file checked once, results reused between steps", () => {
  let state: PlanState;
  let files: Map<string, WorkbookData>;
  beforeAll(async () => {
    state = kontumState();
    files = await returns(state, [
      { agencyId: "SKHDT", fill: { reportDate: "2022-11-12", status: "skip" }, name: "a.xlsx" },
      { agencyId: "STC", fill: { reportDate: "2022-11-14", status: "done" }, name: "b.xlsx" },
    ]);
  });

  async function imported() {
    const { excel, port } = workbook();
    await importFiles(port, state, [incoming("a.xlsx"), incoming("b.xlsx")], codecsFor(files), NOW);
    return { excel, port };
  }

  it("reuses every check and the summary when nothing changed", async () => {
    const { port } = await imported();
    const first = await analyseImports(port, state, AS_OF, PERIOD, {});
    const second = await analyseImports(port, state, AS_OF, PERIOD, {});
    expect(first.checked).toHaveLength(2);
    expect(second.checked[0]).toBe(first.checked[0]);
    expect(second.checked[1]).toBe(first.checked[1]);
    expect(second.analysis).toBe(first.analysis);
  });

  it("checks again only the file whose cells changed, and rebuilds the summary", async () => {
    const { excel, port } = await imported();
    const first = await analyseImports(port, state, AS_OF, PERIOD, {});
    const [recA] = await readImports(port);
    // the officer types into the first file's copy
    excel.findSheet(recA!.sheet)!.cellForWrite(0, 0).value = "sửa tay";
    const second = await analyseImports(port, state, AS_OF, PERIOD, {});
    expect(second.checked[0]).not.toBe(first.checked[0]);
    expect(second.checked[1]).toBe(first.checked[1]);
    expect(second.analysis).not.toBe(first.analysis);
  });

  it("checks everything again for another as-of date, period or plan", async () => {
    const { port } = await imported();
    const first = await analyseImports(port, state, AS_OF, PERIOD, {});
    const otherDay = await analyseImports(port, state, "2022-03-01", PERIOD, {});
    expect(otherDay.checked[0]).not.toBe(first.checked[0]);
    // another roster: one agency's short name edited in "Danh bạ đơn vị"
    const edited = {
      ...KONTUM_ROSTER,
      agencies: KONTUM_ROSTER.agencies.map((a) => (a.id === "STC" ? { ...a, short: "Sở TC (sửa)" } : a)),
    };
    const otherPlan = await analyseImports(port, planStateFrom(KONTUM_4587_TEXT, edited), "2022-03-01", PERIOD, {});
    expect(otherPlan.checked[1]).not.toBe(otherDay.checked[1]);
    // and the same day again after another: checked anew, with the same findings
    const back = await analyseImports(port, state, AS_OF, PERIOD, {});
    expect(back.checked[0]).not.toBe(first.checked[0]);
    expect(back.checked.map((c) => c.issues.map((i) => i.code))).toEqual(
      first.checked.map((c) => c.issues.map((i) => i.code)),
    );
  });

  it("reuses the checks when the plan is read again unchanged (a new object, the same content)", async () => {
    // every step reads the plan again from the task table: a new PlanState each time
    const { port } = await imported();
    const first = await analyseImports(port, kontumState(), AS_OF, PERIOD, {});
    const again = await analyseImports(port, kontumState(), AS_OF, PERIOD, {});
    expect(again.checked[0]).toBe(first.checked[0]);
    expect(again.analysis).toBe(first.analysis);
  });

  it("says so when nothing was imported and a step needs imports", async () => {
    const { port } = workbook();
    await expect(analyseImports(port, state, AS_OF, PERIOD, {}, { requireImports: true })).rejects.toThrow(
      /Chưa có báo cáo nào/,
    );
    const empty = await analyseImports(port, state, AS_OF, PERIOD, {});
    expect(empty.checked).toEqual([]);
  });

  it("gives the summary sheets asked for, with links into the import sheets", async () => {
    const { port } = await imported();
    const a = await analyseImports(port, state, AS_OF, PERIOD, {});
    expect(summarySheets(a, ["summary.sheet.reminders"]).map((s) => s.name)).toEqual(["Nhắc nhở"]);
    // asked in another order, given in the workbook's
    const two = summarySheets(a, ["summary.sheet.issues", "summary.sheet.tasks"]).map((s) => s.name);
    expect(two).toEqual(["Tổng hợp theo nhiệm vụ", "Kết quả kiểm tra"]);
    const all = summarySheets(a);
    expect(all.map((s) => s.name)).toEqual(summarySheetNames());
    const subs = all.find((s) => s.name === "Tình hình nộp báo cáo")!;
    const links = subs.rows.flatMap((r) => r.cells.filter((c) => typeof c === "object" && c !== null && "link" in c));
    expect(links).toHaveLength(2);
  });

  it("stops between files on Cancel with the one cancel error", async () => {
    const { port } = await imported();
    const { inputs } = await loadImportedWorkbooks(port);
    const ac = new AbortController();
    const ctx = { plan: state.plan, roster: state.rosterIndex, matrix: state.matrix, asOf: AS_OF, period: PERIOD };
    const seen: number[] = [];
    const run = checkWithBreaks(inputs, ctx, {
      signal: ac.signal,
      onProgress: (done) => {
        seen.push(done);
        ac.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    expect(seen).toEqual([1]);
  });
});
