/**
 * The plan workbook (task table as an Excel table, dropdowns on the agency columns) opened by
 * a real spreadsheet application: LibreOffice headless converts the task sheet to CSV, and
 * the task table's cells must come out as written; saved again as .xlsx, the dropdowns survive.
 */
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { parsePlan } from "../../../src/core/plan/parse";
import { KONTUM_4587_TEXT } from "../../../src/core/plan/kontum-4587.text";
import { KONTUM_ROSTER } from "../../../src/core/roster/default-kontum";
import { indexRoster } from "../../../src/core/roster/match";
import { buildMatrix } from "../../../src/core/matrix";
import { planSheets } from "../../../src/core/plan-sheets";
import { TASK_SHEET as PLAN_SHEET } from "../../../src/core/plan/table";
import type { OutSheet } from "../../../src/core/sheet-model";
import { writeWorkbook } from "../../../src/xlsx/write-sheets";
import { readSubmissionFile } from "../../../src/xlsx/read-workbook";

const work = mkdtempSync(join(tmpdir(), "kehoach-plan-lo-"));
let sheets: OutSheet[];

function soffice(args: string[], profile: string): void {
  execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", ...args], {
    stdio: "pipe",
    timeout: 120_000,
  });
}

/** Text of a written cell as LibreOffice shows it (dates are not in the task table's text columns). */
function shown(v: OutSheet["rows"][number]["cells"][number] | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return "date" in v ? v.date : v.text;
  return String(v);
}

beforeAll(async () => {
  const roster = indexRoster(KONTUM_ROSTER);
  const plan = parsePlan(KONTUM_4587_TEXT, { roster });
  sheets = planSheets(plan, buildMatrix(plan, roster), KONTUM_ROSTER);
  writeFileSync(join(work, "plan.xlsx"), await writeWorkbook(sheets));
  const sheetNo = sheets.findIndex((s) => s.name === PLAN_SHEET) + 1;
  // 44 = ",", 34 = '"', 76 = UTF-8, then the 12th token: which sheet (1-based) is exported.
  soffice(
    [
      "--convert-to",
      `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,${sheetNo}`,
      "--outdir",
      join(work, "csv"),
      join(work, "plan.xlsx"),
    ],
    join(work, "lo1"),
  );
  soffice(["--convert-to", "xlsx", "--outdir", join(work, "xlsx"), join(work, "plan.xlsx")], join(work, "lo2"));
}, 240_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the plan workbook in LibreOffice", () => {
  it("shows the task table's cells as written", async () => {
    const task = sheets.find((s) => s.name === PLAN_SHEET)!;
    const [from, to] = task.table!.range.split(":");
    const first = Number(/\d+$/.exec(from!)![0]) - 1;
    const last = Math.min(Number(/\d+$/.exec(to!)![0]), task.rows.length);
    // LibreOffice names the file after the sheet it exported ("plan-Kế hoạch.csv"): the only file there.
    const files = readdirSync(join(work, "csv"));
    expect(files.length).toBe(1);
    const bytes = new Uint8Array(readFileSync(join(work, "csv", files[0]!)));
    const csv = (await readSubmissionFile(bytes, "plan.csv")).sheets[0]!;
    const textCol = task.rows[first]!.cells.indexOf("Nhiệm vụ");
    const leadCol = task.rows[first]!.cells.indexOf("Chủ trì");
    expect(textCol).toBeGreaterThan(0);
    expect(leadCol).toBeGreaterThan(textCol);
    expect(last - first).toBeGreaterThan(10);
    for (let r = first; r < last; r++)
      for (const c of [0, textCol, leadCol])
        expect(String(csv.rows[r]?.[c] ?? "").trim()).toBe(shown(task.rows[r]!.cells[c]).trim());
  });

  it("keeps the table and the dropdowns when it saves the workbook again", async () => {
    const bytes = readFileSync(join(work, "xlsx", "plan.xlsx"));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const ws = wb.getWorksheet(PLAN_SHEET)!;
    expect(Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables)).toContain("BangNhiemVu");
    const task = sheets.find((s) => s.name === PLAN_SHEET)!;
    const v = task.validations![0]!;
    const cell = ws.getCell(v.range.split(":")[0]!);
    expect(cell.dataValidation?.type).toBe("list");
    expect(cell.dataValidation?.formulae?.[0]).toContain("$B$3:$B$1000");
  });
});
