import { describe, it, expect } from "vitest";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../../helpers/cli";
import { CORPUS_DIR, corpusPlansWithForms } from "../../plan-file/corpus";
import { TASK_COLUMNS, TASK_SHEET } from "../../../src/core/plan/table";

const plans = corpusPlansWithForms();
const colOf = (key: string) => TASK_COLUMNS.findIndex((c) => c.key === key) + 1;

type JsonTask = {
  code: string;
  lead: string[];
  coordinate: string[];
  deadline: string | null;
  frequency: string | null;
};
const tasksOf = (out: string) =>
  (JSON.parse(out) as { tasks: JsonTask[] }).tasks.map((t) => [t.code, t.lead, t.coordinate, t.deadline, t.frequency]);

describe("kehoach plan reads every form a plan arrives in", () => {
  for (const base of plans) {
    it(`${base}: the .docx and the .pdf give the same tasks`, async () => {
      const docx = await runCli(["plan", join(CORPUS_DIR, `${base}.docx`)]);
      const pdf = await runCli(["plan", join(CORPUS_DIR, `${base}.pdf`)]);
      expect([docx.code, pdf.code]).toEqual([0, 0]);
      expect(tasksOf(docx.out).length).toBeGreaterThan(0);
      expect(tasksOf(pdf.out)).toEqual(tasksOf(docx.out));
    });
  }
});

describe("kehoach plan --format xlsx and --plan plan.xlsx", () => {
  it("writes the plan workbook, and templates follow a lead edited in its task table", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kehoach-plan-xlsx-"));
    const out = join(dir, "plan.xlsx");
    const w = await runCli(["plan", "--format", "xlsx", "--out", out]);
    expect(w.code).toBe(0);
    expect(readdirSync(dir)).toEqual(["plan.xlsx"]);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet(TASK_SHEET)!;
    let header = 0;
    ws.eachRow((row, n) => {
      if (!header && row.getCell(1).value === "Mã" && row.getCell(colOf("text")).value === "Nhiệm vụ") header = n;
    });
    const row = ws.getRow(header + 1);
    const code = String(row.getCell(1).value);
    row.getCell(colOf("lead")).value = "Sở Tư pháp; Ban Không Có Thật";
    row.getCell(colOf("implement")).value = null;
    await wb.xlsx.writeFile(out);

    const p = await runCli(["plan", out]);
    expect(p.code).toBe(0);
    const task = (JSON.parse(p.out) as { tasks: JsonTask[] }).tasks.find((t) => t.code === code)!;
    expect(task.lead).toEqual(["Sở Tư pháp", "Ban Không Có Thật"]);
    expect(p.err).toContain(`ô ${String.fromCharCode(64 + colOf("lead"))}${header + 1}`);
    expect(p.err).toMatch(/Ban Không Có Thật.*không có trong danh bạ[\s\S]*is not in the agency roster/u);

    const t = await runCli([
      "templates",
      "--plan",
      out,
      "--period",
      "2022",
      "--out",
      join(dir, "mau"),
      "--agency",
      "STP",
    ]);
    expect(t.code).toBe(0);
    expect(t.err).toMatch(/Ban Không Có Thật/u);
    const files = readdirSync(join(dir, "mau"));
    expect(files.length).toBe(1);
    const tpl = new ExcelJS.Workbook();
    await tpl.xlsx.readFile(join(dir, "mau", files[0]!));
    const cells: string[] = [];
    tpl.eachSheet((s) => s.eachRow((r) => r.eachCell((c) => cells.push(String(c.value ?? "")))));
    expect(cells.some((c) => c === code || c.startsWith(`${code} `))).toBe(true);
  });

  it("--format xlsx without --out is refused", async () => {
    const r = await runCli(["plan", "--format", "xlsx"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--out/);
  });
});
