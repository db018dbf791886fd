// Time to parse the seed plan, a generated 100-task plan (target: well under 50 ms) and the real-plan
// corpus, and to build the seed's matrix.
import { performance } from "node:perf_hooks";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
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

// A generated 100-task plan in each main shape (target: well under 50 ms).
const SUBJECTS = ["Sở Tài chính", "Sở Nội vụ", "Công an tỉnh", "Sở Y tế", "Sở Xây dựng"];
const tableRows = Array.from(
  { length: 100 },
  (_, i) =>
    `${i + 1}\tNhiệm vụ số ${i + 1} về chuyển đổi số\t${SUBJECTS[i % 5]}\t${SUBJECTS[(i + 1) % 5]}, các sở, ngành liên quan\tQuý ${["I", "II", "III", "IV"][i % 4]}/2025`,
);
const tablePlan = `II. NỘI DUNG\n\nSTT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian\n${tableRows.join("\n")}\n\n`;
const itemPlan =
  "III. TỔ CHỨC THỰC HIỆN\n\n" +
  Array.from(
    { length: 100 },
    (_, i) =>
      `${i + 1}. ${SUBJECTS[i % 5]} chủ trì, phối hợp với ${SUBJECTS[(i + 2) % 5]} và các cơ quan có liên quan triển khai nội dung ${i + 1}, hoàn thành trước ngày 30/6/2025.\n`,
  ).join("\n");
measure("parsePlan, 100-task table (tabs)", 100, () => parsePlan(tablePlan));
measure("parsePlan, 100 assignment items", 100, () => parsePlan(itemPlan));
console.log(`  tasks read: ${parsePlan(tablePlan).tasks.length} (table), ${parsePlan(itemPlan).tasks.length} (items)`);

// The ten real plans of the shared corpus, when it sits beside the checkout.
const here = dirname(fileURLToPath(import.meta.url));
const corpus = [
  join(here, "..", "..", "shared", "plans", "real"),
  join(here, "..", "..", "..", "shared", "plans", "real"),
].find((d) => existsSync(d));
if (corpus) {
  console.log(`# Real-plan corpus (${corpus})`);
  for (const f of readdirSync(corpus)
    .filter((x) => x.endsWith(".txt"))
    .sort()) {
    const text = readFileSync(join(corpus, f), "utf8");
    measure(`${f.slice(0, 40)} (${Math.round(text.length / 1024)} KB)`, 20, () => parsePlan(text, { roster }));
  }
} else console.log("# Real-plan corpus not found beside the checkout: skipped");
