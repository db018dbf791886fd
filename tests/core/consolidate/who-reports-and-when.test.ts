/**
 * Review fixes in the consolidation and templates: one rule for who must report, not-yet-due
 * agencies kept apart from missing ones, the plan's issuer in the draft report, the template's
 * due date taken from the obligation the checker applies, unique template file names.
 */
import { describe, expect, it } from "@jest/globals";
import { buildSummaryWithDetails } from "../../../src/core/consolidate/build";
import { reportingAgencies } from "../../../src/core/matrix";
import { agenciesToReport, buildTemplate, uniqueTemplateFileNames } from "../../../src/core/template/build";
import { obligationFor } from "../../../src/core/report/deadlines";
import type { AssignmentMatrix } from "../../../src/core/matrix-model";
import type { Plan } from "../../../src/core/plan/model";
import type { OutSheet } from "../../../src/core/sheet-model";
import { input, matrix, plan, roster } from "../../helpers/consolidate-builders";

function sheet(sheets: OutSheet[], name: string): OutSheet {
  const s = sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

function figure(sheets: OutSheet[], label: string): unknown {
  return sheet(sheets, "Chỉ số").rows.find((r) => r.cells[0] === label)?.cells[1];
}

function reportText(sheets: OutSheet[]): string {
  return sheet(sheets, "Báo cáo")
    .rows.map((r) => String(r.cells[0] ?? ""))
    .join("\n");
}

describe("who must report: one rule (review §2)", () => {
  it("the seed plan: 30 agencies, the same in the summary, the templates and reportingAgencies", () => {
    const rule = reportingAgencies(plan, matrix, roster);
    expect(rule).toHaveLength(30);
    expect(agenciesToReport(matrix, plan, roster).map((a) => a.id)).toEqual(rule);
    const s = buildSummaryWithDetails(input([], { asOf: "2022-11-20" }));
    expect(s.analysis.agencies.map((a) => a.agency.id)).toEqual(rule);
  });

  it("an obligation sender with no task gets no template and is not chased in the summary", () => {
    // Sở Y tế is among "Các sở, ban, ngành" who send the yearly report; take its tasks away.
    expect(plan.reporting[0]!.from.flatMap((n) => roster.agenciesFor(n).map((a) => a.id))).toContain("SYT");
    const m: AssignmentMatrix = {
      ...matrix,
      assignments: matrix.assignments.filter((a) => a.agencyId !== "SYT"),
      agencies: matrix.agencies.filter((a) => a.id !== "SYT"),
    };
    expect(reportingAgencies(plan, m, roster)).not.toContain("SYT");
    const s = buildSummaryWithDetails(input([], { matrix: m, asOf: "2022-11-20" }));
    const ids = s.analysis.agencies.map((a) => a.agency.id);
    expect(ids).not.toContain("SYT");
    expect(ids).toEqual(reportingAgencies(plan, m, roster));
    expect(reportText(s.sheets)).not.toContain("Sở Y tế");
  });
});

describe("before the due date (review §5)", () => {
  it("agencies not due yet are neither counted nor chased as missing", () => {
    const s = buildSummaryWithDetails(input([], { asOf: "2022-11-01" }));
    expect(figure(s.sheets, "Chưa gửi (quá hạn)")).toBe(0);
    expect(figure(s.sheets, "Chưa đến hạn")).toBe(30);
    const text = reportText(s.sheets);
    expect(text).not.toContain("chỉ đạo các đơn vị chưa gửi báo cáo");
    expect(text).not.toContain("Các đơn vị quá hạn chưa gửi");
    expect(text).toContain("30 đơn vị chưa gửi nhưng chưa đến hạn");
  });

  it("after the due date the same agencies are missing and the closing asks the issuer to act", () => {
    const s = buildSummaryWithDetails(input([], { asOf: "2022-11-20" }));
    expect(figure(s.sheets, "Chưa gửi (quá hạn)")).toBe(30);
    expect(figure(s.sheets, "Chưa đến hạn")).toBe(0);
    expect(reportText(s.sheets)).toContain("Đề nghị Ủy ban nhân dân tỉnh Kon Tum chỉ đạo các đơn vị chưa gửi báo cáo");
  });

  it("the closing names the plan's issuer, else the provincial People's Committee", () => {
    const other: Plan = { ...plan, meta: { ...plan.meta, issuer: "Ủy ban nhân dân tỉnh Gia Lai" } };
    const text = reportText(buildSummaryWithDetails(input([], { plan: other, asOf: "2022-11-20" })).sheets);
    expect(text).toContain("báo cáo Ủy ban nhân dân tỉnh Gia Lai xem xét, chỉ đạo./.");
    expect(text).toContain("Đề nghị Ủy ban nhân dân tỉnh Gia Lai chỉ đạo");
    const none: Plan = { ...plan, meta: { ...plan.meta, issuer: null } };
    expect(reportText(buildSummaryWithDetails(input([], { plan: none, asOf: "2022-11-20" })).sheets)).toContain(
      "báo cáo Ủy ban nhân dân tỉnh xem xét",
    );
  });
});

describe("templates (review §7, §9)", () => {
  it("state the due date of the obligation the checker applies to the agency, not the earliest of any", () => {
    // The focal point's own report made due before the agencies' one.
    const shuffled: Plan = {
      ...plan,
      reporting: plan.reporting.map((o, i) => (i === 1 ? { ...o, dueMonthDay: "10-01" } : o)),
    };
    const skhdt = roster.byId("SKHDT")!;
    const applied = obligationFor(shuffled, "SKHDT", roster)!;
    const [mm, dd] = applied.dueMonthDay!.split("-");
    expect(buildTemplate(shuffled, matrix, skhdt, "2022", { roster }).dueText).toBe(`trước ngày ${dd}/${mm}/2022`);
    expect(`${dd}/${mm}`).toBe("15/11");
  });

  it("file names stay unique when agencies share a short name", () => {
    const names = uniqueTemplateFileNames("4587/KH-UBND", "2022", [
      { id: "A1", short: "UBND xã" },
      { id: "A2", short: "UBND Xã" },
      { id: "B", short: "Sở Y tế" },
    ]);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(3);
    expect(names[1]).toContain("A2");
  });
});
