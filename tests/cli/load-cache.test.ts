import { beforeAll, describe, expect, it } from "@jest/globals";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadEmbeddedPlan, loadPlanFile, type LoadedPlan } from "../../src/cli/load";
import { openPlanCache, type PlanCache } from "../../src/node/plan-cache";
import { parsePlan } from "../../src/core/plan/parse";
import { KONTUM_4587_TEXT } from "../../src/core/plan/kontum-4587.text";
import { KONTUM_ROSTER } from "../../src/core/roster/default-kontum";
import { indexRoster } from "../../src/core/roster/match";
import { rosterToSheet } from "../../src/core/roster/sheet";
import { obligationSheet, taskTableSheet } from "../../src/core/plan/table";
import { buildMatrix } from "../../src/core/matrix";
import { planToJson } from "../../src/core/plan/export";
import { writeWorkbook } from "../../src/xlsx/write-sheets";
import type { Roster } from "../../src/core/roster/model";
import { CORPUS_DIR, corpusPlansWithForms } from "../plan-file/corpus";

/** Everything a command takes from a loaded plan, as text: what it prints and what it checks against. */
function seen(l: LoadedPlan): string {
  const matrix = buildMatrix(l.plan, l.roster);
  return JSON.stringify({
    plan: planToJson(l.plan, l.roster, matrix),
    roster: l.roster.roster,
    findings: l.findings,
    start: l.rosterStart
      ? [l.rosterStart.fromPlan, l.rosterStart.named, l.rosterStart.unknown, l.rosterStart.roster]
      : null,
    agencies: l.roster.roster.agencies.map((a) => l.roster.agenciesFor(a.name).map((x) => x.id)),
  });
}

function cacheIn(dir: string, states: string[]): PlanCache {
  return openPlanCache({ KEHOACH_CACHE_DIR: join(dir, "cache") }, "test-build", (s) => states.push(s))!;
}

const agency = (id: string, name: string) => ({
  id,
  name,
  short: id,
  aliases: [],
  kind: "department" as const,
  email: "",
  reports: true,
});
const ROSTER: Roster = {
  agencies: [agency("SLDTBXH", "Sở Lao động - Thương binh và Xã hội"), agency("STC", "Sở Tài chính")],
  groups: [],
  openPhrases: [],
};

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "kehoach-load-cache-"));
  // A plan workbook whose first task names a body no roster has: its reading has a finding.
  const roster = indexRoster(KONTUM_ROSTER);
  const plan = parsePlan(KONTUM_4587_TEXT, { roster });
  plan.tasks[0]!.lead = ["Sở Không Có Trong Danh Bạ"];
  const bytes = await writeWorkbook([taskTableSheet(plan), obligationSheet(plan), rosterToSheet(KONTUM_ROSTER)]);
  writeFileSync(join(dir, "ke-hoach.xlsx"), bytes);
});

describe("plans read from the cache", () => {
  const realPlans = corpusPlansWithForms().slice(0, 2);

  it.each([
    ...realPlans.flatMap((base) => [`${base}.txt`, `${base}.docx`].map((f) => [f, join(CORPUS_DIR, f)])),
    ["a plan workbook with a finding", "ke-hoach.xlsx"],
  ])("are the same as read afresh: %s", async (_name, path) => {
    const states: string[] = [];
    const cache = cacheIn(dir, states);
    const first = await loadPlanFile(path, dir, null, cache);
    const second = await loadPlanFile(path, dir, null, cache);
    const uncached = await loadPlanFile(path, dir, null, null);
    expect(states).toEqual(["miss", "stored", "hit"]);
    expect(seen(second)).toBe(seen(uncached));
    expect(seen(first)).toBe(seen(uncached));
    if (path === "ke-hoach.xlsx") expect(second.findings.length).toBeGreaterThan(0);
  });

  it("a plan started its own roster: the hit says so as the first reading did", async () => {
    if (realPlans.length === 0) return;
    const cache = cacheIn(dir, []);
    const path = join(CORPUS_DIR, `${realPlans[0]}.txt`);
    await loadPlanFile(path, dir, null, cache);
    const hit = await loadPlanFile(path, dir, null, cache);
    expect(hit.rosterStart?.fromPlan).toBe(true);
    expect(hit.rosterStart?.roster).toEqual(hit.roster.roster);
  });

  it("the embedded plan, with and without a roster, and each roster under its own key", () => {
    const states: string[] = [];
    const cache = cacheIn(dir, states);
    for (const roster of [null, ROSTER]) {
      const first = loadEmbeddedPlan(roster, cache);
      const second = loadEmbeddedPlan(roster, cache);
      expect(seen(second)).toBe(seen(loadEmbeddedPlan(roster, null)));
      expect(seen(first)).toBe(seen(second));
    }
    expect(states).toEqual(["miss", "stored", "hit", "miss", "stored", "hit"]);
  });

  it("a changed plan, another roster or a renamed file is read afresh", async () => {
    const states: string[] = [];
    const cache = cacheIn(dir, states);
    writeFileSync(join(dir, "a.txt"), KONTUM_4587_TEXT);
    await loadPlanFile("a.txt", dir, null, cache);
    writeFileSync(join(dir, "a.txt"), KONTUM_4587_TEXT.replace("15 tháng 11", "20 tháng 11"));
    const changed = await loadPlanFile("a.txt", dir, null, cache);
    expect(changed.plan.reporting.map((r) => r.dueMonthDay)).toContain("11-20");
    await loadPlanFile("a.txt", dir, ROSTER, cache);
    writeFileSync(join(dir, "b.txt"), KONTUM_4587_TEXT);
    await loadPlanFile("b.txt", dir, null, cache);
    expect(states.filter((s) => s === "hit")).toEqual([]);
  });

  it("an entry of the right format but not a plan is passed over and replaced", async () => {
    const states: string[] = [];
    const cache = cacheIn(dir, states);
    writeFileSync(join(dir, "c.txt"), KONTUM_4587_TEXT);
    const key = cache.key("file", "c.txt", new TextEncoder().encode(KONTUM_4587_TEXT), "");
    cache.put(key, { plan: { tasks: "not a list" } });
    const loaded = await loadPlanFile("c.txt", dir, null, cache);
    expect(loaded.plan.tasks.length).toBeGreaterThan(20);
    expect(states).toEqual(["stored", "hit", "stored"]);
    expect(readdirSync(join(dir, "cache")).some((n) => n.endsWith(".tmp"))).toBe(false);
  });
});
