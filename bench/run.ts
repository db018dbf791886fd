// `npm run bench`: runs each benchmark script in its own process (so memory figures are its own)
// and prints their figures. Benchmarks print numbers; they do not pass or fail on time.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
// By default the figures of issue 11 (scale.ts: 100/700/2,800 and 20,000 returns, under ten minutes
// on two cores), read.ts (.xls/.ods next to .xlsx) and pane.ts (the task pane's steps with 30 and
// 200 returns in Chromium); check.ts and consolidate.ts (in-process phase timings at one size) run
// when named. `npm run bench -- pane 200 --profile` runs one with its arguments.
const DEFAULT = ["parse", "plan-files", "templates", "read", "scale", "pane"];
const names = only.filter((a) => /^[a-z][a-z-]*$/.test(a));
const passOn = only.filter((a) => !/^[a-z][a-z-]*$/.test(a)); // sizes and --flags for scale.ts and pane.ts
const scripts = names.length > 0 ? names : DEFAULT;
let failed = 0;
for (const name of scripts) {
  const file = join(here, `${name}.ts`);
  if (!existsSync(file)) continue;
  console.log(`\n=== bench/${name}.ts`);
  const args = name === "scale" || name === "pane" ? passOn : [];
  const r = spawnSync(process.execPath, ["--import", "tsx", "--expose-gc", file, ...args], { stdio: "inherit" });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
