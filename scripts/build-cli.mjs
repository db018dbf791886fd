// npm run build:cli: the command line as one script, dist/cli/kehoach.vm.js, and a V8 code cache
// of it, dist/cli/kehoach.vm.js.v8cache, that bin/kehoach.js hands to vm.Script.
//
// The script is esbuild's CommonJS bundle of src/cli/main.ts wrapped in a function expression
// (below), so bin/kehoach.js compiles the file's text exactly as it is, the same text this build
// compiled to make the cache. Inside it, import() of an external package (pdf.js, JSZip, SheetJS)
// calls a function the loader passes in: code compiled from a V8 code cache loses what Node needs
// to run import() (Node 20 throws ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING), and Node's
// vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER prints an "experimental" warning to the user.
//
// The cache is "trained": the script is run here through its real main() on the commands users
// run, output discarded, in a temporary folder, and only then is the cache taken. V8 compiles a
// function when it is first called, so a cache taken right after loading holds little more than
// the top level and saves nothing measurable; taken after a run it holds the bytecode of every
// function the run needed. `check` runs last, so that none of its functions has been dropped by
// the garbage collector meanwhile (V8 flushes the bytecode of functions idle for a while).
//
// One bundle for all commands, not one per command (the split ESM chunks this replaces): a code
// cache needs a classic script, and esbuild cannot split CommonJS. Commands stay lazily
// initialised inside the bundle (esbuild wraps each import() target), so `check` still never
// requires ExcelJS, JSZip or the plan readers. Measured on 2 shared cores (median CPU user+sys,
// ms, 9 runs; split ESM → this): `kehoach --help` 77 → 80, a 1-file check 182 → 155, a 100-file
// check 518 → 441 (without the cache the one bundle costs 86, 173, 519). A cache trained on one
// command only (one cache file per command) saved a further ~3 ms on --help and ~1 ms on check:
// not worth a cache file and a training process per command.
//
// Usage: node scripts/build-cli.mjs [--outdir DIR] [--no-cache]   (DIR defaults to dist/cli;
// --no-cache: the script only, for tests; a cache already there stays and is used only if it was
// made from the very same script, which bin/kehoach.js checks)
import { parse } from "acorn";
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const outAt = args.indexOf("--outdir");
const OUT = outAt >= 0 && args[outAt + 1] ? resolve(args[outAt + 1]) : join(ROOT, "dist", "cli");
const SCRIPT = join(OUT, "kehoach.vm.js");
/** bin/kehoach.js reads this header before V8's data: the format, then the sha1 of script and data. */
const MAGIC = "kehoach-v8cache 2\n";
/**
 * Stands for the bundle's identity (src/node/plan-cache.ts keys its entries with it) until the
 * bundle is made; then it is replaced by the sha256 of the bundle as made, of the same length.
 */
const BUILD_PLACEHOLDER = "0".repeat(64);
/** The parameter through which the script imports external ES modules. */
const IMPORT = "__kehoachImport";

/** Written under a temporary name and renamed, so no reader ever sees half a file. */
function writeAtomically(path, data) {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, path);
}

/**
 * The installed versions of the libraries the bundle loads at run time (pdf.js, JSZip, ExcelJS,
 * SheetJS …): part of the build's identity, so a plan read by an older pdf.js is not taken from
 * the plan cache once another is installed (installing runs this build again).
 */
function libraryVersions() {
  const read = (path) => JSON.parse(readFileSync(path, "utf8"));
  const { dependencies = {} } = read(join(ROOT, "package.json"));
  return Object.keys(dependencies)
    .sort()
    .map((name) => {
      try {
        return `${name}@${read(join(ROOT, "node_modules", name, "package.json")).version}`;
      } catch {
        return `${name}@${dependencies[name]} (not installed)`;
      }
    })
    .join("\n");
}

/** esbuild's CommonJS bundle, every import() turned into a call of IMPORT, wrapped in a function. */
async function script() {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ["src/cli/main.ts"],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    // esbuild's tables mark no Node version as supporting \p{…} in regular expressions (they
    // track the Unicode version), so it rewrites each such literal as `new RegExp(…)`, built
    // again on every call: in foldKey, once per label and name. Node 20 supports them.
    supported: { "regexp-unicode-property-escapes": true },
    packages: "external",
    write: false,
    outfile: SCRIPT,
    logLevel: "warning",
    define: { __KEHOACH_BUILD__: JSON.stringify(BUILD_PLACEHOLDER) },
  });
  let code = result.outputFiles[0].text;
  const uses = code.split(`"${BUILD_PLACEHOLDER}"`).length - 1;
  if (uses !== 1) throw new Error(`build-cli: the build identity occurs ${uses} times in the bundle, not once`);
  const id = createHash("sha256").update(code).update(libraryVersions()).digest("hex");
  code = code.replace(`"${BUILD_PLACEHOLDER}"`, `"${id}"`);
  if (code.includes(IMPORT)) throw new Error(`build-cli: the bundle already uses the name ${IMPORT}`);
  // From the syntax tree, not a text search: "import(" may also occur in strings and comments.
  const calls = [];
  const walk = (node) => {
    if (!node || typeof node.type !== "string") return;
    if (node.type === "ImportExpression") calls.push(node.start);
    for (const value of Object.values(node))
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === "object") walk(value);
  };
  walk(parse(code, { ecmaVersion: "latest", sourceType: "script" }));
  for (const at of calls.sort((a, b) => b - a)) {
    if (code.slice(at, at + 6) !== "import") throw new Error(`build-cli: no import() at offset ${at}`);
    code = code.slice(0, at) + IMPORT + code.slice(at + 6);
  }
  return (
    "// The kehoach CLI, compiled by bin/kehoach.js with vm.Script (scripts/build-cli.mjs): a function of\n" +
    `(function (exports, require, module, __filename, __dirname, ${IMPORT}) {\n${code}\n})\n`
  );
}

/** The runs the cache learns from: every command, on the embedded plan and the demo's files. */
async function train(main, dir) {
  const io = { out: () => undefined, err: () => undefined, cwd: dir };
  // A plan cache of its own, empty at first: the first runs read the plans (that code goes into
  // the V8 cache for a user's first run), the later ones find them there (and that code too).
  process.env.KEHOACH_CACHE_DIR = join(dir, "plan-cache");
  delete process.env.KEHOACH_CACHE;
  const run = async (...argv) => {
    const code = await main(argv, io);
    // 0 fine, 1 findings (the demo's returns have errors on purpose); 2 means something broke
    if (code === 2) throw new Error(`training run failed: kehoach ${argv.join(" ")}`);
  };
  await run("--help");
  await run("plan", "--format", "csv");
  await run("plan", "--format", "xlsx", "--out", "plan.xlsx");
  await run("plan", "plan.xlsx", "--format", "json");
  await run("templates", "--period", "2022", "--out", "mau", "--agency", "STC", "--agency", "SNV");
  await run("demo", "--out", ".", "--as-of", "2022-12-01");
  const received = readdirSync(join(dir, "demo", "nhan")).map((f) => join("demo", "nhan", f));
  await run("consolidate", ...received, "--as-of", "2022-12-01", "--out", "tong-hop.xlsx");
  // Last, so that V8 has not flushed their bytecode (idle functions lose it): a check that reads
  // the plan (the cache emptied), then one that finds it in the cache.
  rmSync(process.env.KEHOACH_CACHE_DIR, { recursive: true, force: true });
  await run("check", ...received, "--as-of", "2022-12-01");
  await run("check", ...received, "--as-of", "2022-12-01", "--format", "json");
}

async function trainedCache(source) {
  // As bin/kehoach.js does: the file's text, its function called with the same arguments.
  const compiled = new vm.Script(source, { filename: SCRIPT });
  const module = { exports: {} };
  compiled.runInThisContext()(module.exports, createRequire(SCRIPT), module, SCRIPT, OUT, (s) => import(s));
  const dir = mkdtempSync(join(tmpdir(), "kehoach-build-cli-"));
  try {
    await train(module.exports.main, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const data = compiled.createCachedData();
  const sum = createHash("sha1").update(source, "utf8").update(data).digest("hex");
  return Buffer.concat([Buffer.from(MAGIC + sum + "\n", "latin1"), data]);
}

// The files of the earlier layout go (the split ESM bundle); this build's
// files are replaced atomically rather than deleted first, so a test running the executable
// meanwhile never finds it missing.
mkdirSync(OUT, { recursive: true });
for (const old of ["chunks", "kehoach.js"]) rmSync(join(OUT, old), { recursive: true, force: true });
const source = await script();
writeAtomically(SCRIPT, source);
if (!args.includes("--no-cache")) {
  try {
    writeAtomically(`${SCRIPT}.v8cache`, await trainedCache(source));
  } catch (e) {
    // The cache only saves time: the CLI runs the same without it, so an install goes on.
    rmSync(`${SCRIPT}.v8cache`, { force: true });
    console.warn(`build-cli: no code cache, the CLI will start slower: ${e instanceof Error ? e.message : e}`);
  }
}
// A library's open handle (a timer, a pool) must not keep the build waiting.
process.exit(0);
