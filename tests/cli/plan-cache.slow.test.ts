/**
 * The built CLI with its plan cache (src/node/plan-cache.ts): a run that finds the plan in the
 * cache prints byte for byte what the run that read it printed, and exits the same, for every
 * real plan in every form and for check on returns; KEHOACH_CACHE=off writes nothing.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureCliBuilt } from "../helpers/cli";
import { CORPUS_DIR } from "../plan-file/corpus";
import { generateReturns } from "../../bench/gen-returns";

let work = "";
let returns: string[] = [];

function run(args: string[], cacheDir: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [ensureCliBuilt(), ...args], {
    cwd: work,
    encoding: "utf8",
    env: { ...process.env, KEHOACH_CACHE_DIR: cacheDir, KEHOACH_DEBUG_PLAN_CACHE: "1", ...env },
  });
  const states = [...r.stderr.matchAll(/^kehoach plan cache: (.+)\n/gm)].map((m) => m[1]);
  return { code: r.status, out: r.stdout, err: r.stderr.replace(/^kehoach plan cache: .+\n/gm, ""), states };
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "kehoach-plan-cache-cli-"));
  returns = await generateReturns(4, work);
}, 120_000);

const plans = existsSync(CORPUS_DIR)
  ? readdirSync(CORPUS_DIR)
      .filter((f) => /\.(txt|docx|pdf)$/.test(f))
      .sort()
  : [];

describe("a plan found in the cache", () => {
  it("prints what reading it printed, for every real plan in every form", () => {
    expect(plans.length).toBeGreaterThanOrEqual(16);
    const cache = mkdtempSync(join(tmpdir(), "kehoach-plan-cache-"));
    for (const f of plans) {
      const args = ["plan", join(CORPUS_DIR, f), "--format", "json"];
      const read = run(args, cache);
      const found = run(args, cache);
      expect([f, read.states]).toEqual([f, ["miss", "stored"]]);
      expect([f, found.states]).toEqual([f, ["hit"]]);
      expect([f, found.code, found.out, found.err]).toEqual([f, read.code, read.out, read.err]);
    }
  }, 300_000);

  it("checks returns as the plan read afresh does, and with the cache off writes no cache", () => {
    const cache = mkdtempSync(join(tmpdir(), "kehoach-plan-cache-"));
    const args = ["check", ...returns, "--roster", "roster.json", "--as-of", "2022-11-20", "--format", "json"];
    const read = run(args, cache);
    const found = run(args, cache);
    const off = run(args, join(cache, "off"), { KEHOACH_CACHE: "off" });
    expect(read.states).toEqual(["miss", "stored"]);
    expect(found.states).toEqual(["hit"]);
    expect(off.states).toEqual([]);
    expect(existsSync(join(cache, "off"))).toBe(false);
    expect(read.code).toBe(1);
    expect(JSON.parse(read.out).files).toHaveLength(4);
    for (const r of [found, off]) expect([r.code, r.out, r.err]).toEqual([read.code, read.out, read.err]);
  }, 120_000);
});
