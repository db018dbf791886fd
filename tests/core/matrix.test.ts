import { describe, expect, it } from "@jest/globals";
import { because } from "../helpers/because";
import { parsePlan } from "../../src/core/plan/parse";
import { KONTUM_4587_TEXT } from "../../src/core/plan/kontum-4587.text";
import { indexRoster } from "../../src/core/roster/match";
import { KONTUM_ROSTER } from "../../src/core/roster/default-kontum";
import { buildMatrix, reportingAgencies, tasksToReport } from "../../src/core/matrix";
import { matrixToCsv } from "../../src/core/plan/export";
import { rosterFromSheet, rosterToSheet } from "../../src/core/roster/sheet";
import { planSheets } from "../../src/core/plan-sheets";
import type { Sheet } from "../../src/core/grid";
import type { Roster } from "../../src/core/roster/model";
import { UserError } from "../../src/core/errors";
import { parseDateText } from "../../src/core/dates";

const roster = indexRoster(KONTUM_ROSTER);
const plan = parsePlan(KONTUM_4587_TEXT, { roster });
const matrix = buildMatrix(plan, roster);
const role = (task: string, agency: string) =>
  matrix.assignments.find((a) => a.taskCode === task && a.agencyId === agency)?.role ?? null;

describe("roster matching", () => {
  it("matches official names, short names and aliases whatever the case, tone marks or abbreviations", () => {
    for (const name of [
      "Sở Lao động - Thương binh và Xã hội",
      "Sở LĐTBXH",
      "Sở Lao động - TB&XH",
      "sở lao động thương binh và xã hội",
      "SO LAO DONG - TB&XH",
    ]) {
      const m = roster.resolve(name);
      because(name, () => expect(m.kind).toBe("agency"));
      because(name, () => expect(m.kind === "agency" && m.agency.id).toBe("SLDTBXH"));
    }
    const bank = roster.resolve("Ngân hàng CSXH chi nhánh tỉnh");
    expect(bank.kind === "agency" && bank.agency.id).toBe("NHCSXH");
    const dakha = roster.resolve("UBND huyện Đắk Hà");
    expect(dakha.kind === "agency" && dakha.agency.id).toBe("HDAKHA");
  });

  it("expands groups to their members", () => {
    const districts = roster.agenciesFor("Ủy ban nhân dân các huyện, thành phố");
    expect(districts).toHaveLength(10);
    expect(districts.map((a) => a.id)).toContain("HIAHDRAI");
    expect(roster.agenciesFor("UBND các huyện, thành phố")).toHaveLength(10);
    const depts = roster.agenciesFor("Các sở, ban, ngành thuộc UBND tỉnh");
    expect(depts.length).toBeGreaterThanOrEqual(19);
    expect(depts.every((a) => a.kind === "department")).toBe(true);
  });

  it("keeps open phrases as such and reports unknown names instead of guessing", () => {
    expect(roster.resolve("các đơn vị, địa phương có liên quan").kind).toBe("open");
    expect(roster.resolve("các cơ quan, ban ngành có liên quan").kind).toBe("open");
    expect(roster.resolve("Sở Du lịch").kind).toBe("unknown");
    expect(roster.resolve("Sở Lao động").kind).toBe("unknown");
  });

  it("mends only the case of a name, never turns it into another name", () => {
    expect(roster.spelling("sở Công thương")).toBe("Sở Công Thương");
    expect(roster.spelling("Ban Dân tộc")).toBe("Ban Dân tộc");
    expect(roster.spelling("Sở Du lịch")).toBe("Sở Du lịch");
  });
});

describe("assignment matrix of 4587/KH-UBND", () => {
  it("marks leads CT, coordinators PH, implementers TH", () => {
    expect(role("1.4", "SKHDT")).toBe("CT");
    expect(role("1.4", "SLDTBXH")).toBe("PH");
    expect(role("1.4", "BDT")).toBe("PH");
    expect(role("1.1", "STC")).toBe("TH");
    expect(role("1.1", "HDAKHA")).toBe("TH");
    expect(role("2.9", "TPKONTUM")).toBe("TH");
    expect(role("4.5", "SLDTBXH")).toBe("CT");
    expect(role("4.5", "HKONRAY")).toBe("TH");
    expect(role("3.3", "NHCSXH")).toBe("CT");
    expect(role("2.6", "SCT")).toBe("PH");
    expect(role("1.5", "SKHDT")).toBeNull();
  });

  it("keeps the stronger role when an agency is named twice (1.1: every department through the group)", () => {
    expect(matrix.assignments.filter((a) => a.taskCode === "1.1" && a.agencyId === "SLDTBXH")).toHaveLength(1);
  });

  it("keeps open coordinators per task and matches every named body", () => {
    expect(matrix.openCoordinators["1.5"]).toEqual(["các đơn vị, địa phương có liên quan"]);
    expect(matrix.unmatched).toEqual([]);
  });

  it("lists each agency's tasks to report on and who must report", () => {
    expect(tasksToReport(matrix, "SKHDT")).toEqual(["1.1", "1.2", "1.3", "1.4", "2.6", "3.2"]);
    expect(tasksToReport(matrix, "HSATHAY")).toEqual([
      "1.1",
      "1.2",
      "1.3",
      "2.9",
      "3.1",
      "4.2",
      "4.4",
      "4.5",
      "4.6",
      "4.7",
      "4.8",
    ]);
    const must = reportingAgencies(plan, matrix, roster);
    expect(must).toContain("SLDTBXH");
    expect(must).toContain("NHCSXH");
    expect(must).toContain("HIAHDRAI");
    expect(must).not.toContain("UBNDT");
    expect(must).not.toContain("MTTQ");
    expect(must).toHaveLength(19 + 1 + 10);
  });

  it("reports names missing from the roster", () => {
    const small: Roster = { ...KONTUM_ROSTER, agencies: KONTUM_ROSTER.agencies.filter((a) => a.id !== "STTTT") };
    const m = buildMatrix(plan, indexRoster(small));
    expect(m.unmatched).toEqual([{ taskCode: "1.5", name: "Sở Thông tin và Truyền thông" }]);
  });

  it("writes CSV with names that contain commas quoted", () => {
    const csv = matrixToCsv(matrix);
    const lines = csv.trim().split("\r\n");
    expect(lines).toHaveLength(28); // header, 26 tasks, the agency duty III.3
    expect(lines[0]).toContain("Sở LĐTBXH");
    expect(lines.find((l) => l.startsWith("1.4,"))).toContain(",CT,PH,PH,PH,");
  });
});

/** The roster sheet as a user would leave it, read back through plain cells. */
function asGrid(out: ReturnType<typeof rosterToSheet>): Sheet {
  return {
    name: out.name,
    rows: out.rows.map((r) => r.cells.map((c) => (typeof c === "object" && c !== null ? null : c))),
  };
}

describe("the editable roster sheet", () => {
  it("round-trips the roster", () => {
    expect(rosterFromSheet(asGrid(rosterToSheet(KONTUM_ROSTER)))).toEqual(KONTUM_ROSTER);
  });

  it("takes a user's edits: e-mail, short name, a new alias", () => {
    const grid = asGrid(rosterToSheet(KONTUM_ROSTER));
    const row = grid.rows.find((r) => r[0] === "STC")!;
    row[4] = "stc@example.gov.vn";
    row[2] = "STC";
    row[6] = "Sở TC";
    const edited = indexRoster(rosterFromSheet(grid));
    const m = edited.resolve("Sở TC");
    expect(m.kind === "agency" && m.agency.email).toBe("stc@example.gov.vn");
    expect(m.kind === "agency" && m.agency.short).toBe("STC");
  });

  it("says which row is broken", () => {
    const grid = asGrid(rosterToSheet(KONTUM_ROSTER));
    grid.rows[5]![0] = "SKHDT"; // duplicate code
    expect(() => rosterFromSheet(grid)).toThrow(UserError);
    expect(() => rosterFromSheet(grid)).toThrow(/dòng 6/);
    expect(() => rosterFromSheet({ name: "X", rows: [["a", "b"]] })).toThrow(/Danh bạ|X/);
  });

  it("the plan sheets hold every task and the matrix", () => {
    const [planSheet, matrixSheet, rosterSheet] = planSheets(plan, matrix, KONTUM_ROSTER);
    expect(planSheet!.name).toBe("Kế hoạch");
    expect(planSheet!.rows.filter((r) => /^\d\.\d$/.test(String(r.cells[0])))).toHaveLength(26);
    expect(matrixSheet!.name).toBe("Ma trận phân công");
    expect(matrixSheet!.rows).toHaveLength(2 + 27); // 26 tasks and the agency duty III.3
    expect(rosterSheet!.name).toBe("Danh bạ đơn vị");
    for (const s of [planSheet!, matrixSheet!, rosterSheet!]) expect(s.name.length).toBeLessThanOrEqual(31);
  });
});

describe("abbreviated names with 'và'", () => {
  it("'Sở NN và PTNT', 'Sở KH và ĐT' meet their agencies", () => {
    const a = roster.resolve("Sở NN và PTNT");
    const b = roster.resolve("Sở KH và ĐT");
    expect(a.kind === "agency" && a.agency.id).toBe("SNNPTNT");
    expect(b.kind === "agency" && b.agency.id).toBe("SKHDT");
  });
});

describe("dates typed with 'ngày' before the numbers", () => {
  it("reads 'ngày 15/11/2022' like '15/11/2022'", () => {
    expect(parseDateText("ngày 15/11/2022")).toEqual({ ok: true, iso: "2022-11-15" });
    expect(parseDateText("Ngày 31/02/2022")).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("broken roster rows are named in plain words", () => {
  it("a missing code and a missing name each have their own message", () => {
    const grid = asGrid(rosterToSheet(KONTUM_ROSTER));
    grid.rows[4]![0] = null;
    expect(() => rosterFromSheet(grid)).toThrow(/dòng 5: thiếu Mã đơn vị[\s\S]*row 5: the agency code/);
    const grid2 = asGrid(rosterToSheet(KONTUM_ROSTER));
    grid2.rows[4]![1] = null;
    expect(() => rosterFromSheet(grid2)).toThrow(/chưa có Tên đầy đủ/);
  });
});
