/**
 * Short builders for consolidation tests: the real plan 4587 and its matrix, and submissions
 * and check issues written directly as data (the reader and the checks have their own tests).
 */
import { parsePlan } from "../../src/core/plan/parse";
import { buildMatrix } from "../../src/core/matrix";
import { KONTUM_4587_TEXT } from "../../src/core/plan/kontum-4587.text";
import { KONTUM_ROSTER } from "../../src/core/roster/default-kontum";
import { indexRoster } from "../../src/core/roster/match";
import type { CheckIssue, ReportLine, Submission } from "../../src/core/report/model";
import type { ReportedStatus } from "../../src/core/template/layout";
import type { CheckedFile, SummaryInput } from "../../src/core/consolidate/analyse";
import type { Sheet, WorkbookData } from "../../src/core/grid";

export const roster = indexRoster(KONTUM_ROSTER);
export const plan = parsePlan(KONTUM_4587_TEXT);
export const matrix = buildMatrix(plan, roster);

/** Codes of the tasks an agency has a role in. */
export function tasksOf(agencyId: string): string[] {
  return matrix.assignments.filter((a) => a.agencyId === agencyId).map((a) => a.taskCode);
}

export function line(
  taskCode: string,
  row: number,
  status: ReportedStatus | null,
  over: Partial<ReportLine> = {},
): ReportLine {
  return {
    row,
    taskCode,
    role: null,
    status,
    completedOn: null,
    result: `Đã triển khai nhiệm vụ ${taskCode}`,
    difficulties: "",
    proposals: "",
    notes: "",
    cells: { status: { file: "", sheet: "Báo cáo", cell: `F${row}` } },
    ...over,
  };
}

/** A submission of `agencyId` with one "in progress" line per assigned task unless `lines` is given. */
export function submission(agencyId: string, file: string, over: Partial<Submission> = {}): Submission {
  const lines = over.lines ?? tasksOf(agencyId).map((code, i) => line(code, 14 + i, "inProgress"));
  return {
    file,
    sha256: null,
    sheet: "Báo cáo",
    agencyId,
    agencyName: roster.byId(agencyId)?.name ?? null,
    period: "2022",
    identifiedBy: "metadata",
    planNumber: "4587/KH-UBND",
    templateVersion: "1.0",
    reportDate: "2022-11-10",
    receivedOn: null,
    header: {},
    ...over,
    lines,
  };
}

export function checked(sub: Submission, issues: CheckIssue[] = []): CheckedFile {
  return { file: sub.file, submission: sub, issues };
}

export function issue(
  file: string,
  agency: string | null,
  cell: string | null,
  // Loosely typed on purpose: tests build findings with partial parameters.
  over: Partial<Omit<CheckIssue, "code" | "params">> & { code?: CheckIssue["code"]; params?: object } = {},
): CheckIssue {
  return {
    code: "required",
    severity: "error",
    agency,
    file,
    sheet: "Báo cáo",
    cell,
    field: null,
    value: null,
    params: {},
    ...over,
  } as CheckIssue;
}

export function input(files: CheckedFile[], over: Partial<SummaryInput> = {}): SummaryInput {
  return { plan, roster, matrix, checked: files, asOf: "2022-11-20", period: "2022", ...over };
}

/** A report sheet as the reader would give it, with the submission's lines in column F. */
export function sourceOf(sub: Submission, extra: (rows: Sheet["rows"]) => void = () => {}): WorkbookData {
  const rows: Sheet["rows"] = [["BÁO CÁO"]];
  for (const l of sub.lines) {
    const r: Sheet["rows"][number] = [];
    r[0] = l.row - 13;
    r[1] = l.taskCode;
    r[5] = l.status ?? "";
    r[7] = l.result;
    rows[l.row - 1] = r;
  }
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  extra(rows);
  return { fileName: sub.file, sheets: [{ name: sub.sheet, rows }] };
}
