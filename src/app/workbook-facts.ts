/**
 * What the pane knows about the open workbook between steps: its sheets, the import log and the
 * steps' records. Read when the pane opens, after each step and when the pane gets the focus back
 * (the official may have deleted a sheet or edited the task table meanwhile): the sheets' names,
 * then the import log and the steps' records in one read.
 */
import type { WorkbookPort } from "../core/ports/workbook";
import { IMPORTS_SHEET, importsFromSheet, type ImportRecord } from "./import-log";
import { readStepRecords, stepsSheet, withRecord, STEPS_SHEET, type StepRecord } from "./step-state";

export interface WorkbookFacts {
  sheetNames: string[];
  imports: ImportRecord[];
  steps: StepRecord[];
}

export async function readWorkbookFacts(port: WorkbookPort): Promise<WorkbookFacts> {
  const sheetNames = (await port.listSheets()).map((s) => s.name);
  const same = (a: string, b: string) => a.toLocaleLowerCase("vi") === b.toLocaleLowerCase("vi");
  const wanted = [IMPORTS_SHEET, STEPS_SHEET].filter((name) => sheetNames.some((n) => same(n, name)));
  const sheets = wanted.length > 0 ? await port.readSheets(wanted) : [];
  const named = (name: string) => sheets.find((s) => same(s.name, name));
  return { sheetNames, imports: importsFromSheet(named(IMPORTS_SHEET)), steps: readStepRecords(named(STEPS_SHEET)) };
}

/**
 * Writes the step's new record over its old one (the other steps' rows are kept). The records
 * as they stand are read from the workbook, unless the caller has just read them. The sheet is
 * very hidden: only code reads it, like the import log.
 */
export async function recordStep(
  port: WorkbookPort,
  record: StepRecord,
  current?: StepRecord[],
): Promise<StepRecord[]> {
  const before = current ?? readStepRecords((await port.readSheets([STEPS_SHEET]))[0]);
  const records = withRecord(before, record);
  await port.writeSheets([stepsSheet(records)], { veryHidden: [STEPS_SHEET] });
  return records;
}
