// Benchmark of the checker: 700 agency reports of 30 task rows each, written by the project's
// own template writer and filled in (in memory), then
//   A. loaded with ExcelJS alone (the floor: what merely opening the files costs),
//   B. read by the project's reader (zip inspection + ExcelJS + grid conversion),
//   C. read, then readSubmission + every check,
// and the checks alone on the grids already read. Prints figures; it does not pass or fail.
// Usage: tsx bench/check.ts [FILES] [ROWS]
import ExcelJS from "exceljs";
import type { Plan, Task } from "../src/core/plan/model";
import type { Agency } from "../src/core/roster/model";
import type { Assignment, AssignmentMatrix } from "../src/core/matrix-model";
import type { WorkbookData } from "../src/core/grid";
import { indexRoster } from "../src/core/roster/match";
import { buildTemplate } from "../src/core/template/build";
import { headerValueAddress, tableCellAddress, writeTemplate } from "../src/xlsx/template-writer";
import { readSubmissionFile } from "../src/xlsx/read-workbook";
import { checkWorkbook } from "../src/core/report/pipeline";
import type { CheckContext } from "../src/core/report/context";

const FILES = Number(process.argv[2] ?? 700);
const ROWS = Number(process.argv[3] ?? 30);
const STATUSES = ["Đã hoàn thành", "Đang thực hiện", "Chưa thực hiện", "đang TH"];

function task(i: number): Task {
  const code = `${Math.floor(i / 10) + 1}.${(i % 10) + 1}`;
  const dated = i % 5 === 0;
  return {
    code,
    section: code.split(".")[0]!,
    title: `Nhiệm vụ ${code}: triển khai chính sách hỗ trợ giảm nghèo bền vững, nâng cao đời sống người dân vùng đồng bào dân tộc thiểu số`,
    text: "",
    lead: [],
    coordinate: [],
    implement: [],
    deadlineText: dated ? "Hoàn thành trước ngày 30 tháng 6 năm 2022" : "triển khai thực hiện thường xuyên",
    deadline: dated ? "2022-06-30" : null,
    frequency: dated ? "once" : "ongoing",
    product: null,
    line: i + 1,
  };
}

function setup(): { ctx: CheckContext; agencies: Agency[] } {
  const tasks = Array.from({ length: ROWS }, (_, i) => task(i));
  const agencies: Agency[] = Array.from({ length: FILES }, (_, i) => ({
    id: `DV${String(i + 1).padStart(3, "0")}`,
    name: `Đơn vị thử nghiệm số ${i + 1}`,
    short: `ĐV ${i + 1}`,
    aliases: [],
    kind: "department",
    email: "",
    reports: true,
  }));
  const plan: Plan = {
    meta: { number: "4587/KH-UBND", date: "2021-12-27", issuer: null, place: null, signer: null, title: null },
    sections: [],
    tasks,
    reporting: [
      {
        from: ["Các sở, ban, ngành"],
        to: ["Đơn vị thử nghiệm số 1"],
        dueMonthDay: "11-15",
        dueRule: "before",
        frequency: "annual",
        adHoc: true,
        text: "",
      },
    ],
    focalPoint: "Đơn vị thử nghiệm số 1",
    shapes: ["assignment-lines"],
  };
  const assignments: Assignment[] = agencies.flatMap((a, ai) =>
    tasks.map(
      (t, ti) =>
        ({ taskCode: t.code, agencyId: a.id, role: (ti + ai) % 7 === 0 ? "PH" : "CT", via: a.name }) as Assignment,
    ),
  );
  const matrix: AssignmentMatrix = {
    tasks: tasks.map((t) => ({
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
  const roster = indexRoster({
    agencies,
    groups: [{ id: "G", name: "Các sở, ban, ngành", aliases: [], members: agencies.map((a) => a.id) }],
    openPhrases: [],
  });
  return { ctx: { plan, roster, matrix, asOf: "2022-11-20", period: "2022" }, agencies };
}

async function makeFiles(ctx: CheckContext, agencies: Agency[]): Promise<{ name: string; bytes: Uint8Array }[]> {
  const files: { name: string; bytes: Uint8Array }[] = [];
  for (const [ai, agency] of agencies.entries()) {
    const content = buildTemplate(ctx.plan, ctx.matrix, agency, "2022");
    const template = await writeTemplate(content, { generatedAt: new Date(Date.UTC(2022, 9, 1)) });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      template.buffer.slice(template.byteOffset, template.byteOffset + template.byteLength) as ArrayBuffer,
    );
    const ws = wb.getWorksheet("Báo cáo")!;
    ws.getCell(headerValueAddress("reportDate")).value = new Date(Date.UTC(2022, 10, 10 + (ai % 8)));
    ws.getCell(headerValueAddress("preparedBy")).value = "Nguyễn Văn A";
    content.rows.forEach((r, i) => {
      const status = STATUSES[(i + ai) % STATUSES.length]!;
      ws.getCell(tableCellAddress(i, "status")).value = status;
      if (status === "Đã hoàn thành")
        ws.getCell(tableCellAddress(i, "completedOn")).value =
          (i + ai) % 3 ? new Date(Date.UTC(2022, 5, 1 + (i % 28))) : "31/02/2022";
      if (status !== "Chưa thực hiện")
        ws.getCell(tableCellAddress(i, "result")).value =
          `Kết quả thực hiện nhiệm vụ ${r.taskCode}: đã tổ chức ${i + 3} lớp tập huấn cho ${100 + i} lượt người.`;
      if (i % 4 === 0)
        ws.getCell(tableCellAddress(i, "difficulties")).value =
          "Kinh phí còn hạn chế; địa bàn rộng, giao thông khó khăn.";
    });
    const out = await wb.xlsx.writeBuffer();
    files.push({ name: `4587-KH-UBND_2022_${agency.id}.xlsx`, bytes: new Uint8Array(out as ArrayBuffer) });
  }
  return files;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function time<T>(f: () => Promise<T>): Promise<{ ms: number; value: T }> {
  gc();
  const t0 = performance.now();
  const value = await f();
  return { ms: performance.now() - t0, value };
}

async function main(): Promise<void> {
  const { ctx, agencies } = setup();
  const gen = await time(() => makeFiles(ctx, agencies));
  const files = gen.value;
  const mb = files.reduce((s, f) => s + f.bytes.length, 0) / 1024 / 1024;
  console.log(
    `generated ${files.length} files × ${ROWS} rows (${mb.toFixed(1)} MB) in ${(gen.ms / 1000).toFixed(1)} s (not measured below)`,
  );

  const loadOnly = async () => {
    for (const f of files) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(
        f.bytes.buffer.slice(f.bytes.byteOffset, f.bytes.byteOffset + f.bytes.byteLength) as ArrayBuffer,
      );
    }
  };
  const readOnly = async () => {
    const grids: WorkbookData[] = [];
    for (const f of files) grids.push(await readSubmissionFile(f.bytes, f.name));
    return grids;
  };
  const readAndCheck = async (checkCtx: CheckContext) => {
    let issues = 0;
    for (const f of files)
      issues += checkWorkbook({ wb: await readSubmissionFile(f.bytes, f.name) }, checkCtx).issues.length;
    return issues;
  };

  // Warm-up, so no phase pays alone for JIT compilation and module loading.
  const warm = files.slice(0, 30);
  for (const f of warm) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      f.bytes.buffer.slice(f.bytes.byteOffset, f.bytes.byteOffset + f.bytes.byteLength) as ArrayBuffer,
    );
    checkWorkbook({ wb: await readSubmissionFile(f.bytes, f.name) }, { ...ctx, matrix: { ...ctx.matrix } });
  }

  // Each phase three times, interleaved; the faster run counts (the machine is shared, noise only adds).
  // Every checking pass gets a matrix object of its own, so the per-matrix caches start cold.
  const fresh = (): CheckContext => ({ ...ctx, matrix: { ...ctx.matrix } });
  const runs = { a: [] as number[], b: [] as number[], c: [] as number[], checks: [] as number[] };
  let grids: WorkbookData[] = [];
  let issues = 0;
  for (let round = 0; round < 3; round++) {
    runs.a.push((await time(loadOnly)).ms);
    const b = await time(readOnly);
    runs.b.push(b.ms);
    grids = b.value;
    const c = await time(() => readAndCheck(fresh()));
    runs.c.push(c.ms);
    issues = c.value;
    const checkCtx = fresh();
    runs.checks.push(
      (await time(async () => grids.reduce((n, wb) => n + checkWorkbook({ wb }, checkCtx).issues.length, 0))).ms,
    );
  }
  const best = (xs: number[]) => Math.min(...xs);
  const [a, b, c, checks] = [best(runs.a), best(runs.b), best(runs.c), best(runs.checks)];

  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s (${(ms / files.length).toFixed(1)} ms/file)`;
  const all = (xs: number[]) => xs.map((x) => (x / 1000).toFixed(2)).join(" / ") + " s";
  console.log(`A. ExcelJS load alone:                 ${s(a)}   runs ${all(runs.a)}`);
  console.log(`B. project reader (zip check + grid):  ${s(b)}   runs ${all(runs.b)}`);
  console.log(`C. reader + readSubmission + checks:   ${s(c)}   runs ${all(runs.c)}; ${issues} issues`);
  console.log(`   readSubmission + checks alone:      ${s(checks)}   runs ${all(runs.checks)}`);
  console.log(`checks' time over ExcelJS alone:       ${((checks / a) * 100).toFixed(1)} % (target < 20 %)`);
  console.log(`C over B (what checking adds to the reader): ${(((c - b) / a) * 100).toFixed(1)} % of A`);
  console.log(`whole pipeline C over ExcelJS alone A: +${(((c - a) / a) * 100).toFixed(1)} %`);
  const mem = process.memoryUsage();
  console.log(
    `memory: rss ${(mem.rss / 1024 / 1024).toFixed(0)} MB, heap used ${(mem.heapUsed / 1024 / 1024).toFixed(0)} MB`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
