/**
 * What steps 4, 5 and 6 share: the imported submissions read back, checked, and analysed for the
 * summary. Each file is checked once; a step that follows with the same plan, as-of date and
 * period reuses the results for every file whose cells and log line did not change, and the whole
 * analysis when no file changed. Each step then builds only the summary sheets it writes.
 */
import { checkFiles, type CheckedSubmission, type CheckInputFile } from "../core/report/pipeline";
import { analyse, type Analysis } from "../core/consolidate/analyse";
import { buildSummarySheets, type SummarySheetKey } from "../core/consolidate/build";
import type { CopiesByFile } from "../core/consolidate/links";
import type { Sheet } from "../core/grid";
import type { OutSheet } from "../core/sheet-model";
import { UserError } from "../core/errors";
import { throwIfCancelled } from "../core/ports/cancel";
import type { WorkbookPort, WriteOptions } from "../core/ports/workbook";
import type { PlanState } from "./plan-state";
import { importKey, type ImportRecord } from "./import-log";
import { loadImportedWorkbooks } from "./imported";
import { pace } from "./pace";

export interface Analysed {
  records: ImportRecord[];
  checked: CheckedSubmission[];
  /** agencies' standing, tasks, findings: what every summary sheet and reminder is made from */
  analysis: Analysis;
  /** the NB sheets as read, by lower-cased name */
  copies: Map<string, Sheet>;
}

type CheckContext = Parameters<typeof checkFiles>[1];

/**
 * Checks file by file, giving the page back every few tens of milliseconds (pace.ts): Office
 * restarts an add-in that blocks for 5 s, and the Cancel button must stay clickable. `reuse`
 * gives an earlier result for an input that did not change.
 */
export async function checkWithBreaks(
  inputs: readonly CheckInputFile[],
  ctx: CheckContext,
  options: Pick<WriteOptions, "signal" | "onProgress"> = {},
  reuse: (input: CheckInputFile) => CheckedSubmission | undefined = () => undefined,
): Promise<CheckedSubmission[]> {
  const out: CheckedSubmission[] = [];
  const paced = pace(options.onProgress);
  for (const input of inputs) {
    throwIfCancelled(options.signal);
    const earlier = reuse(input);
    out.push(...(earlier ? [earlier] : checkFiles([input], ctx)));
    await paced.step(out.length, inputs.length, input.wb.fileName);
  }
  return out;
}

interface Memo {
  /** plan (by content), as-of date and period the results hold for */
  key: string;
  /** per import key: what the file was when checked, and the result */
  files: Map<string, { signature: string; checked: CheckedSubmission }>;
  analysis: { checked: CheckedSubmission[]; records: string; analysis: Analysis } | null;
}
/**
 * One memo for the page. Keyed by the plan's content, not its object: every step reads the plan
 * again from the task table (it may have been edited), which gives a new object each time even
 * when nothing changed, and keying by object re-checked every file at every step.
 */
let memo: Memo | null = null;
const planKeys = new WeakMap<PlanState, string>();

/** The plan and roster as data (the matrix and the roster index are made from them). */
function planKey(state: PlanState): string {
  let key = planKeys.get(state);
  if (key === undefined) {
    key = JSON.stringify([state.plan, state.roster]);
    planKeys.set(state, key);
  }
  return key;
}

function signatureOf(input: CheckInputFile): string {
  return JSON.stringify([input.sha256, input.receivedOn, input.wb.sheets]);
}

/** Reads every imported submission back, checks it and builds the summary. */
export async function analyseImports(
  port: WorkbookPort,
  state: PlanState,
  asOf: string,
  period: string,
  options: WriteOptions,
  { requireImports = false } = {},
): Promise<Analysed> {
  const { records, inputs, copies } = await loadImportedWorkbooks(port);
  if (requireImports && inputs.length === 0) throw new UserError("ui.error.nothingImported");
  const key = JSON.stringify([asOf, period, planKey(state)]);
  if (!memo || memo.key !== key) memo = { key, files: new Map(), analysis: null };
  const current = memo;
  const before = current.files;
  const signatures = new Map(inputs.map((i) => [i.wb.fileName, signatureOf(i)]));
  const ctx = { plan: state.plan, roster: state.rosterIndex, matrix: state.matrix, asOf, period };
  const checked = await checkWithBreaks(inputs, ctx, options, (input) => {
    const was = before.get(input.wb.fileName);
    return was && was.signature === signatures.get(input.wb.fileName) ? was.checked : undefined;
  });
  current.files = new Map(checked.map((c) => [c.file, { signature: signatures.get(c.file)!, checked: c }]));
  const recordsKey = JSON.stringify(records);
  const last = current.analysis;
  const same =
    last !== null &&
    last.records === recordsKey &&
    last.checked.length === checked.length &&
    last.checked.every((c, i) => c === checked[i]);
  const analysis = same ? last.analysis : analysisOf(state, asOf, period, records, checked);
  current.analysis = { checked, records: recordsKey, analysis };
  return { records, checked, analysis, copies };
}

function analysisOf(
  state: PlanState,
  asOf: string,
  period: string,
  records: readonly ImportRecord[],
  checked: CheckedSubmission[],
): Analysis {
  // No `sources`: the import sheets (NB01 …) already are cell-for-cell copies of every
  // submission; copying them again would double the workbook and the bytes sent to Excel.
  // The builders link into those sheets instead (importCopies).
  return analyse({
    plan: state.plan,
    roster: state.rosterIndex,
    matrix: state.matrix,
    checked,
    asOf,
    period,
    receivedOn: Object.fromEntries(records.map((r) => [importKey(r), r.receivedOn])),
    imports: records.map((r) => ({
      file: importKey(r),
      name: r.file,
      sha256: r.sha256 || null,
      importedAt: r.importedAt,
    })),
  });
}

/** Each import's NB sheet, as the copy of the file's report sheet that the summary links into. */
function importCopies(records: readonly ImportRecord[]): CopiesByFile {
  return new Map(records.map((r) => [importKey(r), { sheet: r.sheet, of: r.originalSheet }]));
}

/** The summary sheets with these keys (all eight when none are given), built now, links included. */
export function summarySheets(a: Analysed, keys?: readonly SummarySheetKey[]): OutSheet[] {
  return buildSummarySheets(a.analysis, keys, importCopies(a.records));
}
