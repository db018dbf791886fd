import { describe, it, expect, beforeAll } from "@jest/globals";
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

/** Runs score.py once over all pairs (one Python process), returning each pair's summary. */
function scoreAll(pairs: [string, string][]): Score[] {
  const script = [
    "import io, sys, contextlib, runpy",
    "pairs = [l.split('\\t') for l in sys.stdin.read().splitlines() if l]",
    "for a, e in pairs:",
    "    buf = io.StringIO()",
    "    sys.argv = ['score.py', a, e, '-q']",
    "    with contextlib.redirect_stdout(buf):",
    "        try:",
    "            runpy.run_path(sys.argv_score, run_name='__main__')",
    "        except SystemExit:",
    "            pass",
    "    print(buf.getvalue().strip().splitlines()[-1])",
  ]
    .join("\n")
    .replace("sys.argv_score", JSON.stringify(join(CORPUS!, "score.py")));
  const r = spawnSync("python3", ["-c", script], {
    input: pairs.map((p) => p.join("\t")).join("\n"),
    encoding: "utf8",
  });
  if (r.error) throw new Error(`python3 is needed to run score.py: ${r.error.message}`);
  const lines = r.stdout.trim().split("\n");
  if (lines.length !== pairs.length) throw new Error(`score.py did not score every file: ${r.stdout}${r.stderr}`);
  return lines.map((line) => {
    const m = /tasks (\d+)\/(\d+).*duties (\d+)\/(\d+); reporting (\d+)\/(\d+)/u.exec(line);
    if (!m) throw new Error(`score.py printed no summary: ${line}`);
    const n = m.slice(1).map(Number);
    return { tasks: [n[0]!, n[1]!], duties: [n[2]!, n[3]!], reporting: [n[4]!, n[5]!] };
  });
}

const share = ([a, b]: [number, number]) => (b === 0 ? 1 : a / b);

describe("the real-plan corpus", () => {
  const scores = new Map<string, Score>();
  beforeAll(() => {
    if (!CORPUS) throw new Error("the shared corpus (../shared/plans/real with score.py) is not beside the checkout");
    const out = mkdtempSync(join(tmpdir(), "kehoach-corpus-"));
    const roster = indexRoster(KONTUM_ROSTER);
    const files = readdirSync(CORPUS).filter((x) => x.endsWith(".txt"));
    const pairs: [string, string][] = files.map((f) => {
      const plan = parsePlan(readFileSync(join(CORPUS, f), "utf8"), { roster });
      const actual = join(out, f.replace(/\.txt$/u, ".json"));
      writeFileSync(actual, JSON.stringify(planToJson(plan, roster)));
      return [actual, join(CORPUS, f.replace(/\.txt$/u, ".expected.json"))];
    });
    scoreAll(pairs).forEach((s, i) => scores.set(files[i]!, s));
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
