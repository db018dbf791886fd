/**
 * Benchmark: consolidating 700 agencies' files (e.g. every commune of a province).
 *   npx tsx bench/consolidate.ts [COUNT]
 * Prints the time to read the files next to the time to check and to consolidate them, the
 * time to write the summary workbook, and the peak memory. The files are the real template,
 * filled the way the demo fills it; making them is not timed.
 */
import { performance } from "node:perf_hooks";
import { parsePlan } from "../src/core/plan/parse";
import { KONTUM_4587_TEXT } from "../src/core/plan/kontum-4587.text";
import { indexRoster } from "../src/core/roster/match";
import type { Agency, Roster } from "../src/core/roster/model";
import type { Assignment, AssignmentMatrix, Role } from "../src/core/matrix-model";
import { buildTemplate } from "../src/core/template/build";
import { writeTemplate } from "../src/xlsx/template-writer";
import { readSubmissionFile } from "../src/xlsx/read-workbook";
import { checkFiles } from "../src/core/report/pipeline";
import { buildSummaryWithDetails } from "../src/core/consolidate/build";
import { writeWorkbook } from "../src/xlsx/write-sheets";
import { demoScenario, seededRandom } from "../src/demo/scenario";
import { returnedFile } from "../src/demo/fill";
import type { WorkbookData } from "../src/core/grid";

const COUNT = Number(process.argv[2] ?? 700);

let peakHeap = 0;
const sampler = setInterval(() => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}, 20);

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

async function timed<T>(label: string, f: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await f();
  const ms = performance.now() - t0;
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  console.log(`${label.padEnd(34)} ${(ms / 1000).toFixed(2).padStart(8)} s`);
  return { value, ms };
}

async function main(): Promise<void> {
  const plan = parsePlan(KONTUM_4587_TEXT);
  const agencies: Agency[] = Array.from({ length: COUNT }, (_, i) => {
    const n = String(i + 1).padStart(3, "0");
    return {
      id: `XA${n}`,
      name: `Ủy ban nhân dân xã số ${n}`,
      short: `UBND xã ${n}`,
      aliases: [],
      kind: "district",
      email: `xa${n}@example.gov.vn`,
      reports: true,
    };
  });
  const roster: Roster = { agencies, groups: [], openPhrases: [] };
  const index = indexRoster(roster);
  // Each commune answers for about a third of the plan's tasks.
  const rnd = seededRandom(700);
  const assignments: Assignment[] = [];
  for (const a of agencies) {
    for (const t of plan.tasks) {
      const r = rnd();
      if (r < 0.35)
        assignments.push({
          taskCode: t.code,
          agencyId: a.id,
          role: (r < 0.1 ? "CT" : r < 0.25 ? "TH" : "PH") as Role,
          via: a.name,
        });
    }
  }
  const matrix: AssignmentMatrix = {
    tasks: plan.tasks.map((t) => ({
      code: t.code,
      section: t.section,
      title: t.title,
      deadlineText: t.deadlineText,
      deadline: t.deadline,
      frequency: t.frequency,
    })),
    agencies,
    assignments,
    openCoordinators: {},
    unmatched: [],
  };

  console.log(`Making ${COUNT} filled reports (not timed)…`);
  const templates = await Promise.all(
    agencies.map(async (agency) => {
      const content = buildTemplate(plan, matrix, agency, "2022");
      return {
        agency,
        content,
        fileName: `${agency.id}.xlsx`,
        bytes: await writeTemplate(content, { generatedAt: new Date(Date.UTC(2022, 9, 1)) }),
      };
    }),
  );
  const deadlines = new Map(plan.tasks.map((t) => [t.code, t.deadline]));
  const story = demoScenario({ templates, deadlineOf: (c) => deadlines.get(c) ?? null });
  const files: { fileName: string; bytes: Uint8Array; receivedOn: string }[] = [];
  for (const [i, s] of story.entries()) {
    for (const ret of s.returns)
      files.push({
        fileName: ret.fileName,
        bytes: await returnedFile(templates[i]!.bytes, templates[i]!.content, ret),
        receivedOn: ret.receivedOn,
      });
  }
  const totalBytes = files.reduce((n, f) => n + f.bytes.length, 0);
  console.log(`${files.length} files, ${mb(totalBytes)} in all\n`);

  if (global.gc) global.gc();
  const baseRss = process.memoryUsage().rss;
  peakHeap = process.memoryUsage().heapUsed;

  const read = await timed("read (ExcelJS/CSV → grids)", async () => {
    const out: { wb: WorkbookData; receivedOn: string }[] = [];
    for (const f of files) out.push({ wb: await readSubmissionFile(f.bytes, f.fileName), receivedOn: f.receivedOn });
    return out;
  });
  const ctx = { plan, roster: index, matrix, asOf: "2022-11-20", period: "2022" };
  const checked = await timed("check (all rules)", () =>
    checkFiles(
      read.value.map((r) => ({ wb: r.wb, receivedOn: r.receivedOn })),
      ctx,
    ),
  );
  const summary = await timed("consolidate (→ sheets)", () =>
    buildSummaryWithDetails({ ...ctx, checked: checked.value, sources: read.value.map((r) => r.wb) }),
  );
  const written = await timed("write .xlsx (lean writer)", () => writeWorkbook(summary.value.sheets));
  clearInterval(sampler);

  const cells = summary.value.sheets.reduce((n, s) => n + s.rows.reduce((m, r) => m + r.cells.length, 0), 0);
  console.log("");
  console.log(
    `summary: ${summary.value.sheets.length} sheets, ${cells.toLocaleString("en")} cells, ${mb(written.value.length)} file`,
  );
  console.log(`consolidate / read time: ${(summary.ms / read.ms).toFixed(3)}`);
  console.log(
    `peak heap used: ${mb(peakHeap)}; peak RSS (maxRSS): ${mb(process.resourceUsage().maxRSS * 1024)} (RSS before reading: ${mb(baseRss)})`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
