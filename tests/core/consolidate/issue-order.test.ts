import { describe, expect, it } from "@jest/globals";
import { issueOrder } from "../../../src/core/consolidate/issue-order";
import type { CheckIssue } from "../../../src/core/report/model";

function issue(
  severity: CheckIssue["severity"],
  file: string,
  cell: string | null,
  code = "missing-status",
): CheckIssue {
  return {
    severity,
    file,
    cell,
    code,
    agency: null,
    sheet: "Báo cáo",
    field: null,
    value: null,
    params: {},
  } as unknown as CheckIssue;
}

const label = (i: CheckIssue) => `${i.severity} ${i.file} ${i.cell ?? "-"} ${i.code}`;

describe("issueOrder", () => {
  it("sorts most severe first, then files in Vietnamese order, then cells row by row, then code", () => {
    const list = [
      issue("warning", "a.xlsx", "A1"),
      issue("error", "Đắk Hà.xlsx", "B2"),
      issue("error", "Dak To.xlsx", "C9"),
      issue("error", "Đắk Hà.xlsx", "A3"),
      issue("error", "Đắk Hà.xlsx", "C2"),
      issue("error", "Đắk Hà.xlsx", null),
      issue("error", "Đắk Hà.xlsx", "B2", "bad-date"),
      issue("info", "Sa Thầy.xlsx", "A1"),
      issue("error", "Ea Súp.xlsx", "A1"),
    ];
    expect([...list].sort(issueOrder).map(label)).toEqual([
      "error Dak To.xlsx C9 missing-status",
      // Vietnamese: Đ comes after D and before E, whatever the machine's locale
      "error Đắk Hà.xlsx - missing-status",
      "error Đắk Hà.xlsx B2 bad-date",
      "error Đắk Hà.xlsx B2 missing-status",
      "error Đắk Hà.xlsx C2 missing-status",
      "error Đắk Hà.xlsx A3 missing-status",
      "error Ea Súp.xlsx A1 missing-status",
      "warning a.xlsx A1 missing-status",
      "info Sa Thầy.xlsx A1 missing-status",
    ]);
  });
});
