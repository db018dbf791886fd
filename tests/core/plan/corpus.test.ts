import { describe, it, expect, beforeAll } from "vitest";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../../helpers/cli";
import { parsePlan } from "../../../src/core/plan/parse";
import { planToJson } from "../../../src/core/plan/export";
import { indexRoster } from "../../../src/core/roster/match";
import { KONTUM_ROSTER } from "../../../src/core/roster/default-kontum";

/**
 * The ten real plans of the shared corpus (../shared/plans/real), parsed as the CLI parses
 * them and scored by the corpus's own score.py: at least 95 % of tasks and of agency duties,
 * and every yearly reporting due day, per file and in total.
 */
const CORPUS = [join(ROOT, "..", "shared", "plans", "real"), join(ROOT, "..", "..", "shared", "plans", "real")].find(
  (d) => existsSync(join(d, "score.py")),
);

interface Score {
  tasks: [number, number];
  duties: [number, number];
  reporting: [number, number];
}

function score(actual: string, expected: string): Score {
  const r = spawnSync("python3", [join(CORPUS!, "score.py"), actual, expected, "-q"], { encoding: "utf8" });
  if (r.error) throw new Error(`python3 is needed to run score.py: ${r.error.message}`);
  const m = /tasks (\d+)\/(\d+).*duties (\d+)\/(\d+); reporting (\d+)\/(\d+)/u.exec(r.stdout);
  if (!m) throw new Error(`score.py printed no summary: ${r.stdout}${r.stderr}`);
  const n = m.slice(1).map(Number);
  return { tasks: [n[0]!, n[1]!], duties: [n[2]!, n[3]!], reporting: [n[4]!, n[5]!] };
}

const share = ([a, b]: [number, number]) => (b === 0 ? 1 : a / b);

describe("the real-plan corpus", () => {
  const scores = new Map<string, Score>();
  beforeAll(() => {
    if (!CORPUS) throw new Error("the shared corpus (../shared/plans/real with score.py) is not beside the checkout");
    const out = mkdtempSync(join(tmpdir(), "kehoach-corpus-"));
    const roster = indexRoster(KONTUM_ROSTER);
    for (const f of readdirSync(CORPUS).filter((x) => x.endsWith(".txt"))) {
      const plan = parsePlan(readFileSync(join(CORPUS, f), "utf8"), { roster });
      const actual = join(out, f.replace(/\.txt$/u, ".json"));
      writeFileSync(actual, JSON.stringify(planToJson(plan, roster)));
      scores.set(f, score(actual, join(CORPUS, f.replace(/\.txt$/u, ".expected.json"))));
    }
  });

  it("has all ten plans", () => {
    expect(scores.size).toBe(10);
  });

  it("each plan: ≥ 95 % of tasks and of agency duties, every reporting due day", () => {
    const below = [...scores].filter(
      ([, s]) => share(s.tasks) < 0.95 || share(s.duties) < 0.95 || s.reporting[0] < s.reporting[1],
    );
    expect(below.map(([f, s]) => `${f}: ${JSON.stringify(s)}`)).toEqual([]);
  });

  it("in total: ≥ 95 % of the 100 tasks and of the 48 duties, both reporting due days", () => {
    const sum = (k: keyof Score): [number, number] =>
      [...scores.values()].reduce<[number, number]>((acc, s) => [acc[0] + s[k][0], acc[1] + s[k][1]], [0, 0]);
    expect(sum("tasks")[1]).toBe(100);
    expect(share(sum("tasks"))).toBeGreaterThanOrEqual(0.95);
    expect(share(sum("duties"))).toBeGreaterThanOrEqual(0.95);
    expect(sum("reporting")[0]).toBe(sum("reporting")[1]);
  });
});
