/**
 * What the pane knows about the open workbook between steps: its sheets, the import log and the
 * steps' records. Read when the pane opens, after each step and when the pane gets the focus back
 * (the official may have deleted a sheet or edited the task table meanwhile): three small reads.
 */
import type { WorkbookPort } from "../core/ports/workbook";
import { readImports, type ImportRecord } from "./import-log";
import { readStepRecords, stepsSheet, withRecord, STEPS_SHEET, type StepRecord } from "./step-state";

export interface WorkbookFacts {
  sheetNames: string[];
  imports: ImportRecord[];
  steps: StepRecord[];
}

export async function readWorkbookFacts(port: WorkbookPort): Promise<WorkbookFacts> {
  const sheetNames = (await port.listSheets()).map((s) => s.name);
  const imports = await readImports(port);
  const hasSteps = sheetNames.some((n) => n.toLocaleLowerCase("vi") === STEPS_SHEET);
  const steps = hasSteps ? readStepRecords((await port.readSheets([STEPS_SHEET]))[0]) : [];
  return { sheetNames, imports, steps };
}

/**
 * Writes the step's new record over its old one (the other steps' rows are read back and kept).
 * The sheet is very hidden: only code reads it, like the import log.
 */
export async function recordStep(port: WorkbookPort, record: StepRecord): Promise<StepRecord[]> {
  const [sheet] = await port.readSheets([STEPS_SHEET]);
  const records = withRecord(readStepRecords(sheet), record);
  await port.writeSheets([stepsSheet(records)], { veryHidden: [STEPS_SHEET] });
  return records;
}
