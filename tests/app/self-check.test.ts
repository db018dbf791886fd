import { describe, expect, it } from "@jest/globals";
import { embeddedFocalPoint, isAgencyTemplate, selfCheck } from "../../src/app/self-check";
import { KONTUM_4587_TEXT } from "../../src/core/plan/kontum-4587.text";
import { META_SHEET, REPORT_SHEET } from "../../src/core/template/layout";
import { copyOfSheet } from "../../src/core/consolidate/copies";
import { kontumState, returns, workbook } from "./fixture";

describe("the agency's own check before sending", () => {
  it("recognises a template by its metadata sheet, or a Báo cáo sheet without a plan", () => {
    expect(isAgencyTemplate(["Báo cáo", META_SHEET])).toBe(true);
    expect(isAgencyTemplate(["báo cáo"])).toBe(true);
    expect(isAgencyTemplate(["Báo cáo", "Kế hoạch"])).toBe(false);
    expect(isAgencyTemplate(["Sheet1"])).toBe(false);
    expect(isAgencyTemplate([META_SHEET.toUpperCase()])).toBe(true);
  });

  it("names the embedded plan's focal point as the one the report goes to", () => {
    expect(embeddedFocalPoint(KONTUM_4587_TEXT)).toBe(kontumState().plan.focalPoint);
    expect(embeddedFocalPoint(KONTUM_4587_TEXT)).toMatch(/\S/);
  });

  it("finds the agency's own errors at the report date it wrote, not the lateness", async () => {
    const state = kontumState();
    const [wb] = [
      ...(await returns(state, [{ agencyId: "SKHDT", fill: { reportDate: "2022-12-30", status: "skip" } }])).values(),
    ];
    const { port } = workbook();
    await port.writeSheets(
      wb!.sheets.map((s) => copyOfSheet(s, s.name)),
      { veryHidden: [META_SHEET] },
    );
    const out = await selfCheck(port, KONTUM_4587_TEXT, "2023-06-01");
    expect(out.agencyName).toBe(state.rosterIndex.byId("SKHDT")!.name);
    expect(out.planNumber).toBe(state.plan.meta.number);
    expect(out.planMismatch).toBeNull();
    expect(out.errors).toBeGreaterThan(0);
    expect(out.issues.some((v) => v.issue.code === "late-submission")).toBe(false);
    for (const v of out.issues) if (v.target) expect(v.target.sheet).toBe(v.issue.sheet);
    expect(out.issues.some((v) => v.target?.sheet === REPORT_SHEET)).toBe(true);
  });
});
