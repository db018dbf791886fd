// `npm run bench`: runs each benchmark script in its own process (so memory figures are its own)
// and prints their figures. Benchmarks print numbers; they do not pass or fail on time.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const scripts = ["parse", "templates", "read", "check", "consolidate"].filter(
  (s) => only.length === 0 || only.includes(s),
);
let failed = 0;
for (const name of scripts) {
  const file = join(here, `${name}.ts`);
  if (!existsSync(file)) continue;
  console.log(`\n=== bench/${name}.ts`);
  const r = spawnSync(process.execPath, ["--import", "tsx", "--expose-gc", file], { stdio: "inherit" });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
