import { describe, expect, it } from "@jest/globals";
import { embeddedFocalPoint, isAgencyTemplate, isAgencyWorkbook, selfCheck } from "../../src/app/self-check";
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

  /** The agency's report copied into a workbook of its own, on a sheet named as the clerk likes, without the metadata. */
  async function renamedReport(sheetName: string, fill: Parameters<typeof returns>[1][number]["fill"]) {
    const state = kontumState();
    const [wb] = [...(await returns(state, [{ agencyId: "SKHDT", fill }])).values()];
    const report = wb!.sheets.find((s) => s.name === REPORT_SHEET)!;
    const { port, excel } = workbook();
    await port.writeSheets([
      copyOfSheet({ name: "Sheet1", rows: [["ghi chú của văn thư"]] }, "Sheet1"),
      copyOfSheet(report, sheetName),
    ]);
    return { state, port, excel };
  }

  it("recognises a report table on a renamed sheet by its header, without the metadata sheet", async () => {
    const { port } = await renamedReport("BC SKHĐT 2022", { reportDate: "2022-11-12", status: "done" });
    expect(isAgencyTemplate((await port.listSheets()).map((s) => s.name))).toBe(false);
    expect(await isAgencyWorkbook(port)).toBe(true);
  });

  it("does not take a focal point's workbook or an unrelated one for an agency's report", async () => {
    const { port } = workbook();
    await port.writeSheets([
      copyOfSheet(
        {
          name: "Sheet1",
          rows: [
            ["Tên", "Tuổi"],
            ["A", 3],
          ],
        },
        "Sheet1",
      ),
    ]);
    expect(await isAgencyWorkbook(port)).toBe(false);
    const { port: focal } = await renamedReport("NB01 copy", { reportDate: "2022-11-12", status: "done" });
    await focal.writeSheets([copyOfSheet({ name: "x", rows: [["Mã nhiệm vụ"]] }, "Kế hoạch")]);
    expect(await isAgencyWorkbook(focal)).toBe(false);
  });

  it("lists every error of a renamed report, pointing at its own sheet, none capped", async () => {
    const { port } = await renamedReport("BC 2022", { reportDate: "2022-11-12", status: "skip" });
    const out = await selfCheck(port, KONTUM_4587_TEXT, "2022-11-12");
    expect(out.agencyName).not.toBeNull();
    expect(out.errors).toBe(out.issues.filter((v) => v.issue.severity === "error").length);
    expect(out.errors).toBeGreaterThan(0);
    const onSheet = out.issues.filter((v) => v.target);
    expect(onSheet.length).toBeGreaterThan(0);
    for (const v of onSheet) expect(v.target!.sheet).toBe("BC 2022");
  });
});
