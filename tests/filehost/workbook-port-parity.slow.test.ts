/**
 * The browser version's workbook port (src/filehost) over an in-memory ExcelJS workbook:
 * the whole workflow (the demo's realistic returns) giving the same cells as the Office adapter
 * on the Excel stand-in, kept whole through a saved file.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import { because } from "../helpers/because";
import { installStandin } from "../office-standin/install";
import { nodeCodecs } from "../office-standin/fixtures";
import { createExcelPort } from "../../src/office/excel-port";
import { newWorkbook, openWorkbookFile } from "../../src/filehost/open";
import { PLAN_TEXT_SHEET, planStateFrom, readPlanState } from "../../src/app/plan-state";
import { IMPORTS_SHEET, readImports } from "../../src/app/import-log";
import { buildSummaryStep } from "../../src/app/summary";
import { remindersStep } from "../../src/app/reminders";
import { DEMO_AS_OF, DEMO_PERIOD } from "../../src/demo/scenario";
import { standinFromXlsx } from "./standin-from-xlsx";
import { xlsxFromStandin } from "./xlsx-from-standin";
import { KONTUM_4587_TEXT } from "../../src/core/plan/kontum-4587.text";
import { KONTUM_ROSTER } from "../../src/core/roster/default-kontum";
import { demoReturns, type DemoFile } from "./demo-returns";
import { allSheets, trimmed, walk } from "./walk";

describe("the whole workflow on the file port", () => {
  let files: DemoFile[];
  beforeAll(async () => {
    files = await demoReturns(planStateFrom(KONTUM_4587_TEXT, KONTUM_ROSTER));
  });

  it("gives the same sheets and cells as the Office adapter on the stand-in, and a saved file keeps them all", async () => {
    expect(files.length).toBeGreaterThan(20);
    const { port } = await newWorkbook();
    const viaFile = await walk(port, files, nodeCodecs);
    const standin = installStandin(["Sheet1"]);
    const excel = createExcelPort();
    const viaExcel = await walk(excel, files, nodeCodecs);

    expect(viaFile.imported.imported.length).toBe(viaExcel.imported.imported.length);
    expect(viaFile.checked.errors).toBe(viaExcel.checked.errors);
    expect(viaFile.checked.errors).toBeGreaterThan(0);
    expect(viaFile.summary).toEqual(viaExcel.summary);
    expect(viaFile.reminders).toEqual(viaExcel.reminders);

    const fileSheets = await allSheets(port);
    const excelSheets = await allSheets(excel);
    expect(fileSheets.map((s) => [s.name, s.state])).toEqual(excelSheets.map((s) => [s.name, s.state ?? "visible"]));
    for (const [i, s] of fileSheets.entries())
      because(s.name, () => expect(trimmed(s)).toEqual(trimmed(excelSheets[i]!)));

    // Everything the add-in wrote is in the file, and opens the same.
    const saved = await port.save();
    const reopened = await openWorkbookFile(saved, "tong-hop.xlsx");
    const back = await allSheets(reopened.port);
    expect(back.map((s) => [s.name, s.state])).toEqual(fileSheets.map((s) => [s.name, s.state]));
    for (const [i, s] of back.entries()) because(s.name, () => expect(trimmed(s)).toEqual(trimmed(fileSheets[i]!)));
    expect(back.find((s) => s.name === PLAN_TEXT_SHEET)!.state).toBe("veryHidden");
    expect(back.find((s) => s.name === IMPORTS_SHEET)!.state).toBe("veryHidden");
    // the summary's chart is read back from the file, so saving again keeps it
    const charts = [...reopened.port.charts().values()];
    expect(charts.length).toBeGreaterThan(0);
    expect(reopened.lostCharts).toEqual([]);
    expect([...port.charts().values()]).toEqual(charts);

    // Round trip: the saved file opened in Excel with the add-in continues at step 6, no re-import.
    await standinFromXlsx(saved);
    const inExcel = createExcelPort();
    const restored = await readPlanState(inExcel);
    expect(restored!.plan.tasks.map((tk) => tk.code)).toEqual(viaFile.state.plan.tasks.map((tk) => tk.code));
    expect(await readImports(inExcel)).toHaveLength(viaFile.imported.total);
    expect(await remindersStep(inExcel, restored!, DEMO_AS_OF, DEMO_PERIOD)).toEqual(viaFile.reminders);
    expect(await buildSummaryStep(inExcel, restored!, DEMO_AS_OF, DEMO_PERIOD)).toEqual(viaFile.summary);

    // And the other way round: the workbook the add-in filled in Excel, saved, opened in the browser.
    const fromExcel = await openWorkbookFile(await xlsxFromStandin(standin), "tu-excel.xlsx");
    const inBrowser = fromExcel.port;
    const again = await readPlanState(inBrowser);
    expect(again!.plan.tasks).toHaveLength(viaExcel.state.plan.tasks.length);
    expect(await readImports(inBrowser)).toHaveLength(viaExcel.imported.total);
    expect(await remindersStep(inBrowser, again!, DEMO_AS_OF, DEMO_PERIOD)).toEqual(viaExcel.reminders);
    expect(await buildSummaryStep(inBrowser, again!, DEMO_AS_OF, DEMO_PERIOD)).toEqual(viaExcel.summary);
  }, 120_000);
});
