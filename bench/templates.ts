// Templates benchmark: build and write every agency template of the seed plan (4587/KH-UBND),
// read one back with readSubmissionFile (zip inspection + ExcelJS), read them all, and compare
// with bare ExcelJS loading. Prints figures; never fails on time.
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { KONTUM_4587_TEXT } from "../src/core/plan/kontum-4587.text";
import { parsePlan } from "../src/core/plan/parse";
import { indexRoster } from "../src/core/roster/match";
import { KONTUM_ROSTER } from "../src/core/roster/default-kontum";
import { buildMatrix, reportingAgencies } from "../src/core/matrix";
import { agenciesToReport, buildTemplate } from "../src/core/template/build";
import { writeTemplate } from "../src/xlsx/template-writer";
import { readSubmissionFile } from "../src/xlsx/read-workbook";
import { inspectZip } from "../src/xlsx/zip-inspect";
import { DEFAULT_READ_LIMITS } from "../src/xlsx/limits";

function ms(t0: number): string {
  return (performance.now() - t0).toFixed(1) + " ms";
}

const roster = indexRoster(KONTUM_ROSTER);
const plan = parsePlan(KONTUM_4587_TEXT, { roster });
const matrix = buildMatrix(plan, roster);
const mustReport = new Set(reportingAgencies(plan, matrix, roster));
const agencies = agenciesToReport(matrix).filter((a) => mustReport.has(a.id));

// Warm-up: the first ExcelJS call pays for loading the library's modules.
await writeTemplate(buildTemplate(plan, matrix, agencies[0]!, "2022"));

let t0 = performance.now();
const files: Uint8Array[] = [];
for (const a of agencies) files.push(await writeTemplate(buildTemplate(plan, matrix, a, "2022")));
const writeAll = performance.now() - t0;
const totalBytes = files.reduce((s, f) => s + f.length, 0);
console.log(
  `write ${agencies.length} templates (build + ExcelJS, in memory): ${writeAll.toFixed(1)} ms total, ${(writeAll / agencies.length).toFixed(1)} ms each`,
);
console.log(
  `template size: ${(totalBytes / agencies.length / 1024).toFixed(1)} KB on average, ${(Math.max(...files.map((f) => f.length)) / 1024).toFixed(1)} KB largest`,
);

const biggest = files.reduce((a, b) => (b.length > a.length ? b : a));
t0 = performance.now();
await readSubmissionFile(biggest, "one.xlsx");
console.log(`read one template back (largest, readSubmissionFile): ${ms(t0)}`);

// Warm both read paths on every file once, then alternate the two readers over a few rounds
// so that JIT warm-up and GC do not favour either.
for (const f of files) {
  await readSubmissionFile(f, "x.xlsx");
  await new ExcelJS.Workbook().xlsx.load(f.buffer.slice(f.byteOffset, f.byteOffset + f.byteLength) as ArrayBuffer);
}
const rounds = 5;
let readAll = 0;
let bareAll = 0;
for (let round = 0; round < rounds; round++) {
  t0 = performance.now();
  for (const f of files) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(f.buffer.slice(f.byteOffset, f.byteOffset + f.byteLength) as ArrayBuffer);
  }
  bareAll += performance.now() - t0;
  t0 = performance.now();
  for (const f of files) await readSubmissionFile(f, "x.xlsx");
  readAll += performance.now() - t0;
}
readAll /= rounds;
bareAll /= rounds;
t0 = performance.now();
for (const f of files) await inspectZip(f, "x.xlsx", DEFAULT_READ_LIMITS);
const inspectAll = performance.now() - t0;
console.log(
  `read all ${files.length} (mean of ${rounds} rounds): readSubmissionFile ${readAll.toFixed(1)} ms (${(readAll / files.length).toFixed(1)} ms each); ` +
    `bare ExcelJS load ${bareAll.toFixed(1)} ms; our overhead ${(((readAll - bareAll) / bareAll) * 100).toFixed(0)}% ` +
    `(zip inspection ${inspectAll.toFixed(1)} ms of it)`,
);
const mem = process.memoryUsage();
console.log(`memory: rss ${(mem.rss / 1048576).toFixed(0)} MB, heap used ${(mem.heapUsed / 1048576).toFixed(0)} MB`);
