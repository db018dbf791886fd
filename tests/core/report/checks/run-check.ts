/**
 * Runs ONE check on a grid, as the pipeline would (read, locate, then the check), so each
 * check's spec sees only its own findings. Grids come from tests/fixtures/deviations/grids.ts.
 */
import { cellAddress, type Cell, type WorkbookData } from "../../../../src/core/grid";
import { HEADER_FIELDS, REPORT_LAYOUT, TABLE_COLUMNS, type ColumnKey } from "../../../../src/core/template/layout";
import type { Check, CheckContext } from "../../../../src/core/report/context";
import type { CheckIssue } from "../../../../src/core/report/model";
import type { Finding, FindingCode } from "../../../../src/core/report/findings";
import { readLocated } from "../../../../src/core/report/read";
import { resolveSettings } from "../../../../src/core/report/pipeline";
import { CLEAN_FILLS, contentFor, filledGrid, standardContext, type Fill } from "../../../fixtures/deviations/grids";

export const content = contentFor();

export function runCheck(
  check: Check,
  wb: WorkbookData,
  over: Partial<CheckContext> = {},
  receivedOn?: string,
): CheckIssue[] {
  const ctx = standardContext(over);
  const read = readLocated(wb, ctx, receivedOn ? { receivedOn } : {});
  if (!read.submission || !read.located) throw new Error(`not readable: ${wb.fileName}`);
  return check({
    wb,
    submission: read.submission,
    located: read.located,
    ctx,
    settings: resolveSettings(ctx.settings),
  });
}

/** The clean report of Sở LĐTBXH with some tasks' cells replaced. */
export function withFills(over: Record<string, Fill>, opts: Parameters<typeof filledGrid>[2] = {}): WorkbookData {
  const fills: Record<string, Fill> = {};
  for (const code of Object.keys(CLEAN_FILLS)) fills[code] = { ...CLEAN_FILLS[code], ...(over[code] ?? {}) };
  return filledGrid(content, fills, opts);
}

/** A copy of the grid with one cell of the report sheet set (0-based row and column). */
export function setCell(wb: WorkbookData, row: number, col: number, v: Cell): WorkbookData {
  const rows = wb.sheets[0]!.rows.map((r) => [...r]);
  while (rows.length <= row) rows.push([]);
  const r = rows[row]!;
  while (r.length <= col) r.push(null);
  r[col] = v;
  return { ...wb, sheets: [{ ...wb.sheets[0]!, rows }, ...wb.sheets.slice(1)] };
}

/** "severity code cell" of each finding, sorted: what a spec asserts first. */
export const brief = (issues: readonly CheckIssue[]) =>
  issues.map((i) => `${i.severity} ${i.code} ${i.cell ?? "-"}`).sort();

/** The only finding, narrowed to its code (fails when there is not exactly one of that code). */
export function only<C extends FindingCode>(issues: readonly CheckIssue[], code: C): Finding<C> {
  const found = issues.filter((i) => i.code === code);
  if (found.length !== 1) throw new Error(`expected one ${code}, got ${brief(issues).join("; ")}`);
  return found[0] as Finding<C>;
}

/** A1 of a header field's value cell in the grid built by filledGrid. */
export function headerCell(key: (typeof HEADER_FIELDS)[number]["key"]): string {
  const i = HEADER_FIELDS.findIndex((f) => f.key === key);
  return cellAddress(REPORT_LAYOUT.headerFirstRow + i, REPORT_LAYOUT.headerValueCol);
}

/** 0-based column of a table column in the grid built by filledGrid. */
export function columnOf(key: ColumnKey): number {
  return REPORT_LAYOUT.tableFirstCol + TABLE_COLUMNS.findIndex((c) => c.key === key);
}
