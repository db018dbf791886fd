/**
 * One production build of the pane per test run, shared by the bundle test and the browser
 * end-to-end test (webpack takes a minute on two cores: building twice would double it).
 * The first test file to ask builds under a lock directory; the other waits for its marker.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** The production URL the test build writes into dist/manifest.xml. */
export const TEST_PROD_URL = "https://kehoach.example.gov.vn/addin/";

export interface Build {
  dir: string;
  log: string;
  ok: boolean;
}

export async function productionBuild(): Promise<Build> {
  // For iterating on the browser test only: reuse a finished build (its marker JSON).
  const reuse = process.env.ADDIN_TEST_BUILD_MARKER;
  if (reuse) return JSON.parse(readFileSync(reuse, "utf8")) as Build;
  // Test files run in worker processes of one jest process: its pid names this run's build.
  const dir = path.join(ROOT, "test-results", `addin-build-${process.ppid}`);
  const lock = `${dir}.lock`;
  const marker = `${dir}.json`;
  for (let waited = 0; ; waited += 500) {
    if (existsSync(marker)) return JSON.parse(readFileSync(marker, "utf8")) as Build;
    try {
      mkdirSync(path.dirname(dir), { recursive: true });
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 300_000) throw new Error(`waited 5 minutes for the build under ${lock}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    // builds of earlier runs (other pids) are left-overs: keep test-results small
    const results = path.dirname(dir);
    for (const name of readdirSync(results)) {
      const full = path.join(results, name);
      if (
        /^addin-build-\d+(\.json)?$/.test(name) &&
        !full.startsWith(dir) &&
        Date.now() - statSync(full).mtimeMs > 10 * 60_000
      ) {
        rmSync(full, { recursive: true, force: true });
      }
    }
    rmSync(dir, { recursive: true, force: true });
    const r = spawnSync("npx", ["webpack", "--mode", "production"], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, ADDIN_OUT_DIR: dir, ADDIN_PROD_URL: TEST_PROD_URL },
      timeout: 300_000,
    });
    const build: Build = { dir, log: `${r.stdout}\n${r.stderr}`, ok: r.status === 0 };
    // written aside then renamed: the waiting process never reads a half-written marker
    writeFileSync(`${marker}.tmp`, JSON.stringify(build));
    renameSync(`${marker}.tmp`, marker);
    return build;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
