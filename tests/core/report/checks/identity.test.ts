import { describe, it, expect } from "@jest/globals";
import { checkIdentity } from "../../../../src/core/report/checks/identity";
import { META_SHEET, TEMPLATE_VERSION } from "../../../../src/core/template/layout";
import type { WorkbookData } from "../../../../src/core/grid";
import { brief, headerCell, only, runCheck, withFills } from "./run-check";

/** The clean report with one value of the hidden metadata sheet replaced. */
function withMeta(key: string, value: string): WorkbookData {
  const wb = withFills({});
  const sheets = wb.sheets.map((s) =>
    s.name === META_SHEET ? { ...s, rows: s.rows.map((r) => (r[0] === key ? [key, value] : r)) } : s,
  );
  return { ...wb, sheets };
}

describe("checkIdentity", () => {
  it("finds nothing in the agency's own template for this plan and period", () => {
    expect(runCheck(checkIdentity, withFills({}))).toEqual([]);
  });

  it("refuses another plan's report, at the header cell when the metadata is gone", () => {
    const wb = withFills({}, { meta: false, header: { plan: "123/KH-UBND" } });
    const f = only(runCheck(checkIdentity, wb), "wrong-plan");
    expect(f).toMatchObject({ severity: "error", cell: headerCell("plan"), field: "plan", value: "123/KH-UBND" });
    expect(f.params).toEqual({ value: "123/KH-UBND", plan: "4587/KH-UBND", date: "27/12/2021" });
  });

  it("refuses a report for another period, pointing at the metadata sheet that says so", () => {
    const f = only(runCheck(checkIdentity, withFills({}), { period: "2023" }), "wrong-period");
    expect(f).toMatchObject({ severity: "error", sheet: META_SHEET, cell: null, value: "2022" });
    expect(f.params).toEqual({ value: "2022", period: "2023" });
  });

  it("warns when no period can be found anywhere", () => {
    const wb = withFills({}, { meta: false, fileName: "bao cao.xlsx", header: { period: null } });
    const f = runCheck(checkIdentity, wb);
    expect(brief(f)).toEqual([`warning period-unknown ${headerCell("period")}`]);
    expect(only(f, "period-unknown").params).toEqual({ period: "2022" });
  });

  it("warns about a template of another version", () => {
    const f = only(runCheck(checkIdentity, withMeta("templateVersion", "0.9")), "template-version");
    expect(f).toMatchObject({ severity: "warning", sheet: META_SHEET, value: "0.9" });
    expect(f.params).toEqual({ value: "0.9", current: TEMPLATE_VERSION });
  });

  it("refuses a template issued to one agency and filled in by another", () => {
    const f = only(runCheck(checkIdentity, withFills({}, { header: { agency: "Sở Tài chính" } })), "agency-mismatch");
    expect(f).toMatchObject({ severity: "error", cell: headerCell("agency"), value: "Sở Tài chính" });
    expect(f.params).toEqual({ value: "Sở Tài chính", agency: "Sở Lao động - Thương binh và Xã hội" });
  });
});
