/**
 * The executable with its V8 code cache (bin/kehoach.js, scripts/build-cli.mjs): a fresh build's
 * cache is accepted, and whatever happens to the cache (missing, damaged, left from another
 * build, refused by V8) the CLI prints the same and exits the same, and never writes into its
 * install folder. Built into a temporary install (bin/, dist/cli/, node_modules) so the shared
 * dist/ of other tests is left alone.
 */
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { execFileSync, spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import * as XLSX from "@e965/xlsx";
import { ROOT } from "../helpers/cli";
import { because } from "../helpers/because";
import { CORPUS_DIR } from "../plan-file/corpus";
import { generateReturns } from "../../bench/gen-returns";

let install = "";
let work = "";
const script = () => join(install, "dist", "cli", "kehoach.vm.js");
const cache = () => script() + ".v8cache";

interface Run {
  code: number;
  out: string;
  err: string;
  /** what the loader said about the cache (KEHOACH_DEBUG_CACHE) */
  cache: string;
}

function run(args: string[], nodeFlags: string[] = [], env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [...nodeFlags, join(install, "bin", "kehoach.js"), ...args], {
    cwd: work,
    encoding: "utf8",
    env: { ...process.env, KEHOACH_DEBUG_CACHE: "1", NODE_OPTIONS: "", ...env },
  });
  const said = /^kehoach code cache: (\w+)\n/.exec(r.stderr);
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr.slice(said?.[0].length ?? 0), cache: said?.[1] ?? "" };
}

let returns: string[] = [];
const AS_OF = ["--roster", "roster.json", "--as-of", "2022-11-20"];
/** The commands users run, on real returns and on an .ods (SheetJS comes in by import()). */
const SCENARIOS: (() => string[])[] = [
  () => ["--help"],
  () => ["plan", "--format", "csv"],
  () => ["check", ...returns, "tra-loi.csv", "tra-loi.ods", ...AS_OF, "--format", "json"],
  () => ["consolidate", ...returns, ...AS_OF, "--out", "tong-hop.xlsx"],
];
const pdf = existsSync(CORPUS_DIR) ? readdirSync(CORPUS_DIR).find((f) => f.endsWith(".pdf")) : undefined;
// pdf.js is an ES module: its import() from the cached script is the case Node gets wrong
if (pdf) SCENARIOS.push(() => ["plan", join(CORPUS_DIR, pdf), "--format", "json"]);

/** Every file of the install but node_modules, with its size and time: nothing may change. */
function listing(dir: string, at = ""): string[] {
  return readdirSync(join(dir, at), { withFileTypes: true })
    .filter((e) => e.name !== "node_modules")
    .flatMap((e) => {
      const rel = join(at, e.name);
      if (e.isDirectory()) return listing(dir, rel);
      const s = statSync(join(dir, rel));
      return [`${rel} ${s.size} ${s.mtimeMs}`];
    })
    .sort();
}

let cached: Run[] = [];
/** the install's files before and after the cached runs */
let before: string[] = [];
let after: string[] = [];

beforeAll(async () => {
  install = mkdtempSync(join(tmpdir(), "kehoach-install-"));
  work = mkdtempSync(join(tmpdir(), "kehoach-cache-work-"));
  mkdirSync(join(install, "bin"));
  for (const f of ["kehoach.js", "package.json"]) copyFileSync(join(ROOT, "bin", f), join(install, "bin", f));
  symlinkSync(join(ROOT, "node_modules"), join(install, "node_modules"), "dir");
  execFileSync(process.execPath, [join(ROOT, "scripts", "build-cli.mjs"), "--outdir", join(install, "dist", "cli")], {
    cwd: ROOT,
    stdio: "pipe",
  });
  writeFileSync(join(work, "tra-loi.csv"), "Mã nhiệm vụ;Tình trạng\n1.1;Đã hoàn thành\n1.2;đang TH\n");
  const sheet = XLSX.utils.aoa_to_sheet([
    ["Mã nhiệm vụ", "Tình trạng"],
    ["1.1", "Đã hoàn thành"],
    ["2.1", "Chưa thực hiện"],
  ]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, "Báo cáo");
  writeFileSync(join(work, "tra-loi.ods"), XLSX.write(book, { bookType: "ods", type: "buffer" }) as Buffer);
  returns = await generateReturns(3, work);
  before = listing(install);
  cached = SCENARIOS.map((args) => run(args()));
  after = listing(install);
}, 120_000);

afterAll(() => {
  rmSync(install, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

/** The runs give what the cached runs gave, the loader having said `state` about the cache. */
function expectSameRuns(state: string, nodeFlags: string[] = []): void {
  for (const [i, scenario] of SCENARIOS.entries()) {
    const args = scenario();
    const r = run(args, nodeFlags);
    because(`kehoach ${args.join(" ")}: the cache is ${state}`, () => expect(r.cache).toBe(state));
    because(`kehoach ${args.join(" ")} runs the same with the cache ${state}`, () =>
      expect({ code: r.code, out: r.out, err: r.err }).toEqual({
        code: cached[i]!.code,
        out: cached[i]!.out,
        err: cached[i]!.err,
      }),
    );
  }
}

describe("kehoach executable with its code cache", () => {
  it("a fresh build's cache is accepted by V8, and every command runs through it", () => {
    for (const [i, r] of cached.entries()) {
      because(`kehoach ${SCENARIOS[i]!().join(" ")}`, () => expect(r.cache).toBe("accepted"));
      expect(r.err).not.toMatch(/Unexpected error|Warning|ERR_/);
    }
    expect(cached[0]!.out).toContain("kehoach check FILE…");
    expect(cached[1]!.out.split("\n")[0]).toMatch(/^Mã nhiệm vụ,Nhiệm vụ,/);
    const check = cached[2]!;
    expect(check.code).toBe(1); // findings, not a failure
    // every file was read, the .ods through SheetJS loaded by import() from the cached script
    const files = (JSON.parse(check.out) as { files: { file: string }[] }).files.map((f) => f.file);
    expect(files.sort()).toEqual([...returns.map((f) => basename(f)), "tra-loi.csv", "tra-loi.ods"].sort());
    expect(check.out).not.toContain("file-unreadable");
    expect(cached[3]!.code).toBe(0);
    if (pdf) expect(JSON.parse(cached[4]!.out).tasks.length).toBeGreaterThan(0);
  });

  it("runs the same without a cache", () => {
    renameSync(cache(), cache() + ".away");
    try {
      expectSameRuns("absent");
    } finally {
      renameSync(cache() + ".away", cache());
    }
  });

  it("runs the same when the cache is damaged, empty or not a cache (V8 would crash on some)", () => {
    const good = readFileSync(cache());
    const damaged = Buffer.from(good);
    for (let i = damaged.length >> 1; i < (damaged.length >> 1) + 64; i++) damaged[i]! ^= 0x5a;
    try {
      for (const bytes of [damaged, Buffer.alloc(0), Buffer.from("not a cache\n"), good.subarray(0, 60)]) {
        writeFileSync(cache(), bytes);
        expectSameRuns("mismatch");
      }
    } finally {
      writeFileSync(cache(), good);
    }
    expect(run(["--help"]).cache).toBe("accepted");
  });

  it("ignores a cache left from another build of the same length, which V8 alone would apply", () => {
    const original = readFileSync(script(), "utf8");
    const changed = original.replace("track a plan's assignments", "track a plan's assignmentZ");
    expect(changed).not.toBe(original);
    expect(Buffer.byteLength(changed)).toBe(Buffer.byteLength(original));
    try {
      writeFileSync(script(), changed);
      const r = run(["--help"]);
      expect(r.cache).toBe("mismatch");
      // the new script's text, not the old bytecode from the cache
      expect(r.out).toContain("track a plan's assignmentZ");
    } finally {
      writeFileSync(script(), original);
    }
  });

  it("runs the same when V8 refuses the cache (other V8 flags, as another Node version would)", () => {
    expectSameRuns("rejected", ["--no-opt"]);
  });

  it("check and consolidate load none of the libraries they do not need (the bundle is one file)", () => {
    const loaded = (args: string[]) => {
      const r = run(args, [], { NODE_DEBUG: "module" });
      expect(r.code === 0 || r.code === 1).toBe(true);
      return [...r.err.matchAll(/Module\._load REQUEST (\S+)/g)]
        .map((m) => m[1]!)
        .filter((m) => !m.startsWith("node:"));
    };
    // .xlsx returns are read by the project's own reader; nothing of the plan readers either
    const libraries = /exceljs|jszip|papaparse|@e965\/xlsx|pdfjs-dist|saxes/;
    expect(loaded(["check", ...returns, ...AS_OF]).filter((m) => libraries.test(m))).toEqual([]);
    const summary = ["consolidate", ...returns, ...AS_OF, "--out", "tong-hop.xlsx"];
    expect(loaded(summary).filter((m) => libraries.test(m))).toEqual([]);
    // and the probe does see a library when one is needed: a .csv return goes through papaparse
    expect(loaded(["check", "tra-loi.csv", ...AS_OF])).toContain("papaparse");
  });

  it("never writes into its install folder", () => {
    expect(before.some((f) => f.startsWith("dist/cli/kehoach.vm.js.v8cache "))).toBe(true);
    expect(after).toEqual(before);
  });

  it("says it is not built yet, in both languages, when the bundle is missing", () => {
    renameSync(script(), script() + ".away");
    try {
      const r = run(["--help"]);
      expect(r.code).toBe(2);
      expect(r.err).toContain("kehoach chưa được biên dịch: chạy `npm run build:cli`.");
      expect(r.err).toContain("kehoach is not built yet: run `npm run build:cli`.");
      expect(r.out).toBe("");
    } finally {
      renameSync(script() + ".away", script());
    }
  });

  it("says the build is damaged, in both languages and without a stack trace, when the bundle is cut short", () => {
    const original = readFileSync(script());
    try {
      writeFileSync(script(), original.subarray(0, original.length >> 1));
      const r = run(["--help"]);
      expect(r.code).toBe(2);
      expect(r.err).toContain("Bản biên dịch của kehoach (dist/cli/kehoach.vm.js) bị hỏng hoặc không đọc được");
      expect(r.err).toContain("kehoach's build (dist/cli/kehoach.vm.js) is damaged or unreadable");
      expect(r.err).not.toMatch(/SyntaxError|\n\s+at /);
      expect(r.out).toBe("");
    } finally {
      writeFileSync(script(), original);
    }
    expect(run(["--help"]).cache).toBe("accepted");
  });
});
