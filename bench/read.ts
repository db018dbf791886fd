// Reading benchmark: the same generated returns (every agency template of the seed plan, with
// values filled in) read as .xlsx by the direct reader and by ExcelJS, and as .xls, .ods and an
// HTML table by the legacy readers. Each reader runs in its own child process over the same
// files, so its CPU time and peak memory are its own. Prints figures; never fails on time.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as XLSX from "@e965/xlsx";
import ExcelJS from "exceljs";
import { KONTUM_4587_TEXT } from "../src/core/plan/kontum-4587.text";
import { parsePlan } from "../src/core/plan/parse";
import { indexRoster } from "../src/core/roster/match";
import { KONTUM_ROSTER } from "../src/core/roster/default-kontum";
import { buildMatrix, reportingAgencies } from "../src/core/matrix";
import { agenciesToReport, buildTemplate } from "../src/core/template/build";
import { tableCellAddress, toBytes, writeTemplate } from "../src/xlsx/template-writer";
import { readSubmissionFile } from "../src/xlsx/read-workbook";
import { readXlsx } from "../src/xlsx/read-exceljs";
import { inspectZip } from "../src/xlsx/zip-inspect";
import { DEFAULT_READ_LIMITS } from "../src/xlsx/limits";
import { REPORT_SHEET } from "../src/core/template/layout";
import { installNativeInflater } from "../src/node/native-inflate";

const MODES = ["xlsx-direct", "xlsx-direct-stream", "xlsx-exceljs", "xls", "ods", "html-xls"] as const;
type Mode = (typeof MODES)[number];
const FILES = Number(process.env.BENCH_READ_FILES ?? 300);

async function worker(mode: Mode, dir: string): Promise<void> {
  // As the CLI runs: zlib inflates; "-stream" measures DecompressionStream, what the pane uses.
  if (mode !== "xlsx-direct-stream") installNativeInflater();
  const ext = mode.startsWith("xlsx") ? ".xlsx" : mode === "ods" ? ".ods" : ".xls";
  const prefix = mode === "html-xls" ? "html-" : mode === "xls" ? "biff-" : "";
  const names = readdirSync(dir).filter(
    (n) => n.endsWith(ext) && n.startsWith(prefix) && (prefix || !/^(html|biff)-/.test(n)),
  );
  const files = names.map((n) => new Uint8Array(readFileSync(join(dir, n))));
  // Warm-up: module loading (ExcelJS, SheetJS) is paid once per process, not per file.
  await readOne(mode, files[0]!);
  const rssBefore = process.memoryUsage().rss;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let cells = 0;
  for (const f of files) {
    const wb = await readOne(mode, f);
    for (const s of wb.sheets) for (const r of s.rows) cells += r.length;
  }
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(
    JSON.stringify({
      mode,
      files: files.length,
      kb: files.reduce((s, f) => s + f.length, 0) / files.length / 1024,
      wallMs: wall,
      cpuMs: (cpu.user + cpu.system) / 1000,
      peakRssMb: peak / 1048576,
      rssBeforeMb: rssBefore / 1048576,
      cells,
    }),
  );
}

async function readOne(mode: Mode, bytes: Uint8Array) {
  if (mode === "xlsx-exceljs") {
    await inspectZip(bytes, "x.xlsx", DEFAULT_READ_LIMITS);
    return readXlsx(bytes, "x.xlsx");
  }
  return readSubmissionFile(bytes, `x.${mode === "ods" ? "ods" : mode.startsWith("xlsx") ? "xlsx" : "xls"}`);
}

/** Filled returns: every reporting agency's template with a status and a result on each line. */
async function generate(dir: string): Promise<void> {
  const roster = indexRoster(KONTUM_ROSTER);
  const plan = parsePlan(KONTUM_4587_TEXT, { roster });
  const matrix = buildMatrix(plan, roster);
  const mustReport = new Set(reportingAgencies(plan, matrix, roster));
  const agencies = agenciesToReport(matrix).filter((a) => mustReport.has(a.id));
  const returns: Uint8Array[] = [];
  for (const a of agencies) {
    const content = buildTemplate(plan, matrix, a, "2022");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeTemplate(content)).buffer as ArrayBuffer);
    const ws = wb.getWorksheet(REPORT_SHEET)!;
    content.rows.forEach((_, i) => {
      ws.getCell(tableCellAddress(i, "status")).value = i % 3 === 0 ? "Đã hoàn thành" : "Đang thực hiện";
      if (i % 3 === 0) ws.getCell(tableCellAddress(i, "completedOn")).value = new Date(Date.UTC(2022, 5, 1 + (i % 28)));
      ws.getCell(tableCellAddress(i, "result")).value =
        `Kết quả thực hiện nhiệm vụ, lần ${i + 1}: đã triển khai tại các xã.`;
    });
    returns.push(toBytes(await wb.xlsx.writeBuffer()));
  }
  for (let i = 0; i < FILES; i++) {
    const x = returns[i % returns.length]!;
    writeFileSync(join(dir, `r${i}.xlsx`), x);
    const book = XLSX.read(x, { type: "array", cellDates: false, cellNF: true });
    writeFileSync(
      join(dir, `biff-r${i}.xls`),
      new Uint8Array(XLSX.write(book, { bookType: "biff8", type: "array" }) as ArrayBuffer),
    );
    writeFileSync(
      join(dir, `r${i}.ods`),
      new Uint8Array(XLSX.write(book, { bookType: "ods", type: "array" }) as ArrayBuffer),
    );
    writeFileSync(join(dir, `html-r${i}.xls`), XLSX.utils.sheet_to_html(book.Sheets[REPORT_SHEET]!));
  }
}

if (process.argv[2] === "worker") {
  await worker(process.argv[3] as Mode, process.argv[4]!);
} else {
  const dir = mkdtempSync(join(tmpdir(), "kehoach-bench-read-"));
  try {
    await generate(dir);
    const self = fileURLToPath(import.meta.url);
    const rows: Record<string, number | string>[] = [];
    for (const mode of MODES) {
      const r = spawnSync(process.execPath, ["--import", "tsx", self, "worker", mode, dir], { encoding: "utf8" });
      if (r.status !== 0) {
        console.log(`${mode}: failed\n${r.stderr}`);
        continue;
      }
      rows.push(JSON.parse(r.stdout.trim().split("\n").pop()!) as Record<string, number>);
    }
    const base = rows.find((r) => r.mode === "xlsx-exceljs");
    console.log(`reading ${FILES} generated returns per format (each reader in its own process):`);
    for (const r of rows) {
      const per = (r.cpuMs as number) / (r.files as number);
      const ratio = base ? ` (${((r.cpuMs as number) / (base.cpuMs as number)).toFixed(2)}× ExcelJS)` : "";
      console.log(
        `  ${String(r.mode).padEnd(18)} ${(r.kb as number).toFixed(1).padStart(5)} KB/file  CPU ${(r.cpuMs as number).toFixed(0).padStart(6)} ms, ${per.toFixed(2)} ms/file${ratio}; wall ${(r.wallMs as number).toFixed(0)} ms; peak RSS ${(r.peakRssMb as number).toFixed(0)} MB (${(r.rssBeforeMb as number).toFixed(0)} MB before reading)`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
