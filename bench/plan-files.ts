// Time to read a plan file as a plan document: .docx (unzip + streaming XML) and .pdf (pdf.js
// text layer + ruled-table rebuild), on the corpus plans that come in both forms, and the plan
// workbook's task table written and read back. The first PDF read includes loading pdf.js.
import { performance } from "node:perf_hooks";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { readPlanFile } from "../src/plan-file/read-plan-file";
import { parsePlan } from "../src/core/plan/parse";
import { KONTUM_4587_TEXT } from "../src/core/plan/kontum-4587.text";
import { indexRoster } from "../src/core/roster/match";
import { KONTUM_ROSTER } from "../src/core/roster/default-kontum";
import { obligationSheet, taskTableSheet } from "../src/core/plan/table";
import { readPlanTables } from "../src/core/plan/table-read";
import { rosterToSheet } from "../src/core/roster/sheet";
import { writeWorkbook } from "../src/xlsx/write-sheets";
import { readXlsx } from "../src/xlsx/read-exceljs";

async function measure(label: string, runs: number, f: () => Promise<unknown>): Promise<void> {
  const first0 = performance.now();
  await f();
  const first = performance.now() - first0;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(1);
  console.log(
    `${label.padEnd(52)} first ${first.toFixed(1)} ms | median ${pct(0.5)} ms | max ${pct(1)} ms (${runs} runs)`,
  );
}

const dir = process.env.KEHOACH_CORPUS ?? "/work/shared/plans/real";
const bases = existsSync(dir)
  ? readdirSync(dir)
      .filter((f) => f.endsWith(".docx") && existsSync(join(dir, f.replace(/\.docx$/, ".pdf"))))
      .map((f) => f.replace(/\.docx$/, ""))
  : [];
if (bases.length === 0) console.log(`(no corpus at ${dir}: set KEHOACH_CORPUS)`);
console.log("# Reading plan files");
for (const base of bases) {
  for (const ext of ["docx", "pdf"]) {
    const bytes = new Uint8Array(readFileSync(join(dir, `${base}.${ext}`)));
    await measure(`${base.slice(0, 30)}.${ext} (${Math.round(bytes.length / 1024)} KB)`, 10, () =>
      readPlanFile(bytes, `${base}.${ext}`),
    );
  }
}

console.log("# Plan workbook task table (seed 4587, 26 tasks)");
const roster = indexRoster(KONTUM_ROSTER);
const plan = parsePlan(KONTUM_4587_TEXT, { roster });
const sheets = [taskTableSheet(plan), obligationSheet(plan), rosterToSheet(KONTUM_ROSTER)];
await measure("write the task table workbook (ExcelJS)", 10, () => writeWorkbook(sheets));
const bytes = await writeWorkbook(sheets);
const grids = (await readXlsx(bytes, "plan.xlsx")).sheets;
await measure("readPlanTables (grids → plan)", 50, async () => readPlanTables(grids, roster));
