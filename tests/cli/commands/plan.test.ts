import { describe, expect, it } from "@jest/globals";
import { mkdtempSync, readdirSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli, ROOT } from "../../helpers/cli";
import { KONTUM_4587_TEXT } from "../../../src/core/plan/kontum-4587.text";
import ExcelJS from "exceljs";
import { CORPUS_DIR, corpusPlansWithForms } from "../../plan-file/corpus";
import { TASK_COLUMNS, TASK_SHEET } from "../../../src/core/plan/table";

describe("kehoach plan", () => {
  it("the embedded text module is the plan file in plans/ (scripts/embed-plan.mjs is current)", () => {
    expect(KONTUM_4587_TEXT).toBe(readFileSync(join(ROOT, "plans", "4587-KH-UBND-KonTum-2021.txt"), "utf8"));
  });

  it("prints the JSON other tools read, for the embedded plan and for a file", async () => {
    const embedded = await runCli(["plan"]);
    expect(embedded.code).toBe(0);
    const json = JSON.parse(embedded.out);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(["plan", "sections", "tasks", "reporting"]));
    expect(json.tasks).toHaveLength(26);
    expect(Object.keys(json.tasks[0])).toEqual(
      expect.arrayContaining([
        "code",
        "section",
        "title",
        "text",
        "lead",
        "coordinate",
        "deadline_text",
        "deadline",
        "frequency",
      ]),
    );
    expect(Object.keys(json.reporting[0])).toEqual(
      expect.arrayContaining(["from", "to", "due_month_day", "frequency", "text"]),
    );
    const fromFile = await runCli(["plan", "plans/4587-KH-UBND-KonTum-2021.txt"]);
    expect(fromFile.out).toBe(embedded.out);
  });

  it("prints the matrix as CSV", async () => {
    const r = await runCli(["plan", "--format", "csv"]);
    expect(r.code).toBe(0);
    expect(r.out.split("\r\n")[0]).toMatch(/^Mã nhiệm vụ,Nhiệm vụ,Sở KH&ĐT,/u);
  });

  describe("bad input: a clear message in both languages, exit 2, nothing written", () => {
    const dir = mkdtempSync(join(tmpdir(), "kehoach-plan-"));
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "binary.bin"), Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7, 8]));
    writeFileSync(join(dir, "plan.docx"), Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(64)]));
    writeFileSync(join(dir, "notes.txt"), "Biên bản họp\nKhông có nhiệm vụ nào.\n");
    const before = readdirSync(dir).sort();
    const cases: [string, string[], RegExp, RegExp][] = [
      ["a missing file", ["plan", join(dir, "missing.txt")], /Không tìm thấy tệp/u, /not found/],
      ["an empty file", ["plan", join(dir, "empty.txt")], /rỗng/u, /empty/],
      ["a binary file", ["plan", join(dir, "binary.bin")], /không phải văn bản kế hoạch/u, /not a readable plan/],
      ["a damaged .docx file", ["plan", join(dir, "plan.docx")], /bị hỏng/u, /damaged/],
      ["a text that is not a plan", ["plan", join(dir, "notes.txt")], /Không tìm thấy nhiệm vụ/u, /No task was found/],
      ["a folder", ["plan", dir], /không phải là một tệp/u, /not a file/],
      ["a wrong format", ["plan", "--format", "xml"], /--format/, /must be json/],
    ];
    for (const [what, args, vi, en] of cases) {
      it(what, async () => {
        const r = await runCli(args);
        expect(r.code).toBe(2);
        expect(r.out).toBe("");
        expect(r.err).toMatch(vi);
        expect(r.err).toMatch(en);
        expect(readdirSync(dir).sort()).toEqual(before);
      });
    }
  });
});

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
