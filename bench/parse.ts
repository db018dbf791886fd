// Time to parse the seed plan (target: well under 50 ms) and to build its matrix.
import { performance } from "node:perf_hooks";
import { parsePlan } from "../src/core/plan/parse";
import { KONTUM_4587_TEXT } from "../src/core/plan/kontum-4587.text";
import { indexRoster } from "../src/core/roster/match";
import { KONTUM_ROSTER } from "../src/core/roster/default-kontum";
import { buildMatrix } from "../src/core/matrix";

function measure(label: string, runs: number, f: () => unknown): void {
  const first0 = performance.now();
  f();
  const first = performance.now() - first0;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(2);
  console.log(
    `${label.padEnd(44)} first ${first.toFixed(2)} ms | median ${pct(0.5)} ms | p95 ${pct(0.95)} ms | max ${pct(1)} ms (${runs} runs)`,
  );
}

const roster = indexRoster(KONTUM_ROSTER);
console.log(`# Plan parser — seed 4587/KH-UBND (${KONTUM_4587_TEXT.length} characters)`);
measure("parsePlan (no roster)", 200, () => parsePlan(KONTUM_4587_TEXT));
measure("parsePlan (with roster spelling)", 200, () => parsePlan(KONTUM_4587_TEXT, { roster }));
const plan = parsePlan(KONTUM_4587_TEXT, { roster });
measure("buildMatrix (26 tasks × 38 agencies)", 200, () => buildMatrix(plan, roster));
const big = Array.from({ length: 20 }, () => KONTUM_4587_TEXT).join("\n");
measure(`parsePlan on 20 copies (${big.length} chars)`, 20, () => parsePlan(big));
