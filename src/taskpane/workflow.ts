/**
 * The six steps of the pane as plain async functions over a WorkbookPort: no React, no Office.js.
 * The components call these; the tests call them against the Excel stand-in. Each step writes
 * all its sheets in ONE `writeSheets` call, so its number of syncs does not depend on how many
 * agencies or rows there are.
 *
 * The workbook is the memory: the plan's text and the import log live in hidden sheets, the
 * roster in `Danh bạ đơn vị`, so closing the pane (or Excel) loses nothing.
 */
import type { Plan } from "../core/plan/model";
import type { Roster } from "../core/roster/model";
import type { AssignmentMatrix } from "../core/matrix-model";
import { parseAddress, quoteSheetName, type Cell, type Sheet, type WorkbookData } from "../core/grid";
import type { OutRow, OutSheet, OutValue } from "../core/sheet-model";
import { t, type MessageKey } from "../core/i18n";
import type { CheckIssue } from "../core/report/model";
import { parsePlan } from "../core/plan/parse";
import { buildMatrix } from "../core/matrix";
import { indexRoster, type RosterIndex } from "../core/roster/match";
import { KONTUM_ROSTER } from "../core/roster/default-kontum";
import { planSheets, PLAN_SHEET, MATRIX_SHEET } from "../core/plan-sheets";
import { rosterFromSheet, ROSTER_SHEET } from "../core/roster/sheet";
import { agenciesToReport, buildTemplate, templateFileName } from "../core/template/build";
import { META_SHEET, REPORT_SHEET, META_KEYS, type MetaKey } from "../core/template/layout";
import { locateReport } from "../core/report/locate";
import { readMeta } from "../core/report/meta-sheet";
import { checkFiles, latestByAgency, type CheckedSubmission, type CheckInputFile } from "../core/report/pipeline";
import { buildSummaryWithDetails } from "../core/consolidate/build";
import { reminders as buildReminders } from "../core/consolidate/reminders";
import { fittedMailto, draftBody } from "../core/consolidate/mailto";
import { uniqueSheetName, copyOfSheet } from "../core/consolidate/copies";
import { isoFromSerial } from "../core/dates";
import { UserError } from "../core/errors";
import type { HighlightKind, WorkbookPort, WriteOptions } from "./port";

/** Hidden sheet holding the plan's text, so later steps (and a later session) re-read the same plan. */
export const PLAN_TEXT_SHEET = "_kehoach_plan";
/** Hidden sheet listing every imported file: provenance, and the metadata of the template it came from. */
export const IMPORTS_SHEET = "_kehoach_imports";
/** Prefix of the sheet that holds one imported submission ("Nhập báo cáo"). */
export const IMPORT_PREFIX = "NB";
const ISSUES_SHEET = t("vi", "summary.sheet.issues");
const SUBMISSIONS_SHEET = t("vi", "summary.sheet.submissions");
const REMINDERS_SHEET = "Nhắc nhở";
/** Excel keeps at most 32,767 characters in a cell: long texts are split over rows. */
const CELL_CHUNK = 30_000;

/** Where the plan came from: the embedded 4587 text, a pasted text, or a matrix table as CSV. */
export type PlanSource = { kind: "text"; text: string } | { kind: "matrixCsv"; csvText: string };

export interface PlanState {
  plan: Plan;
  planText: string;
  roster: Roster;
  rosterIndex: RosterIndex;
  matrix: AssignmentMatrix;
}

/** Lazily loaded format libraries (ExcelJS, papaparse): the pane's first screen does not wait for them. */
export interface FileCodecs {
  /** reads an uploaded .xlsx or .csv into cells; throws UserError for what it cannot read */
  readSubmission(bytes: Uint8Array, fileName: string): Promise<WorkbookData>;
  /** CSV text → rows of cells */
  parseCsv(text: string): Promise<string[][]>;
  /** the agency template as .xlsx bytes */
  writeTemplate(content: ReturnType<typeof buildTemplate>): Promise<Uint8Array>;
}

// ---- step 1: Kế hoạch ------------------------------------------------------------------

/** A matrix table as CSV becomes the appendix-table shape the plan parser reads ("a | b | c"). */
export function matrixCsvToPlanText(rows: string[][]): string {
  return rows
    .filter((r) => r.some((c) => c.trim() !== ""))
    .map((r) =>
      r
        .map((c) =>
          c
            .replace(/\s*\n\s*/g, " ")
            .replace(/\|/g, "/")
            .trim(),
        )
        .join(" | "),
    )
    .join("\n");
}

function textToRows(text: string): OutRow[] {
  const rows: OutRow[] = [];
  for (let i = 0; i < text.length; i += CELL_CHUNK) rows.push({ cells: [text.slice(i, i + CELL_CHUNK)] });
  return rows.length > 0 ? rows : [{ cells: [""] }];
}

function rowsToText(sheet: Sheet | undefined): string {
  return (sheet?.rows ?? []).map((r) => (typeof r[0] === "string" ? r[0] : "")).join("");
}

export function planStateFrom(planText: string, roster: Roster): PlanState {
  const rosterIndex = indexRoster(roster);
  const plan = parsePlan(planText, { roster: rosterIndex });
  const matrix = buildMatrix(plan, rosterIndex);
  return { plan, planText, roster, rosterIndex, matrix };
}

/**
 * Step 1: parses the plan and writes `Kế hoạch`, `Ma trận phân công`, `Danh bạ đơn vị`. A roster
 * the user already edited in the workbook is kept (names, e-mails); the default one is used otherwise.
 */
export async function loadPlan(
  port: WorkbookPort,
  source: PlanSource,
  codecs: Pick<FileCodecs, "parseCsv">,
  options: WriteOptions = {},
): Promise<PlanState> {
  const planText = source.kind === "text" ? source.text : matrixCsvToPlanText(await codecs.parseCsv(source.csvText));
  const [rosterSheet] = await port.readSheets([ROSTER_SHEET]);
  const roster = rosterSheet && rosterSheet.rows.length > 0 ? rosterFromSheet(rosterSheet) : KONTUM_ROSTER;
  const state = planStateFrom(planText, roster);
  const textSheet: OutSheet = { name: PLAN_TEXT_SHEET, columns: [{ width: 80 }], rows: textToRows(planText) };
  await port.writeSheets([...planSheets(state.plan, state.matrix, roster), textSheet], {
    ...options,
    activate: true,
    veryHidden: [PLAN_TEXT_SHEET],
  });
  return state;
}

/** Re-reads the plan and the (possibly edited) roster from the workbook; null when step 1 was never run here. */
export async function readPlanState(port: WorkbookPort): Promise<PlanState | null> {
  const sheets = await port.readSheets([PLAN_TEXT_SHEET, ROSTER_SHEET]);
  const text = rowsToText(sheets.find((s) => s.name === PLAN_TEXT_SHEET));
  if (!text.trim()) return null;
  const rosterSheet = sheets.find((s) => s.name === ROSTER_SHEET);
  const roster = rosterSheet ? rosterFromSheet(rosterSheet) : KONTUM_ROSTER;
  return planStateFrom(text, roster);
}

// ---- step 2: Biểu mẫu --------------------------------------------------------------------

export interface TemplateFile {
  agencyId: string;
  agencyName: string;
  fileName: string;
  bytes: Uint8Array;
}

export function templateAgencies(state: PlanState) {
  // The same rule as the CLI and the summary: who leads or implements, or must send a report.
  return agenciesToReport(state.matrix, state.plan, state.rosterIndex);
}

export async function makeTemplates(
  state: PlanState,
  period: string,
  agencyIds: readonly string[],
  codecs: Pick<FileCodecs, "writeTemplate">,
  signal?: AbortSignal,
  onProgress?: (done: number, total: number) => void,
): Promise<TemplateFile[]> {
  const chosen = templateAgencies(state).filter((a) => agencyIds.includes(a.id));
  const out: TemplateFile[] = [];
  for (const agency of chosen) {
    if (signal?.aborted) throw new UserError("ui.error.cancelled");
    const content = buildTemplate(state.plan, state.matrix, agency, period, { roster: state.rosterIndex });
    out.push({
      agencyId: agency.id,
      agencyName: agency.name,
      fileName: templateFileName(content.planNumber, period, agency),
      bytes: await codecs.writeTemplate(content),
    });
    onProgress?.(out.length, chosen.length);
  }
  return out;
}

// ---- step 3: Nhập báo cáo ------------------------------------------------------------------

export interface IncomingFile {
  name: string;
  bytes: Uint8Array;
  /** ISO date the focal point received it; empty: the report date in the file, else the import day */
  receivedOn: string;
}

/** One line of the hidden import log. */
export interface ImportRecord {
  sheet: string;
  file: string;
  originalSheet: string;
  receivedOn: string;
  sha256: string;
  importedAt: string;
  meta: Partial<Record<MetaKey, string>>;
  /**
   * Cells of the NB sheet step 4 coloured last time, space-separated ("*": too many to list).
   * The port cannot clear a fill, so a sheet whose old colours are no longer all wanted is
   * rewritten from its own cells before colouring (runChecks).
   */
  highlighted: string;
}

const IMPORT_COLUMNS = [
  "Sheet",
  "Tệp",
  "Sheet gốc",
  "Ngày nhận",
  "SHA-256",
  "Thời điểm nhập",
  "Siêu dữ liệu",
  "Ô đã tô màu",
] as const;
/** The log's cell for the coloured cells stays well under Excel's 32,767 characters. */
const HIGHLIGHTED_MAX = 30_000;

function importsSheet(records: ImportRecord[]): OutSheet {
  return {
    name: IMPORTS_SHEET,
    columns: IMPORT_COLUMNS.map(() => ({ width: 20 })),
    rows: [
      { cells: [...IMPORT_COLUMNS], style: "header" },
      ...records.map((r): OutRow => ({
        cells: [
          r.sheet,
          r.file,
          r.originalSheet,
          r.receivedOn,
          r.sha256,
          r.importedAt,
          JSON.stringify(r.meta),
          r.highlighted,
        ],
      })),
    ],
  };
}

function str(c: Cell | undefined): string {
  return typeof c === "string" ? c : c === null || c === undefined ? "" : String(c);
}

export async function readImports(port: WorkbookPort): Promise<ImportRecord[]> {
  const [sheet] = await port.readSheets([IMPORTS_SHEET]);
  if (!sheet) return [];
  return sheet.rows.slice(1).flatMap((r): ImportRecord[] => {
    if (!str(r[0])) return [];
    let meta: ImportRecord["meta"] = {};
    try {
      const parsed = JSON.parse(str(r[6]) || "{}") as Record<string, unknown>;
      meta = Object.fromEntries(
        Object.entries(parsed).filter(
          ([k, v]) => (META_KEYS as readonly string[]).includes(k) && typeof v === "string",
        ),
      ) as ImportRecord["meta"];
    } catch {
      // a hand-edited log keeps its other columns; the checks then identify the file by its header
    }
    return [
      {
        sheet: str(r[0]),
        file: str(r[1]),
        originalSheet: str(r[2]),
        receivedOn: str(r[3]),
        sha256: str(r[4]),
        importedAt: str(r[5]),
        meta,
        highlighted: str(r[7]),
      },
    ];
  });
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** The sheet a submission's report is in: the one the reader locates, else the fullest visible one. */
function reportSheetOf(wb: WorkbookData): Sheet | null {
  const located = locateReport(wb)?.sheet;
  if (located) return located;
  const candidates = wb.sheets.filter((s) => s.name !== META_SHEET && s.state !== "veryHidden");
  return candidates.sort((a, b) => b.rows.length - a.rows.length)[0] ?? null;
}

export interface ImportResult {
  imported: ImportRecord[];
  /** files already imported (same bytes), skipped */
  duplicates: string[];
  /** files that could not be read, with the reason in the user's words */
  failed: { file: string; error: unknown }[];
  /** submissions in the workbook after this import */
  total: number;
}

/**
 * Step 3: copies each file's report sheet, cell for cell, into its own sheet "NB<n> <agency>",
 * and appends to the hidden import log; earlier imports are never touched. Identical bytes
 * imported twice are skipped.
 */
export async function importFiles(
  port: WorkbookPort,
  state: PlanState | null,
  files: readonly IncomingFile[],
  codecs: Pick<FileCodecs, "readSubmission">,
  now: Date,
  options: WriteOptions = {},
): Promise<ImportResult> {
  const previous = await readImports(port);
  const existing = await port.listSheets();
  const taken = new Set(existing.map((s) => s.name.toLocaleLowerCase("vi")));
  const known = new Set(previous.map((r) => r.sha256));
  const result: ImportResult = { imported: [], duplicates: [], failed: [], total: previous.length };
  const sheets: OutSheet[] = [];
  for (const f of files) {
    if (options.signal?.aborted) throw new UserError("ui.error.cancelled");
    try {
      const sha = await sha256Hex(f.bytes);
      if (known.has(sha)) {
        result.duplicates.push(f.name);
        continue;
      }
      const wb = await codecs.readSubmission(f.bytes, f.name);
      const report = reportSheetOf(wb);
      if (!report) throw new UserError("ui.import.noSheet", { file: f.name });
      const meta = readMeta(wb) ?? {};
      const agency = meta.agencyId ? state?.rosterIndex.byId(meta.agencyId) : undefined;
      const label = agency?.short ?? f.name.replace(/\.[^.]+$/, "");
      const n = previous.length + result.imported.length + 1;
      const sheet = uniqueSheetName(`${IMPORT_PREFIX}${String(n).padStart(2, "0")} ${label}`, taken);
      sheets.push(copyOfSheet(report, sheet));
      known.add(sha);
      result.imported.push({
        sheet,
        file: f.name,
        originalSheet: report.name,
        receivedOn: f.receivedOn,
        sha256: sha,
        importedAt: now.toISOString(),
        meta,
        highlighted: "",
      });
    } catch (error) {
      result.failed.push({ file: f.name, error });
    }
  }
  result.total = previous.length + result.imported.length;
  if (result.imported.length > 0) {
    await port.writeSheets([...sheets, importsSheet([...previous, ...result.imported])], {
      ...options,
      activate: true,
      veryHidden: [IMPORTS_SHEET],
    });
  }
  return result;
}

/**
 * The name the checks, the summary and the links know an import by. Two agencies may send files
 * with the same name (or one agency a corrected file under the old name); the NB sheet is unique
 * in the workbook, so the pair tells them apart and still shows the file the officer received.
 */
export function importKey(r: Pick<ImportRecord, "file" | "sheet">): string {
  return `${r.file} [${r.sheet}]`;
}

/** The imported submissions rebuilt as the workbooks the checks read: the report sheet plus its metadata. */
export async function loadImportedWorkbooks(
  port: WorkbookPort,
): Promise<{ records: ImportRecord[]; inputs: CheckInputFile[]; copies: Map<string, Sheet> }> {
  const records = await readImports(port);
  const sheets = await port.readSheets(records.map((r) => r.sheet));
  const byName = new Map(sheets.map((s) => [s.name.toLocaleLowerCase("vi"), s]));
  const inputs: CheckInputFile[] = [];
  for (const r of records) {
    const copy = byName.get(r.sheet.toLocaleLowerCase("vi"));
    if (!copy) continue; // the user deleted the sheet: that import is withdrawn
    const metaRows: Cell[][] = Object.entries(r.meta).map(([k, v]) => [k, v ?? ""]);
    const wbSheets: Sheet[] = [{ name: r.originalSheet, rows: copy.rows }];
    if (metaRows.length > 0) wbSheets.push({ name: META_SHEET, rows: metaRows, state: "veryHidden" });
    inputs.push({
      wb: { fileName: importKey(r), sheets: wbSheets },
      sha256: r.sha256,
      receivedOn: r.receivedOn || undefined,
    });
  }
  return { records, inputs, copies: byName };
}

// ---- step 4: Kiểm tra --------------------------------------------------------------------

/**
 * Checks file by file, yielding to the page between files: Office restarts an add-in that
 * blocks for 5 s, and the Cancel button must stay clickable.
 */
export async function checkWithBreaks(
  inputs: readonly CheckInputFile[],
  ctx: Parameters<typeof checkFiles>[1],
  options: Pick<WriteOptions, "signal" | "onProgress"> = {},
): Promise<CheckedSubmission[]> {
  const out: CheckedSubmission[] = [];
  for (const input of inputs) {
    if (options.signal?.aborted) throw new UserError("ui.error.cancelled");
    out.push(...checkFiles([input], ctx));
    options.onProgress?.(out.length, inputs.length);
    await new Promise((r) => setTimeout(r, 0));
  }
  return out;
}

export interface IssueView {
  issue: CheckIssue;
  /** where to select it in this workbook: the import sheet and the cell */
  target: { sheet: string; cell: string } | null;
}

export interface AgencyIssues {
  agencyId: string | null;
  agencyName: string;
  /** the file name as received */
  file: string;
  /** the NB sheet it was imported into: unique, where file names may repeat */
  sheet: string | null;
  superseded: boolean;
  issues: IssueView[];
}

export interface CheckOutcome {
  checked: CheckedSubmission[];
  groups: AgencyIssues[];
  errors: number;
  warnings: number;
  /** false when Excel refused to colour the cells (a protected NB sheet): the list and the sheet of findings stand */
  highlighted: boolean;
}

function targetOf(issue: CheckIssue, records: ImportRecord[]): IssueView["target"] {
  const rec = records.find((r) => importKey(r) === issue.file);
  if (!rec) return null;
  if (issue.cell && issue.sheet === rec.originalSheet) return { sheet: rec.sheet, cell: issue.cell };
  return { sheet: rec.sheet, cell: "A1" };
}

/**
 * Step 4: checks every imported file, writes `Kết quả kiểm tra`, and colours the cells with
 * findings in the import sheets (one batch for all of them).
 */
export async function runChecks(
  port: WorkbookPort,
  state: PlanState,
  asOf: string,
  period: string,
  options: WriteOptions = {},
): Promise<CheckOutcome> {
  const { summary, records, checked, copies } = await summarise(port, state, asOf, period, options, {
    requireImports: true,
  });
  const { superseded } = latestByAgency(checked);
  const issuesSheet = summary.sheets.find((s) => s.name === ISSUES_SHEET);

  const highlights = new Map<string, { cell: string; kind: HighlightKind }[]>();
  const groups: AgencyIssues[] = checked.map((c) => {
    const agencyId = c.submission?.agencyId ?? null;
    const views = c.issues.map((issue): IssueView => ({ issue, target: targetOf(issue, records) }));
    for (const v of views) {
      if (!v.target || !v.issue.cell || v.issue.severity === "info") continue;
      const list = highlights.get(v.target.sheet) ?? [];
      list.push({ cell: v.target.cell, kind: v.issue.severity === "error" ? "error" : "warning" });
      highlights.set(v.target.sheet, list);
    }
    const rec = records.find((r) => importKey(r) === c.file);
    return {
      agencyId,
      agencyName:
        (agencyId && state.rosterIndex.byId(agencyId)?.short) || c.submission?.agencyName || rec?.file || c.file,
      file: rec?.file ?? c.file,
      sheet: rec?.sheet ?? null,
      superseded: superseded.includes(c),
      issues: views,
    };
  });
  // Old colours must not outlive their finding (a cell fixed by hand, a new as-of date). The
  // port has no "clear fill", so an NB sheet coloured before at a cell not coloured now is
  // rewritten from its own cells (as read for the checks), which leaves it without fills; the
  // log remembers what is coloured, so an unchanged sheet is not rewritten.
  const rewrite: OutSheet[] = [];
  const log = records.map((r): ImportRecord => {
    const now = new Set((highlights.get(r.sheet) ?? []).map((h) => h.cell));
    const before = r.highlighted === "*" ? null : r.highlighted.split(" ").filter(Boolean);
    const copy = copies.get(r.sheet.toLocaleLowerCase("vi"));
    if (copy && (before === null || before.some((c) => !now.has(c)))) rewrite.push(copyOfSheet(copy, r.sheet));
    const listed = [...now].join(" ");
    return { ...r, highlighted: listed.length > HIGHLIGHTED_MAX ? "*" : listed };
  });
  // One write: the findings first (activated), the log, then the sheets to clean.
  await port.writeSheets(
    [...(issuesSheet ? [linkToImports(issuesSheet, records)] : []), importsSheet(log), ...rewrite],
    {
      ...options,
      activate: issuesSheet !== undefined,
      veryHidden: [IMPORTS_SHEET],
    },
  );
  // The findings are written; the colours are a help, and a refusal must not hide the results.
  let highlighted = true;
  try {
    await port.highlightCells([...highlights].map(([sheet, cells]) => ({ sheet, cells })));
  } catch {
    highlighted = false;
  }
  const all = checked.flatMap((c) => c.issues);
  return {
    highlighted,
    checked,
    groups,
    errors: all.filter((i) => i.severity === "error").length,
    warnings: all.filter((i) => i.severity === "warning").length,
  };
}

// ---- links from the summary to the import sheets ------------------------------------------

/** 0-based column of each heading in the first row that has all of them; null when none does. */
function headingColumns(sheet: OutSheet, keys: readonly MessageKey[]): { row: number; cols: number[] } | null {
  const labels = keys.map((k) => t("vi", k));
  for (let row = 0; row < Math.min(sheet.rows.length, 10); row++) {
    const cells = sheet.rows[row]!.cells;
    const cols = labels.map((l) => cells.indexOf(l));
    if (cols.every((c) => c >= 0)) return { row, cols };
  }
  return null;
}

function withCell(row: OutRow, col: number, value: OutValue): OutRow {
  const cells = [...row.cells];
  cells[col] = value;
  return { ...row, cells };
}

/** `#'NB02 Sở KHĐT'!C12`: a link to a cell of this workbook. */
function internalTarget(sheet: string, cell: string): string {
  return `#${quoteSheetName(sheet)}!${cell}`;
}

/**
 * The summary is built without `sources` in the pane (the NB… import sheets already are the
 * copies), so it has no links of its own. This adds them, pointing into the import sheets:
 * in `Kết quả kiểm tra` each finding's cell links to the same cell of the file's NB sheet
 * (they copy cells 1:1, so the address is the agency's own), and in `Tình hình nộp báo cáo` each
 * file name links to its NB sheet. A finding on another sheet of the file, or without a cell,
 * stays plain text. Other sheets are returned unchanged.
 */
export function linkToImports(sheet: OutSheet, records: readonly ImportRecord[]): OutSheet {
  // The summary names each import by its key (file and NB sheet), as the checks do.
  const byFile = new Map<string, ImportRecord>();
  for (const r of records) byFile.set(importKey(r), r);
  if (sheet.name === ISSUES_SHEET) {
    const at = headingColumns(sheet, [
      "summary.issues.col.file",
      "summary.issues.col.sheet",
      "summary.issues.col.cell",
    ]);
    if (!at) return sheet;
    const [fileCol, sheetCol, cellCol] = at.cols as [number, number, number];
    const rows = sheet.rows.map((row, i) => {
      if (i <= at.row) return row;
      const file = row.cells[fileCol];
      const cell = row.cells[cellCol];
      const rec = typeof file === "string" ? byFile.get(file) : undefined;
      if (!rec || typeof cell !== "string" || !parseAddress(cell) || row.cells[sheetCol] !== rec.originalSheet)
        return row;
      return withCell(row, cellCol, { link: internalTarget(rec.sheet, cell.trim().toUpperCase()), text: cell });
    });
    return { ...sheet, rows };
  }
  if (sheet.name === SUBMISSIONS_SHEET) {
    const at = headingColumns(sheet, ["summary.subs.col.file"]);
    if (!at) return sheet;
    const [fileCol] = at.cols as [number];
    const rows = sheet.rows.map((row, i) => {
      const file = row.cells[fileCol];
      const rec = i > at.row && typeof file === "string" ? byFile.get(file) : undefined;
      return rec ? withCell(row, fileCol, { link: internalTarget(rec.sheet, "A1"), text: importKey(rec) }) : row;
    });
    return { ...sheet, rows };
  }
  return sheet;
}

// ---- steps 5 and 6: Tổng hợp, Nhắc nhở ------------------------------------------------------

export interface ReminderView {
  agencyName: string;
  email: string;
  subject: string;
  body: string;
  mailto: string;
  reasons: string[];
}

export interface SummaryOutcome {
  sheetNames: string[];
  reminders: ReminderView[];
  submitted: number;
  expected: number;
}

/** Reads every imported submission back, checks it and builds the summary: steps 4 and 5 share it. */
async function summarise(
  port: WorkbookPort,
  state: PlanState,
  asOf: string,
  period: string,
  options: WriteOptions,
  { requireImports = false } = {},
) {
  const { records, inputs, copies } = await loadImportedWorkbooks(port);
  if (requireImports && inputs.length === 0) throw new UserError("ui.error.nothingImported");
  const ctx = { plan: state.plan, roster: state.rosterIndex, matrix: state.matrix, asOf, period };
  const checked = await checkWithBreaks(inputs, ctx, options);
  const summary = buildSummaryWithDetails({
    plan: state.plan,
    roster: state.rosterIndex,
    matrix: state.matrix,
    checked,
    asOf,
    period,
    receivedOn: Object.fromEntries(records.map((r) => [importKey(r), r.receivedOn])),
    imports: records.map((r) => ({ file: importKey(r), sha256: r.sha256 || null, importedAt: r.importedAt })),
    // No `sources`: the import sheets (NB01 …) already are cell-for-cell copies of every
    // submission; copying them again would double the workbook and the bytes sent to Excel.
    // The links then point into those sheets instead (linkToImports).
  });
  return { summary, records, checked, copies };
}

function reminderViews(summary: ReturnType<typeof buildSummaryWithDetails>): ReminderView[] {
  return buildReminders(summary.analysis).map((r) => ({
    agencyName: r.standing.agency.name,
    email: r.standing.agency.email,
    subject: r.subject,
    body: draftBody(r.draft),
    mailto: fittedMailto(r.standing.agency.email, r.subject, r.draft).url,
    reasons: r.reasons,
  }));
}

/** Step 5: every summary sheet (chart included), replaced as a whole. */
export async function buildSummaryStep(
  port: WorkbookPort,
  state: PlanState,
  asOf: string,
  period: string,
  options: WriteOptions = {},
): Promise<SummaryOutcome> {
  const { summary, records } = await summarise(port, state, asOf, period, options);
  await port.writeSheets(
    summary.sheets.map((s) => linkToImports(s, records)),
    { ...options, activate: true },
  );
  const a = summary.analysis;
  return {
    sheetNames: summary.sheets.map((s) => s.name),
    reminders: reminderViews(summary),
    submitted: a.agencies.filter((s) => s.current !== null).length,
    expected: a.agencies.length,
  };
}

/** Step 6: the reminder sheet alone (fresh), and each reminder for the pane's copy and mail buttons. */
export async function remindersStep(
  port: WorkbookPort,
  state: PlanState,
  asOf: string,
  period: string,
  options: WriteOptions = {},
): Promise<ReminderView[]> {
  const { summary } = await summarise(port, state, asOf, period, options);
  const sheet = summary.sheets.find((s) => s.name === REMINDERS_SHEET);
  if (sheet) await port.writeSheets([sheet], { ...options, activate: true });
  return reminderViews(summary);
}

// ---- an agency's own template: Kiểm tra trước khi gửi ------------------------------------------

/** The open workbook is an agency's template when it has the hidden metadata sheet, or a `Báo cáo` sheet and no plan. */
export function isAgencyTemplate(sheetNames: readonly string[]): boolean {
  const names = new Set(sheetNames.map((n) => n.toLocaleLowerCase("vi")));
  if (names.has(META_SHEET.toLocaleLowerCase("vi"))) return true;
  return (
    names.has(REPORT_SHEET.toLocaleLowerCase("vi")) &&
    !names.has(PLAN_SHEET.toLocaleLowerCase("vi")) &&
    !names.has(MATRIX_SHEET.toLocaleLowerCase("vi"))
  );
}

const SELF_CHECK_SKIPS = new Set(["late-submission"]);

export interface SelfCheckOutcome {
  issues: IssueView[];
  errors: number;
  warnings: number;
  planMismatch: string | null;
  /** the agency and plan named by the template's metadata, for the pane's heading */
  agencyName: string | null;
  planNumber: string | null;
}

/**
 * The agency checks its own sheet before sending it, against the plan embedded in the add-in
 * (the one its template was made from). No cell is coloured: this workbook is what the agency
 * then e-mails, so fills would travel to the focal point, stay after the cell is fixed, and
 * overwrite the agency's own formatting. The list of findings (a click selects the cell) is
 * the result.
 */
export async function selfCheck(port: WorkbookPort, embeddedPlanText: string, asOf: string): Promise<SelfCheckOutcome> {
  const names = (await port.listSheets()).map((s) => s.name);
  const sheets = await port.readSheets(names);
  const wb: WorkbookData = { fileName: "(sổ làm việc đang mở)", sheets };
  const meta = readMeta(wb);
  const state = planStateFrom(embeddedPlanText, KONTUM_ROSTER);
  const planMismatch = meta?.plan && state.plan.meta.number && meta.plan !== state.plan.meta.number ? meta.plan : null;
  const ctx = {
    plan: state.plan,
    roster: state.rosterIndex,
    matrix: state.matrix,
    asOf,
    ...(meta?.period ? { period: meta.period } : {}),
  };
  // Judged at the report date the agency wrote (when it wrote one), as the focal point will.
  const first = checkFiles([{ wb, receivedOn: asOf }], ctx)[0];
  const reportDate = first?.submission?.reportDate ?? null;
  const checked =
    reportDate && reportDate !== asOf
      ? checkFiles([{ wb, receivedOn: reportDate }], { ...ctx, asOf: reportDate })[0]
      : first;
  // Whether the file arrives late is the focal point's finding, not something to fix before sending.
  const issues = (checked?.issues ?? [])
    .filter((i) => !SELF_CHECK_SKIPS.has(i.code))
    .map((issue): IssueView => ({
      issue,
      target: issue.sheet && issue.cell ? { sheet: issue.sheet, cell: issue.cell } : null,
    }));
  return {
    issues,
    errors: issues.filter((i) => i.issue.severity === "error").length,
    warnings: issues.filter((i) => i.issue.severity === "warning").length,
    planMismatch,
    agencyName: checked?.submission?.agencyName ?? null,
    planNumber: meta?.plan ?? null,
  };
}

/** ISO date of an Excel serial, for the pane's date inputs. */
export function isoOfSerial(serial: number): string {
  return isoFromSerial(serial) ?? "";
}
