/**
 * The task pane's steps with 30 and 200 agencies' returns (issue 11, item 5): the production
 * build in Debian's Chromium, office.js replaced by the Excel stand-in, timed in the page.
 *   npm run bench -- pane            (or: npx tsx bench/pane.ts [N…] [--reuse-build] [--profile] [--rtt=MS])
 *
 * For each step (reading the chosen files, import, check, Tổng hợp, reminders) it prints: the time from the click to the
 * result in the page; the page's main-thread time (Chromium's TaskDuration) less the stand-in's
 * own work, which real Excel does in its own process; the longest main-thread block (longtask
 * entries); the number of context.sync() round trips and the megabytes sent and received. Then
 * the pane's import per file against the CLI's per-file cost on the same files (`kehoach check`,
 * marginal CPU between the two sizes, so start-up is not counted). Goals: import ≤ 2× the CLI
 * per file, every step under 5 s at 200 files, no block ≥ 5 s.
 *
 * --rtt=MS [--ms-per-mb=X] adds a modelled round trip to every sync (MS per sync, plus X ms per MB
 * sent and received, default 800, a 10 Mbit/s line): Excel is in another process (another machine
 * for Excel on the web), so each sync costs time the stand-in alone would not show. The model is a
 * guess; the syncs and megabytes columns are the facts it is made from. --profile writes a CPU profile of each step to test-results/pane-bench/
 * and prints its top functions by self time.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS, serveDir, standinScript } from "../tests/office-standin/serve";
import { ROOT } from "../tests/office-standin/build";
import { forEachReturn, syntheticProvince } from "./synthetic";
import { generateReturns } from "./gen-returns";
import { rosterToSheet } from "../src/core/roster/sheet";
import { inPageStep, STEPS, type StepFigures } from "./pane-step";
import { topOfBuild } from "./pane-profile";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const argv = process.argv.slice(2);
const sizes = argv.filter((a) => /^\d+$/.test(a)).map(Number);
const SIZES = sizes.length > 0 ? sizes : [30, 200];
const REUSE = argv.includes("--reuse-build");
const PROFILE = argv.includes("--profile");
const flag = (name: string, dflt: number) =>
  Number(new RegExp(`^--${name}=(\\d+)$`).exec(argv.find((a) => a.startsWith(`--${name}=`)) ?? "")?.[1] ?? dflt);
const RTT = flag("rtt", 0);
/** transfer time per MB when a round trip is modelled: 800 ms is a 10 Mbit/s line */
const MS_PER_MB = RTT > 0 ? flag("ms-per-mb", 800) : 0;
const OUT = join(ROOT, "test-results", "pane-bench");
const BUILD = join(OUT, "build");

function build(): void {
  if (REUSE && existsSync(join(BUILD, "taskpane.html"))) return;
  const t0 = Date.now();
  const r = spawnSync("npx", ["webpack", "--mode", "production"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ADDIN_OUT_DIR: BUILD, ADDIN_PROD_URL: "https://kehoach.example.gov.vn/addin/" },
  });
  if (r.status !== 0) throw new Error(`webpack failed:\n${(r.stdout + r.stderr).slice(-3000)}`);
  console.log(`production build: ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

/** The roster sheet the pane reads at step 1, as the stand-in's starting cells. */
function rosterSheetRows(n: number): (string | number | boolean | null)[][] {
  return rosterToSheet(syntheticProvince(n).roster).rows.map((r) =>
    r.cells.map((c) => (c === null || typeof c !== "object" ? c : "text" in c ? c.text : null)),
  );
}

async function returnsOf(n: number): Promise<{ name: string; buffer: Buffer }[]> {
  const files: { name: string; buffer: Buffer }[] = [];
  await forEachReturn(syntheticProvince(n), (name, bytes) => {
    files.push({ name, buffer: Buffer.from(bytes) });
  });
  return files;
}

/** CPU seconds of `kehoach check` on n generated returns (user + system, under GNU time). */
function cliCheckCpu(cli: string, dir: string, names: string[]): number {
  const r = spawnSync(
    "/usr/bin/time",
    [
      "-f",
      "KEHOACH_TIME %U %S",
      process.execPath,
      cli,
      "check",
      ...names,
      "--roster",
      "roster.json",
      "--as-of",
      "2022-11-20",
      "--format",
      "json",
    ],
    { cwd: dir, encoding: "utf8", stdio: ["ignore", "ignore", "pipe"] },
  );
  const m = /KEHOACH_TIME ([\d.]+) ([\d.]+)/.exec(r.stderr ?? "");
  if (!m) throw new Error(`kehoach check gave no timing: ${(r.stderr ?? "").slice(-400)}`);
  return Number(m[1]) + Number(m[2]);
}

async function cliPerFileMs(): Promise<{ perFile: number; at: Record<number, number> }> {
  execFileSync("npm", ["run", "--silent", "build:cli"], { cwd: ROOT, stdio: "inherit" });
  const cli = join(ROOT, "bin", "kehoach.js");
  const work = mkdtempSync(join(tmpdir(), "kehoach-pane-bench-"));
  const at: Record<number, number> = {};
  try {
    for (const n of SIZES) {
      const dir = join(work, String(n));
      const names = await generateReturns(n, dir);
      at[n] = cliCheckCpu(cli, dir, names) * 1000;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const [a, b] = [Math.min(...SIZES), Math.max(...SIZES)];
  // marginal cost between the two sizes: the start-up (loading the CLI) is not per file
  const perFile = a === b ? at[a]! / a : (at[b]! - at[a]!) / (b - a);
  return { perFile, at };
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error("Debian package chromium is needed: apt-get install -y chromium");
  mkdirSync(OUT, { recursive: true });
  build();
  const standinJs = await standinScript();
  const served = await serveDir(BUILD);
  const profileDir = mkdtempSync(join(tmpdir(), "kehoach-pane-bench-chromium-"));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 380, height: 900 },
    locale: "vi-VN",
  });
  const results: { n: number; steps: StepFigures[] }[] = [];
  try {
    for (const n of SIZES) {
      const files = await returnsOf(n);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      page.on("crash", () => console.log(`the page crashed (${n} files)`));
      await page.route(OFFICE_JS, (route) =>
        route.fulfill({ status: 200, contentType: "text/javascript", body: standinJs }),
      );
      // tsx (esbuild, keepNames) wraps named inner functions in __name(): functions handed to
      // page.evaluate carry those calls into the page.
      await page.addInitScript("globalThis.__name = globalThis.__name || ((f) => f);");
      await page.addInitScript(
        (c) => {
          (window as unknown as { __standinConfig: unknown }).__standinConfig = c;
        },
        {
          sheets: [{ name: "Danh bạ đơn vị", rows: rosterSheetRows(n) }],
          roundTripMs: RTT,
          roundTripMsPerMB: MS_PER_MB,
        },
      );
      await page.goto(`${served.origin}/taskpane.html`);
      await page.locator('main[data-ready="yes"]').waitFor({ timeout: 30_000 });
      await page.getByTestId("period").fill("2022");
      await page.getByTestId("asof").fill("2022-11-20");
      await page.getByTestId("plan-embedded").click();
      await page.getByTestId("plan-result").waitFor({ timeout: 120_000 });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Performance.enable");
      if (PROFILE) {
        await cdp.send("Profiler.enable");
        await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
      }
      // The files are made in the page before the step (Playwright's setInputFiles builds 200 File
      // objects in the page in one task, ~230 ms that a real file picker does not cost); choosing
      // them is then what the picker does: the input's files set, and its change event.
      await stageFiles(page, files);
      const chooseFiles = () => page.evaluate(chooseStaged);
      const steps: StepFigures[] = [];
      for (const step of STEPS) {
        if (PROFILE) await cdp.send("Profiler.start");
        const figures = await inPageStep(page, cdp, step, step.run ? undefined : chooseFiles);
        steps.push(figures);
        if (PROFILE) {
          const { profile } = await cdp.send("Profiler.stop");
          const file = join(OUT, `${n}-${step.key}.cpuprofile`);
          writeFileSync(file, JSON.stringify(profile));
          console.log(`\n${n} files, ${step.label}: top self time (${file})`);
          for (const r of topOfBuild(profile, BUILD, 15))
            console.log(`${r.ms.toFixed(0).padStart(7)} ms ${(r.share * 100).toFixed(1).padStart(5)} %  ${r.name}`);
        }
        if (figures.failed) break;
      }
      await screenshot(page, n);
      if (errors.length > 0) console.log(`page errors (${n} files): ${errors.slice(0, 3).join(" | ")}`);
      results.push({ n, steps });
      await page.close();
    }
  } finally {
    await context.close();
    await served.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
  const cli = await cliPerFileMs();
  report(results, cli);
}

async function stageFiles(page: Page, files: { name: string; buffer: Buffer }[]): Promise<void> {
  const staged = files.map((f) => ({ name: f.name, base64: f.buffer.toString("base64") }));
  await page.evaluate((list) => {
    const type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    const made = list.map((f) => new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name, { type }));
    (window as unknown as { __staged: File[] }).__staged = made;
  }, staged);
}

/** In the page: the staged files given to the import's file input, as the file picker does. */
function chooseStaged(): void {
  const input = document.querySelector('[data-testid="import-files"]') as HTMLInputElement;
  const dt = new DataTransfer();
  for (const f of (window as unknown as { __staged: File[] }).__staged) dt.items.add(f);
  input.files = dt.files;
  input.dispatchEvent(new Event("input", { bubbles: true }));
  input.dispatchEvent(new Event("change", { bubbles: true }));
}

async function screenshot(page: Page, n: number): Promise<void> {
  await page.screenshot({ path: join(OUT, `pane-${n}.png`), fullPage: true });
}

const pad = (s: string | number, w: number) => String(s).padStart(w);

function report(results: { n: number; steps: StepFigures[] }[], cli: { perFile: number; at: Record<number, number> }) {
  console.log(
    `\nThe pane in Chromium with the Excel stand-in${RTT ? `, round trip modelled at ${RTT} ms per sync + ${MS_PER_MB} ms per MB` : " (no round-trip delay)"}:`,
  );
  console.log("  wall: click → result, ms; pane CPU: page main thread less the stand-in's own work, ms;");
  console.log("  block: longest main-thread task, ms; syncs: context.sync() round trips; MB sent / received");
  // the figures are wall and CPU times on a shared machine: say how busy it was
  console.log(
    `  load average at the end: ${loadavg()
      .map((x) => x.toFixed(1))
      .join(" ")}\n`,
  );
  const w = [6, 10, 8, 10, 10, 8, 7, 14];
  console.log(
    ["N", "step", "wall", "pane CPU", "stand-in", "block", "syncs", "MB out / in"]
      .map((h, i) => pad(h, w[i]!))
      .join(""),
  );
  for (const r of results)
    for (const s of r.steps)
      console.log(
        [
          r.n,
          s.label,
          s.failed ? "FAILED" : s.wallMs.toFixed(0),
          s.paneCpuMs.toFixed(0),
          s.hostMs.toFixed(0),
          s.longestTaskMs.toFixed(0),
          s.syncs,
          `${s.mbOut.toFixed(2)} / ${s.mbIn.toFixed(2)}`,
        ]
          .map((c, i) => pad(c, w[i]!))
          .join(""),
      );
  console.log(
    `\nImport per file (Đọc tệp + Nhập), pane against the CLI (kehoach check: read and check, CPU under GNU time;`,
  );
  console.log(
    `  ${Object.entries(cli.at)
      .map(([n, ms]) => `${n} files ${(ms / 1000).toFixed(2)} s`)
      .join(", ")}):`,
  );
  // The pane's import is two steps: choosing the files reads them all (the preview), the button writes them.
  const imports = results.flatMap((r) => {
    const parts = r.steps.filter((x) => x.key === "preview" || x.key === "import");
    if (parts.length < 2 || parts.some((x) => x.failed)) return [];
    const sum = (f: (x: StepFigures) => number) => parts.reduce((a, x) => a + f(x), 0);
    return [{ n: r.n, wall: sum((x) => x.wallMs), cpu: sum((x) => x.paneCpuMs) }];
  });
  for (const i of imports) {
    // both sides with their fixed costs (the CLI's start-up, the pane's first load of the reader)
    const cliPer = (cli.at[i.n] ?? NaN) / i.n;
    console.log(
      `  ${pad(i.n, 4)} files: pane ${(i.wall / i.n).toFixed(1)} ms wall, ${(i.cpu / i.n).toFixed(1)} ms CPU per file; CLI ${cliPer.toFixed(1)} ms → ${(i.wall / i.n / cliPer).toFixed(2)}× (goal ≤ 2×)`,
    );
  }
  if (imports.length >= 2) {
    // without fixed costs: what one more file costs, between the smallest and the largest size
    const [a, b] = [imports[0]!, imports[imports.length - 1]!];
    const paneMarginal = (b.wall - a.wall) / (b.n - a.n);
    console.log(
      `  one more file: pane ${paneMarginal.toFixed(1)} ms wall, CLI ${cli.perFile.toFixed(1)} ms CPU → ${(paneMarginal / cli.perFile).toFixed(2)}× (goal ≤ 2×)`,
    );
  }
  const worst = results.flatMap((r) => r.steps.map((s) => ({ n: r.n, s })));
  const slow = worst.filter(({ s }) => s.failed || s.wallMs >= 5000);
  const blocked = worst.filter(({ s }) => s.longestTaskMs >= 5000);
  console.log(
    `\nSteps at or over 5 s: ${slow.length ? slow.map(({ n, s }) => `${s.label} (${n})`).join(", ") : "none"}; blocks ≥ 5 s: ${blocked.length ? blocked.map(({ n, s }) => `${s.label} (${n})`).join(", ") : "none"}`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
