/**
 * The reader, checker and consolidator against the tools they replace, at 100, 700 and 2,800
 * returns and at 20,000 (npm run bench; `npx tsx bench/scale.ts [--no-20k] [N…]`).
 *
 * The returns are generated in a temporary folder (bench/synthetic.ts) and deleted afterwards.
 * Every measured program runs in its own process under GNU time, so CPU time (user + system,
 * children included) and peak RSS are that program's own:
 *   - ExcelJS loading each file, nothing more (bench/exceljs-load.mjs), the floor;
 *   - `kehoach check` and `kehoach consolidate` (the built CLI, as a user runs it);
 *   - openpyxl in read-only mode reading every cell (bench/openpyxl-read.py), when installed;
 *   - LibreOffice headless converting to CSV, on a sample of 12 files (it is slow), scaled up.
 * Ratios are CPU-time ratios on the same files. Nothing passes or fails on time.
 *
 * The machine is shared: another process's load inflates a program's CPU time by 10–20% from one
 * run to the next, and load only ever adds. So each program runs several times, in rounds that run
 * every program once in turn, and its least CPU time counts, the same for every program, so a ratio
 * compares costs, not luck: five times at 100 files (a run is under a second; three runs still
 * left the 100-file ratios moving by ±0.05), three times at 700 (`--repeat N` sets both); 2,800
 * and 20,000 run once. Peak RSS is the largest of the runs.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateReturns } from "./gen-returns";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const argv = process.argv.slice(2);
const scales = argv.filter((a, i) => /^\d+$/.test(a) && argv[i - 1] !== "--repeat").map(Number);
const SCALES = scales.length > 0 ? scales : [100, 700, 2800];
const BIG = argv.includes("--no-20k") || scales.length > 0 ? null : 20_000;
const LO_SAMPLE = 12;
const repeatAt = argv.indexOf("--repeat");
const REPEAT_GIVEN = repeatAt >= 0 ? Math.max(1, Number(argv[repeatAt + 1]) || 1) : null;
/** How many runs of each program count at N files (the least CPU time of them). */
const repeatsAt = (n: number) => (n > 700 ? 1 : (REPEAT_GIVEN ?? (n <= 100 ? 5 : 3)));
const REPEAT = repeatsAt(100);

interface Usage {
  cpuS: number;
  rssMiB: number;
  wallS: number;
  ok: boolean;
}

function has(cmd: string, args: string[]): boolean {
  return spawnSync(cmd, args, { stdio: "ignore" }).status === 0;
}

/** Runs a command under GNU time; CPU is user + system of the command and its children. */
function measure(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}): Usage {
  const t0 = Date.now();
  const r = spawnSync("/usr/bin/time", ["-f", "KEHOACH_TIME %U %S %M", cmd, ...args], {
    cwd,
    env: { ...process.env, ...env },
    encoding: "utf8",
    stdio: ["ignore", "ignore", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = /KEHOACH_TIME ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr ?? "");
  if (!line) throw new Error(`bench: ${cmd} gave no timing: ${(r.stderr ?? "").slice(-500)}`);
  return {
    cpuS: Number(line[1]) + Number(line[2]),
    rssMiB: Number(line[3]) / 1024,
    wallS: (Date.now() - t0) / 1000,
    // check exits 1 when it finds errors (it does, on purpose); 2 or a signal is a failure
    ok: r.status === 0 || r.status === 1,
  };
}

interface Program {
  cmd: string;
  args: string[];
  env?: Record<string, string>;
}

/**
 * Each program's least CPU time over `rounds` rounds (its largest peak RSS, its first failure),
 * every round running each program once in turn: a burst of another process's load then falls on
 * one run of each program, not on all the runs of one, and the ratios stay fair.
 */
function bestOf(rounds: number, programs: (Program | null)[], cwd: string): (Usage | null)[] {
  const out: (Usage | null)[] = programs.map(() => null);
  for (let r = 0; r < rounds; r++)
    programs.forEach((p, i) => {
      if (!p) return;
      const u = measure(p.cmd, p.args, cwd, p.env);
      const o = out[i];
      out[i] = o
        ? {
            cpuS: Math.min(o.cpuS, u.cpuS),
            rssMiB: Math.max(o.rssMiB, u.rssMiB),
            wallS: Math.min(o.wallS, u.wallS),
            ok: o.ok && u.ok,
          }
        : u;
    });
  return out;
}

function best(times: number, cmd: string, args: string[], cwd: string, env: Record<string, string> = {}): Usage {
  return bestOf(times, [{ cmd, args, env }], cwd)[0]!;
}

const f2 = (x: number) => x.toFixed(2);
const row = (cells: (string | number)[], widths: number[]) =>
  cells.map((c, i) => String(c).padStart(widths[i] ?? 10)).join(" ");

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), "kehoach-bench-"));
  // The CLI's plan cache (src/node/plan-cache.ts) in the bench's folder, not the user's: the
  // first run of each program reads the plan, the later ones find it there, as a user's runs
  // do. What a run costs when it reads the plan (KEHOACH_CACHE=off) is printed too.
  process.env.KEHOACH_CACHE_DIR = join(work, "plan-cache");
  const NO_CACHE = { KEHOACH_CACHE: "off" };
  // Debian's python3-openpyxl lives with the system Python, which a pyenv shim may hide.
  const python = ["python3", "/usr/bin/python3"].find((p) => has(p, ["-c", "import openpyxl"])) ?? null;
  const hasOpenpyxl = python !== null;
  const hasSoffice = has("sh", ["-c", "command -v soffice"]);
  if (!hasOpenpyxl)
    console.log("note: openpyxl is not installed (apt-get install python3-openpyxl): its column is left out");
  if (!hasSoffice)
    console.log("note: LibreOffice is not installed (apt-get install libreoffice-calc): its column is left out");
  execFileSync("npm", ["run", "--silent", "build:cli"], { cwd: ROOT, stdio: "inherit" });
  const cli = join(ROOT, "bin", "kehoach.js");
  const perFile: { n: number; check: number; consolidate: number; exceljs: number }[] = [];
  let fixed: string | null = null;
  const uncached: string[] = [];
  try {
    const w = [7, 9, 9, 9, 9, 9, 10, 10, 10, 10];
    console.log("\nCPU seconds (peak RSS MiB) of each program on the same N generated returns; ratios of CPU time\n");
    console.log(
      row(["N", "ExcelJS", "check", "consol.", "openpyxl", "LO→CSV*", "chk/XJS", "con/XJS", "chk/opx", "chk/LO"], w),
    );
    const rss: string[] = [];
    for (const n of [...SCALES, ...(BIG ? [BIG] : [])]) {
      const dir = join(work, String(n));
      const names = await generateReturns(n, dir);
      const list = join(dir, "list.txt");
      writeFileSync(list, names.join("\n"));
      const big = n === BIG;
      const runs = repeatsAt(n);
      const common = ["--roster", "roster.json", "--as-of", "2022-11-20"];
      const checkArgs = [cli, "check", ...names, ...common, "--format", "json"];
      const nodeBin = process.execPath;
      const [exceljs = null, check = null, consolidateRun, opx = null, cold = null] = bestOf(
        runs,
        [
          big ? null : { cmd: nodeBin, args: [join(ROOT, "bench", "exceljs-load.mjs"), list] },
          big ? null : { cmd: nodeBin, args: checkArgs },
          { cmd: nodeBin, args: [cli, "consolidate", ...names, ...common, "--out", "tong-hop.xlsx"] },
          hasOpenpyxl && !big ? { cmd: python!, args: [join(ROOT, "bench", "openpyxl-read.py"), list] } : null,
          // the same check reading the plan on every run, for the line printed below the table
          !big && n <= 700 ? { cmd: nodeBin, args: checkArgs, env: NO_CACHE } : null,
        ],
        dir,
      );
      const consolidate = consolidateRun!;
      let lo: number | null = null;
      if (hasSoffice && !big) {
        const sample = names.slice(0, LO_SAMPLE);
        const u = measure(
          "soffice",
          [
            `-env:UserInstallation=file://${dir}/lo-profile`,
            "--headless",
            "--convert-to",
            "csv",
            "--outdir",
            join(dir, "csv"),
            ...sample,
          ],
          dir,
        );
        lo = (u.cpuS / sample.length) * n;
      }
      const ratio = (a: Usage | null, b: number | null | undefined) => (a && b ? f2(a.cpuS / b) : "—");
      console.log(
        row(
          [
            n,
            exceljs ? f2(exceljs.cpuS) : "—",
            check ? f2(check.cpuS) : "—",
            f2(consolidate.cpuS),
            opx ? f2(opx.cpuS) : "—",
            lo !== null ? f2(lo) : "—",
            ratio(check, exceljs?.cpuS),
            ratio(consolidate, exceljs?.cpuS),
            ratio(check, opx?.cpuS),
            ratio(check, lo),
          ],
          w,
        ),
      );
      rss.push(
        `${String(n).padStart(6)}: ExcelJS ${exceljs ? exceljs.rssMiB.toFixed(0) : "—"}, check ${check ? check.rssMiB.toFixed(0) : "—"}, consolidate ${consolidate.rssMiB.toFixed(0)}${opx ? `, openpyxl ${opx.rssMiB.toFixed(0)}` : ""} MiB; consolidate wall ${consolidate.wallS.toFixed(0)} s${consolidate.ok ? "" : " (FAILED)"}${check && !check.ok ? ", check FAILED" : ""}`,
      );
      if (cold) {
        uncached.push(
          `${String(n).padStart(6)}: check ${f2(cold.cpuS)} s, chk/XJS ${ratio(cold, exceljs?.cpuS)}, chk/opx ${ratio(cold, opx?.cpuS)}`,
        );
      }
      if (fixed === null && !big) {
        // What a run costs before and around its files: Node alone, the CLI's start, one file.
        const node = best(REPEAT, process.execPath, ["-e", "0"], dir);
        const help = best(REPEAT, process.execPath, [cli, "--help"], dir);
        const one = best(REPEAT, process.execPath, [cli, "check", names[0]!, ...common, "--format", "json"], dir);
        const oneCold = best(
          REPEAT,
          process.execPath,
          [cli, "check", names[0]!, ...common, "--format", "json"],
          dir,
          NO_CACHE,
        );
        fixed = `fixed cost, CPU s: Node alone ${f2(node.cpuS)}, kehoach --help ${f2(help.cpuS)}, check of 1 file (start, roster, plan from the cache) ${f2(one.cpuS)}, the same reading the plan ${f2(oneCold.cpuS)}`;
      }
      if (check && exceljs)
        perFile.push({ n, check: check.cpuS / n, consolidate: consolidate.cpuS / n, exceljs: exceljs.cpuS / n });
      rmSync(dir, { recursive: true, force: true });
    }
    console.log(`* LibreOffice: CPU of converting ${LO_SAMPLE} files, scaled to N.`);
    if (fixed) console.log(fixed);
    if (uncached.length > 0) {
      console.log("\ncheck reading the plan on every run (KEHOACH_CACHE=off), N files:");
      for (const l of uncached) console.log(l);
    }
    console.log("\npeak RSS (MiB), N files:");
    for (const l of rss) console.log(l);
    console.log("\nCPU ms per file (check / consolidate / ExcelJS load):");
    for (const p of perFile)
      console.log(
        `${String(p.n).padStart(6)}: ${(p.check * 1000).toFixed(1)} / ${(p.consolidate * 1000).toFixed(1)} / ${(p.exceljs * 1000).toFixed(1)}`,
      );
    if (!BIG) console.log("(20,000 files: run without --no-20k and without sizes)");
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  await mailtoFigures();
}

async function mailtoFigures(): Promise<void> {
  const { fittedMailto } = await import("../src/core/consolidate/mailto");
  const items = Array.from({ length: 10_000 }, (_, i) => `Ô G${i + 12}: ngày hoàn thành "31/02/2022" không có thật.`);
  const t0 = process.cpuUsage();
  const fit = fittedMailto("xa@example.gov.vn", "Nhắc nhở sửa báo cáo", {
    intro: ["Kính gửi: Ủy ban nhân dân xã", ""],
    items,
    outro: ["", "Trân trọng."],
    more: (k) => `… và ${k} nội dung khác`,
  });
  const d = process.cpuUsage(t0);
  console.log(
    `\nmailto fitting, 10,000 findings: ${((d.user + d.system) / 1000).toFixed(1)} ms CPU (${fit.itemsKept} kept, ${fit.url.length} characters)`,
  );
}

if (existsSync(ROOT))
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
