/**
 * Links from the summary into the import sheets. The summary is built without `sources` in the
 * pane (the NB… import sheets already are the copies), so the builder makes no links of its own.
 * This is the ONE place they are added; when the core builder takes a link function for its file
 * and cell columns, `summarySheets` (analysis.ts) passes one instead and this module goes.
 */
import { parseAddress, quoteSheetName } from "../core/grid";
import { t, type MessageKey } from "../core/i18n";
import type { OutRow, OutSheet, OutValue } from "../core/sheet-model";
import { importKey, type ImportRecord } from "./import-log";

import { ISSUES_SHEET, SUBMISSIONS_SHEET } from "./sheet-names";

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
