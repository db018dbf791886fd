/**
 * A run stopped midway (Ctrl-C, kill) takes back what it half-made: the summary's temporary
 * file, its lock; the summary already there stays byte for byte; a lock another run holds is
 * left alone; the user is told, in both languages, and the exit code is 128 + the signal.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { ensureCliBuilt } from "../helpers/cli";
import { generateReturns } from "../../bench/gen-returns";

let work = "";
let returns: string[] = [];
const COMMON = ["--roster", "roster.json", "--as-of", "2022-11-20"];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "kehoach-stop-"));
  returns = await generateReturns(400, work);
  ensureCliBuilt();
}, 180_000);

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

/** Starts consolidate into `out`, sends `signal` once a file of `out` matches `when`; resolves with the exit. */
function stopWhen(out: string, when: RegExp, signal: NodeJS.Signals, files = returns) {
  const child = spawn(process.execPath, [ensureCliBuilt(), "consolidate", ...files, ...COMMON, "--out", out], {
    cwd: work,
  });
  let err = "";
  child.stderr.on("data", (d: Buffer) => (err += d.toString()));
  const folder = join(out, "..");
  return new Promise<{ code: number | null; err: string; seen: string[] }>((resolve, reject) => {
    let seen: string[] = [];
    const timer = setInterval(() => {
      seen = readdirSync(folder);
      if (seen.some((n) => when.test(n))) {
        clearInterval(timer);
        child.kill(signal);
      }
    }, 2);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearInterval(timer);
      resolve({ code, err, seen });
    });
  });
}

describe("a run stopped midway", () => {
  it("while writing the summary: the summary from before stays as it was, and nothing is left beside it", async () => {
    const dir = join(work, "a");
    mkdirSync(dir);
    const out = join(dir, "tong-hop.xlsx");
    const first = spawnSync(
      process.execPath,
      [ensureCliBuilt(), "consolidate", ...returns.slice(0, 5), ...COMMON, "--out", out],
      {
        cwd: work,
      },
    );
    expect(first.status).toBe(0);
    const before = sha(out);
    const r = await stopWhen(out, /^\.tong-hop\.xlsx\.[0-9a-f]{12}\.tmp$/, "SIGINT");
    expect(r.seen.some((n) => /^\.tong-hop\.xlsx\.[0-9a-f]{12}\.tmp$/.test(n))).toBe(true);
    expect(r.code).toBe(130);
    expect(r.err).toContain("Lệnh đã dừng giữa chừng theo yêu cầu");
    expect(r.err).toContain("The command was stopped midway on request");
    expect(readdirSync(dir)).toEqual(["tong-hop.xlsx"]);
    expect(sha(out)).toBe(before);
  }, 120_000);

  it("while holding the lock, before writing: the lock goes with it (SIGTERM)", async () => {
    const dir = join(work, "b");
    mkdirSync(dir);
    const r = await stopWhen(join(dir, "tong-hop.xlsx"), /^\.tong-hop\.xlsx\.kehoach\.lock$/, "SIGTERM");
    expect(r.code).toBe(143);
    expect(r.err).toContain("The command was stopped midway on request");
    expect(readdirSync(dir)).toEqual([]);
  }, 120_000);

  it("while waiting for another run's lock: that lock stays, only its own draft goes", async () => {
    const dir = join(work, "c");
    mkdirSync(dir);
    // A lock of a live process of this machine (this test's): the run waits for it.
    const lock = join(dir, ".tong-hop.xlsx.kehoach.lock");
    const owner = JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() });
    writeFileSync(lock, owner);
    const r = await stopWhen(
      join(dir, "tong-hop.xlsx"),
      /^\.\.tong-hop\.xlsx\.kehoach\.lock\.[0-9a-f]{12}\.tmp$/,
      "SIGINT",
      returns.slice(0, 3),
    );
    expect(r.code).toBe(130);
    expect(readdirSync(dir)).toEqual([".tong-hop.xlsx.kehoach.lock"]);
    expect(readFileSync(lock, "utf8")).toBe(owner);
  }, 120_000);
});
