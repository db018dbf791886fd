/**
 * kehoach check as a user runs it: templates for the seed plan written by the project's
 * writer, one filled in, checked from disk; exit codes, JSON fields, bad arguments.
 */
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../helpers/cli";
import { editWorkbook } from "../../helpers/template-files";
import { parsePlan } from "../../../src/core/plan/parse";
import { KONTUM_4587_TEXT } from "../../../src/core/plan/kontum-4587.text";
import { indexRoster } from "../../../src/core/roster/match";
import { KONTUM_ROSTER } from "../../../src/core/roster/default-kontum";
import { buildMatrix } from "../../../src/core/matrix";
import { buildTemplate, templateFileName } from "../../../src/core/template/build";
import { headerValueAddress, tableCellAddress, writeTemplate } from "../../../src/xlsx/template-writer";

let dir: string;
let good: string;
let empty: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "kehoach-check-"));
  const roster = indexRoster(KONTUM_ROSTER);
  const plan = parsePlan(KONTUM_4587_TEXT, { roster });
  const matrix = buildMatrix(plan, roster);
  const make = async (id: string, filled: boolean) => {
    const agency = roster.byId(id)!;
    const c = buildTemplate(plan, matrix, agency, "2022");
    let bytes = await writeTemplate(c);
    if (filled) {
      bytes = await editWorkbook(bytes, (wb) => {
        const ws = wb.getWorksheet("Báo cáo")!;
        ws.getCell(headerValueAddress("reportDate")).value = "12/11/2022";
        ws.getCell(headerValueAddress("preparedBy")).value = "Trần Văn B";
        c.rows.forEach((r, i) => {
          if (r.roleCode === "PH") return;
          ws.getCell(tableCellAddress(i, "status")).value = "Đang thực hiện";
          ws.getCell(tableCellAddress(i, "result")).value = "Đã triển khai";
        });
      });
    }
    const path = join(dir, templateFileName(plan.meta.number!, "2022", agency));
    writeFileSync(path, bytes);
    return path;
  };
  good = await make("STC", true);
  empty = await make("HDAKHA", false);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("kehoach check", () => {
  test("a correctly filled report: exit 0, text in both languages", async () => {
    const r = await runCli(["check", good, "--as-of", "2022-11-20", "--period", "2022"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Sở Tài chính");
    expect(r.out).toContain("Không có lỗi.");
    expect(r.out).toContain("No errors.");
  });

  test("errors found: exit 1; JSON lists every issue with where, code and both messages", async () => {
    const missing = join(dir, "khong-co.xlsx");
    const r = await runCli([
      "check",
      good,
      empty,
      missing,
      "--as-of",
      "2022-11-20",
      "--format",
      "json",
      "--received",
      `${good.split("/").pop()}=2022-11-16`,
    ]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out) as {
      issues: Record<string, unknown>[];
      files: Record<string, unknown>[];
      totals: Record<string, number>;
    };
    expect(json.files.map((f) => [f.agency, f.identifiedBy])).toEqual([
      ["STC", "metadata"],
      ["HDAKHA", "metadata"],
      [null, null],
    ]);
    for (const i of json.issues) {
      for (const k of ["file", "sheet", "cell", "severity", "code", "message", "message_en"])
        expect(i).toHaveProperty(k);
      expect(String(i.message)).not.toMatch(/\{\w+\}/);
      expect(String(i.message_en)).not.toMatch(/\{\w+\}/);
    }
    // The received date given for the good file makes it late (due "trước ngày 15/11/2022").
    const late = json.issues.filter((i) => i.code === "late-submission");
    expect(late.map((i) => i.file)).toEqual([good.split("/").pop()]);
    const unreadable = json.issues.filter((i) => i.code === "file-unreadable");
    expect(unreadable).toHaveLength(1);
    expect(String(unreadable[0]!.message_en)).toContain("not found");
    // The empty district template: status required on each of its led/implemented rows.
    const required = json.issues.filter((i) => i.code === "required" && String(i.file).includes("Dak-Ha"));
    expect(required.length).toBeGreaterThan(5);
    expect(required.every((i) => /^F\d+$/.test(String(i.cell)))).toBe(true);
    expect(json.totals.error).toBe(json.issues.filter((i) => i.severity === "error").length);
  });

  test("due-day setting and superseded files", async () => {
    const base = good.split("/").pop()!;
    const strict = JSON.parse(
      (await runCli(["check", good, "--as-of", "2022-11-20", "--format", "json", "--received", `${base}=2022-11-15`]))
        .out,
    ) as { issues: { code: string }[] };
    expect(strict.issues.map((i) => i.code)).toContain("late-submission");
    const lenient = JSON.parse(
      (
        await runCli([
          "check",
          good,
          "--as-of",
          "2022-11-20",
          "--format",
          "json",
          "--received",
          `${base}=2022-11-15`,
          "--due-day-on-time",
        ])
      ).out,
    ) as { issues: { code: string }[] };
    expect(lenient.issues.map((i) => i.code)).not.toContain("late-submission");
    // The same agency twice: the later file in the list wins, the earlier is marked superseded.
    const copy = join(dir, "stc-ban-sua.xlsx");
    writeFileSync(copy, readFileSync(good));
    const twice = JSON.parse(
      (await runCli(["check", good, copy, "--as-of", "2022-11-20", "--format", "json"])).out,
    ) as { files: { file: string; superseded: boolean }[] };
    expect(twice.files.map((f) => [f.file, f.superseded])).toEqual([
      [base, true],
      ["stc-ban-sua.xlsx", false],
    ]);
    const text = await runCli(["check", good, copy, "--as-of", "2022-11-20"]);
    expect(text.out).toContain("a newer file from the same agency");
  });

  test("cannot run: exit 2 with a message in both languages", async () => {
    const none = await runCli(["check"]);
    expect(none.code).toBe(2);
    expect(none.err).toContain("No report file");
    const badDate = await runCli(["check", good, "--as-of", "20/11/2022"]);
    expect(badDate.code).toBe(2);
    expect(badDate.err).toContain("YYYY-MM-DD");
    const badReceived = await runCli(["check", good, "--received", "other.xlsx=2022-11-01"]);
    expect(badReceived.code).toBe(2);
    const badPlan = await runCli(["check", good, "--plan", join(dir, "no-plan.txt")]);
    expect(badPlan.code).toBe(2);
  });

  test("the detail list is capped, the totals are not", async () => {
    const r = await runCli(["check", empty, "--as-of", "2022-11-20", "--limit", "2"]);
    expect(r.code).toBe(1);
    expect(r.out.match(/\[Lỗi\/Error\]/g)).toHaveLength(2);
    expect(r.out).toMatch(/và \d+ vấn đề khác/);
  });
});
