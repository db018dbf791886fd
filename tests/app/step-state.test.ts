import { beforeAll, describe, expect, it } from "@jest/globals";
import type { WorkbookData } from "../../src/core/grid";
import type { PlanState } from "../../src/app/plan-state";
import { importFiles } from "../../src/app/import-files";
import {
  STEPS_SHEET,
  importState,
  importsFingerprint,
  lastPeriod,
  planFingerprint,
  readStepRecords,
  stepState,
  stepsSheet,
  withRecord,
  type StepInputs,
  type StepRecord,
} from "../../src/app/step-state";
import { readWorkbookFacts, recordStep } from "../../src/app/workbook-facts";
import { readPlanState, loadPlan } from "../../src/app/plan-state";
import { KONTUM_4587_TEXT } from "../../src/core/plan/kontum-4587.text";
import { gridOf } from "../../src/app/plan-table-memo";
import { AS_OF, NOW, PERIOD, codecsFor, incoming, kontumState, returns, workbook } from "./fixture";

/** The inputs as the pane would compute them from the stand-in workbook. */
async function inputsNow(port: ReturnType<typeof workbook>["port"], asOf = AS_OF, period = PERIOD) {
  const facts = await readWorkbookFacts(port);
  const plan = await readPlanState(port);
  const inputs: StepInputs = {
    plan: plan ? planFingerprint(plan) : null,
    imports: importsFingerprint(facts.imports, facts.sheetNames),
    asOf,
    period,
  };
  return { facts, inputs };
}

describe("step state: when each step ran, kept in the workbook, and what makes it stale", () => {
  let state: PlanState;
  let files: Map<string, WorkbookData>;
  beforeAll(async () => {
    state = kontumState();
    files = await returns(state, [
      { agencyId: "SKHDT", fill: { reportDate: "2022-11-12", status: "skip" }, name: "a.xlsx" },
      { agencyId: "STC", fill: { reportDate: "2022-11-14", status: "done" }, name: "b.xlsx" },
      { agencyId: "STC", fill: { reportDate: "2022-11-24", status: "done" }, name: "b-sua.xlsx" },
    ]);
  });

  async function checkedWorkbook() {
    const { excel, port } = workbook();
    await loadPlan(port, { kind: "text", text: KONTUM_4587_TEXT }, codecsFor(files));
    await importFiles(port, state, [incoming("a.xlsx"), incoming("b.xlsx")], codecsFor(files), NOW);
    const { inputs } = await inputsNow(port);
    await recordStep(port, {
      step: "check",
      ranAt: "2022-11-20T03:00:00.000Z",
      inputs,
      result: { files: 2, errors: 3 },
    });
    return { excel, port };
  }

  it("survives a reopening: the record is read back from the very hidden sheet, fresh while nothing changed", async () => {
    const { excel, port } = await checkedWorkbook();
    expect(excel.findSheet(STEPS_SHEET)!.visibility).toBe("VeryHidden");
    const { facts, inputs } = await inputsNow(port);
    const rec = facts.steps.find((r) => r.step === "check");
    expect(rec?.result).toEqual({ files: 2, errors: 3 });
    expect(stepState("check", rec, inputs)).toEqual({
      kind: "fresh",
      ranAt: "2022-11-20T03:00:00.000Z",
      result: { files: 2, errors: 3 },
    });
    // a step that never ran is to do
    expect(
      stepState(
        "summary",
        facts.steps.find((r) => r.step === "summary"),
        inputs,
      ),
    ).toEqual({ kind: "todo" });
  });

  it("goes stale after a new import, and says which input changed", async () => {
    const { port } = await checkedWorkbook();
    await importFiles(port, state, [incoming("b-sua.xlsx")], codecsFor(files), NOW);
    const { facts, inputs } = await inputsNow(port);
    const s = stepState(
      "check",
      facts.steps.find((r) => r.step === "check"),
      inputs,
    );
    expect(s.kind).toBe("stale");
    expect(s.kind === "stale" && s.changed).toEqual(["imports"]);
  });

  it("goes stale when an import sheet is deleted (the import is withdrawn)", async () => {
    const { excel, port } = await checkedWorkbook();
    const [first] = (await readWorkbookFacts(port)).imports;
    const nb = excel.findSheet(first!.sheet)!;
    expect(nb).toBeDefined();
    excel.sheets.splice(excel.sheets.indexOf(nb), 1);
    const { facts, inputs } = await inputsNow(port);
    const s = stepState(
      "check",
      facts.steps.find((r) => r.step === "check"),
      inputs,
    );
    expect(s.kind === "stale" && s.changed).toEqual(["imports"]);
    expect(importState(facts.imports, facts.sheetNames)).toMatchObject({ kind: "fresh", result: { files: 1 } });
  });

  it("goes stale for another as-of date or period, and when the task table is edited", async () => {
    const { excel, port } = await checkedWorkbook();
    const rec = (await inputsNow(port)).facts.steps.find((r) => r.step === "check");
    const otherDay = await inputsNow(port, "2022-11-27");
    expect(stepState("check", rec, otherDay.inputs)).toMatchObject({ kind: "stale", changed: ["asOf"] });
    const otherPeriod = await inputsNow(port, AS_OF, "2023");
    expect(stepState("check", rec, otherPeriod.inputs)).toMatchObject({ kind: "stale", changed: ["period"] });
    // the official changes a deadline in the task table
    const table = excel.findSheet("Kế hoạch")!;
    let edited = false;
    for (const [, cell] of table.cells) {
      if (!edited && typeof cell.value === "string" && /^Sở Lao động/.test(cell.value)) {
        cell.value = "Sở Tài chính";
        edited = true;
      }
    }
    expect(edited).toBe(true);
    const afterEdit = await inputsNow(port);
    expect(stepState("check", rec, afterEdit.inputs)).toMatchObject({ kind: "stale", changed: ["plan"] });
    // the import step depends on nothing: still done
    expect(importState(afterEdit.facts.imports, afterEdit.facts.sheetNames).kind).toBe("fresh");
  });

  it("a plan read back from an unchanged table has the same fingerprint as the plan written", async () => {
    const { port } = workbook();
    const written = await loadPlan(port, { kind: "text", text: KONTUM_4587_TEXT }, codecsFor(files));
    const again = await readPlanState(port);
    expect(planFingerprint(again!)).toBe(planFingerprint(written));
  });

  it("keeps one row per step, the other steps' rows untouched, and reads only what it understands", () => {
    const inputs: StepInputs = { plan: "p", imports: "none", asOf: AS_OF, period: PERIOD };
    const a: StepRecord = { step: "summary", ranAt: "2022-11-20T03:00:00.000Z", inputs, result: { reported: 2 } };
    const b: StepRecord = { step: "check", ranAt: "2022-11-20T02:00:00.000Z", inputs, result: { errors: 1 } };
    const c: StepRecord = { ...b, ranAt: "2022-11-21T02:00:00.000Z", result: { errors: 0 } };
    const records = withRecord(withRecord([a], b), c);
    expect(records.map((r) => [r.step, r.result])).toEqual([
      ["check", { errors: 0 }],
      ["summary", { reported: 2 }],
    ]);
    const sheet = gridOf(stepsSheet(records));
    // rows a person typed or broke are skipped, a formula-looking result is not a number
    sheet.rows.push(["nonsense", "x"], ["remind", "2022-11-22T00:00:00Z", "", "", "", "", "count==SUM(A1);n=3"]);
    const back = readStepRecords(sheet);
    expect(back.map((r) => r.step)).toEqual(["check", "summary", "remind"]);
    expect(back[2]!.result).toEqual({ n: 3 });
    expect(lastPeriod(back)).toBe(PERIOD);
  });

  it("import fingerprints ignore order and withdrawn lines", () => {
    const rec = (sheet: string, sha256: string) => ({
      sheet,
      file: `${sheet}.xlsx`,
      originalSheet: "Báo cáo",
      receivedOn: "",
      sha256,
      importedAt: "2022-11-20T03:00:00.000Z",
      meta: {},
    });
    const one = [rec("NB01 A", "1"), rec("NB02 B", "2")];
    expect(importsFingerprint(one, ["NB01 A", "NB02 B"])).toBe(
      importsFingerprint([...one].reverse(), ["NB02 B", "NB01 A"]),
    );
    expect(importsFingerprint(one, ["NB01 A"])).toBe(importsFingerprint([one[0]!], ["NB01 A", "Sheet1"]));
    expect(importsFingerprint(one, [])).toBe("none");
  });
});

describe("recording a step's run, in round trips to Excel", () => {
  it("reads the facts in one listing and one read of both code sheets, and writes the record without reading it again", async () => {
    const { excel, port } = workbook();
    const files = await returns(kontumState(), [
      { agencyId: "STC", fill: { reportDate: "2022-11-14" }, name: "b.xlsx" },
    ]);
    await importFiles(port, kontumState(), [incoming("b.xlsx")], codecsFor(files), NOW);
    const run = (step: StepRecord["step"]) => ({
      step,
      ranAt: "2022-11-20T03:00:00.000Z",
      inputs: { plan: "p", imports: "i", asOf: AS_OF, period: PERIOD },
      result: { files: 1 },
    });
    await recordStep(port, run("check"));

    excel.resetCounters();
    const facts = await readWorkbookFacts(port);
    const readSyncs = excel.syncCount;
    excel.resetCounters();
    const records = await recordStep(port, run("summary"), facts.steps);
    const writeSyncs = excel.syncCount;
    // listSheets, then the import log and the steps' records together (two syncs for any number of sheets)
    expect(readSyncs).toBe(3);
    // the sheet written as any sheet is (built under a temporary name, then swapped in): no read first
    expect(writeSyncs).toBe(3);
    expect(facts.imports.map((r) => r.file)).toEqual(["b.xlsx"]);
    expect(records.map((r) => r.step)).toEqual(["check", "summary"]);
    expect((await readWorkbookFacts(port)).steps).toEqual(records);
  });
});
