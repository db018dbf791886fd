import { describe, expect, it } from "@jest/globals";
import { buildTemplate, agenciesToReport, templateFileName } from "../../src/core/template/build";
import { demoScenario, seededRandom, type Behaviour } from "../../src/demo/scenario";
import { csvReturn } from "../../src/demo/fill";
import { readCsv } from "../../src/csv/read-csv";
import { matrix, plan } from "../helpers/consolidate-builders";

function story(seed?: number) {
  const templates = agenciesToReport(matrix).map((agency) => {
    const content = buildTemplate(plan, matrix, agency, "2022");
    return { agency, content, fileName: templateFileName("4587/KH-UBND", "2022", agency) };
  });
  const deadlines = new Map(plan.tasks.map((t) => [t.code, t.deadline]));
  return { templates, story: demoScenario({ templates, deadlineOf: (c) => deadlines.get(c) ?? null }, seed) };
}

describe("the demo's story", () => {
  it("is the same every time for the same seed, and different for another", () => {
    expect(story().story).toEqual(story().story);
    expect(story(1).story.map((s) => s.behaviour)).not.toEqual(story().story.map((s) => s.behaviour));
    const r1 = seededRandom(7);
    const r2 = seededRandom(7);
    expect([r1(), r1(), r1()]).toEqual([r2(), r2(), r2()]);
  });

  it("has every kind of agency behaviour, most agencies on time", () => {
    const { story: s } = story();
    const count = (b: Behaviour) => s.filter((x) => x.behaviour === b).length;
    expect(count("missing")).toBe(3);
    expect(count("late")).toBe(3);
    for (const b of ["emptyCells", "badValues", "formulaText", "csv", "retyped", "resent"] as const)
      expect(count(b)).toBe(1);
    expect(count("onTime")).toBeGreaterThan(s.length / 2);
    for (const x of s.filter((y) => y.behaviour === "late")) expect(x.returns[0]!.receivedOn > "2022-11-14").toBe(true);
    for (const x of s.filter((y) => y.behaviour === "onTime"))
      expect(x.returns[0]!.receivedOn < "2022-11-15").toBe(true);
    const resent = s.find((x) => x.behaviour === "resent")!;
    expect(resent.returns).toHaveLength(2);
    expect(resent.returns[0]!.receivedOn < resent.returns[1]!.receivedOn).toBe(true);
  });

  it("puts the planned mistakes in the files", () => {
    const { story: s } = story();
    const bad = s.find((x) => x.behaviour === "badValues")!.returns[0]!;
    expect(bad.lines[0]!.completedOn).toEqual({ text: "31/02/2022" });
    expect(bad.lines[0]!.statusText).toBe("Đã hoàn thàng");
    const formula = s.find((x) => x.behaviour === "formulaText")!.returns[0]!;
    expect(formula.lines[0]!.result.startsWith("=")).toBe(true);
    expect(formula.header.phone.startsWith("+84")).toBe(true);
  });

  it("writes a CSV the project's own reader reads back with the agency's values", () => {
    const { story: s, templates } = story();
    const i = s.findIndex((x) => x.behaviour === "csv");
    const ret = s[i]!.returns[0]!;
    const wb = readCsv(csvReturn(templates[i]!.content, ret), ret.fileName);
    const rows = wb.sheets[0]!.rows;
    expect(rows.some((r) => r[0] === "Đơn vị báo cáo" && r[1] === s[i]!.agency.name)).toBe(true);
    const header = rows.findIndex((r) => r.includes("Mã nhiệm vụ"));
    expect(rows[header]).toContain("Khó khăn, vướng mắc");
    expect(rows[header + 1]![1]).toBe(ret.lines[0]!.taskCode);
  });
});
