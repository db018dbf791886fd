// `npm run bench`: runs each benchmark script in its own process (so memory figures are its own)
// and prints their figures. Benchmarks print numbers; they do not pass or fail on time.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
// By default the figures of issue 11 (scale.ts: 100/700/2,800 and 20,000 returns, under ten minutes
// on two cores) and read.ts (.xls/.ods next to .xlsx); check.ts and consolidate.ts (in-process
// phase timings at one size) run when named.
const DEFAULT = ["parse", "plan-files", "templates", "read", "scale"];
const names = only.filter((a) => /^[a-z-]+$/.test(a));
const passOn = only.filter((a) => !/^[a-z-]+$/.test(a)); // sizes and --flags for scale.ts
const scripts = names.length > 0 ? names : DEFAULT;
let failed = 0;
for (const name of scripts) {
  const file = join(here, `${name}.ts`);
  if (!existsSync(file)) continue;
  console.log(`\n=== bench/${name}.ts`);
  const args = name === "scale" ? passOn : [];
  const r = spawnSync(process.execPath, ["--import", "tsx", "--expose-gc", file, ...args], { stdio: "inherit" });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
