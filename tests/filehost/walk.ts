/**
 * The focal point's whole job as the pane does it, on any WorkbookPort: load the plan, import
 * the returns, check, consolidate, remind. The tests run it on the file port and on the Office
 * adapter over the Excel stand-in and compare what the two workbooks hold.
 */
import { currentPlanState, loadPlan } from "../../src/app/plan-state";
import { importFiles } from "../../src/app/import-files";
import { runChecks } from "../../src/app/check";
import { buildSummaryStep } from "../../src/app/summary";
import { remindersStep } from "../../src/app/reminders";
import type { FileCodecs } from "../../src/core/ports/codecs";
import type { WorkbookPort } from "../../src/core/ports/workbook";
import type { Sheet } from "../../src/core/grid";
import { KONTUM_4587_TEXT } from "../../src/core/plan/kontum-4587.text";
import { DEMO_AS_OF, DEMO_PERIOD } from "../../src/demo/scenario";
import type { DemoFile } from "./demo-returns";

export const NOW = new Date(Date.UTC(2022, 10, 20, 1, 0, 0));

export async function walk(port: WorkbookPort, files: DemoFile[], codecs: FileCodecs) {
  const loaded = await loadPlan(port, { kind: "text", text: KONTUM_4587_TEXT }, codecs);
  // as the pane does: each step starts from the plan as the workbook holds it now (its task table)
  const state = await currentPlanState(port, loaded);
  const imported = await importFiles(port, state, files, codecs, NOW);
  const checked = await runChecks(port, await currentPlanState(port, state), DEMO_AS_OF, DEMO_PERIOD);
  const summary = await buildSummaryStep(port, await currentPlanState(port, state), DEMO_AS_OF, DEMO_PERIOD);
  const reminders = await remindersStep(port, await currentPlanState(port, state), DEMO_AS_OF, DEMO_PERIOD);
  return { state, imported, checked, summary, reminders };
}

/** Every sheet of the workbook as the pane reads it, in workbook order. */
export async function allSheets(port: WorkbookPort): Promise<Sheet[]> {
  const names = (await port.listSheets()).map((s) => s.name);
  const sheets = await port.readSheets(names);
  return names.map((n) => sheets.find((s) => s.name === n)!);
}

/** Cells compared across hosts: trailing empty cells and rows dropped (Excel pads its used range). */
export function trimmed(sheet: Sheet): unknown[][] {
  const rows = sheet.rows.map((r) => {
    const out = [...r];
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out;
  });
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
}
