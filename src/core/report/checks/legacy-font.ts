/**
 * Text typed with a legacy Vietnamese font encoding (TCVN3/ABC or VNI) shows as gibberish
 * in Unicode ("Hoµn thµnh"). It is reported cell by cell, never silently "repaired": the
 * agency converts it (Unikey: Công cụ chuyển mã) and sends the file again.
 */
import { cellAddress } from "../../grid";
import { HEADER_FIELDS } from "../../template/layout";
import { detectLegacyVietnamese } from "../../template/legacy-vietnamese";
import { makeIssue, type Check } from "../context";
import type { CheckIssue } from "../model";

export const checkLegacyFont: Check = (input) => {
  const issues: CheckIssue[] = [];
  const { located } = input;
  const report = (row: number, col: number, field: string | null, value: unknown) => {
    if (typeof value !== "string") return;
    const found = detectLegacyVietnamese(value);
    if (!found) return;
    const encoding = found.encoding === "TCVN3" ? "TCVN3 (ABC)" : "VNI";
    issues.push(
      makeIssue(
        input,
        "legacy-font",
        "error",
        { cell: cellAddress(row, col), field, value: found.sample },
        { encoding, sample: found.sample },
      ),
    );
  };
  for (const f of HEADER_FIELDS) {
    const h = located.header[f.key];
    if (h) report(h.valueRow, h.valueCol, f.key, h.raw);
  }
  const keyByCol = new Map(Object.values(located.columns).map((c) => [c.col, c.key]));
  for (const line of located.lines) {
    (located.sheet.rows[line.row] ?? []).forEach((v, col) => report(line.row, col, keyByCol.get(col) ?? null, v));
  }
  return issues;
};
