#!/usr/bin/env node
// The CLI is built by `npm run build:cli` (run by `prepare` on install) into one script,
// dist/cli/kehoach.vm.js, with a V8 code cache beside it, kehoach.vm.js.v8cache, made at build
// time by running the commands once (scripts/build-cli.mjs). Compiling the script through
// vm.Script with that cache skips parsing and compiling the functions a run needs, a good part
// of a short run's cost. The cache is only ever read here, never written: when it is missing,
// unreadable, damaged, made for another script, or refused by V8 (another Node version, other V8
// flags), the script is compiled as usual and runs the same, silently. KEHOACH_DEBUG_CACHE=1 tells
// on stderr which way it went (absent, mismatch, rejected, accepted), for tests and measurements.
//
// CommonJS (bin/package.json), not ESM: an ES module entry point starts Node's ESM loader,
// ~3-5 ms of CPU on every run; it is started only when the CLI imports an ES module (pdf.js).
"use strict";
const { readFileSync } = require("node:fs");
const { createHash } = require("node:crypto");
const Module = require("node:module");
const vm = require("node:vm");
const { join } = require("node:path");

const dir = join(__dirname, "..", "dist", "cli");
const script = join(dir, "kehoach.vm.js");
/** The cache file starts with this line, then the sha1 of the script and the V8 data together. */
const MAGIC = "kehoach-v8cache 2\n";

/** The bundle cannot be used: what to do, in both languages, exit 2, never a stack trace. */
function rebuild(vi, en) {
  console.error(`${vi}: chạy \`npm run build:cli\`.\n${en}: run \`npm run build:cli\`.`);
  process.exit(2);
}
const DAMAGED = [
  "Bản biên dịch của kehoach (dist/cli/kehoach.vm.js) bị hỏng hoặc không đọc được",
  "kehoach's build (dist/cli/kehoach.vm.js) is damaged or unreadable",
];

let code;
try {
  code = readFileSync(script);
} catch (err) {
  if (err && err.code === "ENOENT") rebuild("kehoach chưa được biên dịch", "kehoach is not built yet");
  rebuild(...DAMAGED);
}

/**
 * V8 checks a cache against the source's length only, and trusts its contents (a damaged one can
 * crash the process): so the cache carries a hash of the script it was made from and of itself,
 * and is used only when both match.
 */
function cacheFor(source) {
  let file;
  try {
    file = readFileSync(script + ".v8cache");
  } catch {
    return { data: undefined, state: "absent" };
  }
  const head = MAGIC.length + 41; // 40 hex digits and "\n"
  const data = file.subarray(head);
  const sum = createHash("sha1").update(source).update(data).digest("hex");
  if (data.length === 0 || file.toString("latin1", 0, head) !== MAGIC + sum + "\n")
    return { data: undefined, state: "mismatch" };
  return { data, state: "" };
}

const cache = cacheFor(code);
let compiled;
try {
  compiled = new vm.Script(code.toString("utf8"), { filename: script, cachedData: cache.data });
} catch {
  // a SyntaxError: the file was cut short or edited (the build writes it whole, then renames it)
  rebuild(...DAMAGED);
}
if (process.env.KEHOACH_DEBUG_CACHE)
  console.error(`kehoach code cache: ${cache.state || (compiled.cachedDataRejected ? "rejected" : "accepted")}`);
const cli = { exports: {} };
// The script is a function of (exports, require, module, __filename, __dirname, import): its
// import() of external ES modules comes back here, to code compiled the ordinary way.
compiled.runInThisContext()(cli.exports, Module.createRequire(script), cli, script, dir, (s) => import(s));
cli.exports.runAsProcess(process.argv.slice(2));
