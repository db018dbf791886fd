import { describe, it, expect, beforeAll } from "@jest/globals";
import ExcelJS from "exceljs";
import { parsePlan } from "../../../src/core/plan/parse";
import { KONTUM_4587_TEXT } from "../../../src/core/plan/kontum-4587.text";
import { KONTUM_ROSTER } from "../../../src/core/roster/default-kontum";
import { indexRoster } from "../../../src/core/roster/match";
import { rosterToSheet } from "../../../src/core/roster/sheet";
import {
  OBLIGATION_SHEET,
  TASK_COLUMNS,
  TASK_SHEET,
  obligationSheet,
  taskTableSheet,
} from "../../../src/core/plan/table";
import { readPlanTables } from "../../../src/core/plan/table-read";
import { writeWorkbook } from "../../../src/xlsx/write-sheets";
import { readSubmissionFile } from "../../../src/xlsx/read-workbook";
import type { Plan } from "../../../src/core/plan/model";
import type { Sheet } from "../../../src/core/grid";
import { isUserError } from "../../../src/core/errors";

const roster = indexRoster(KONTUM_ROSTER);
let plan: Plan;
let sheets: Sheet[];
let bytes: Uint8Array;

const colOf = (key: (typeof TASK_COLUMNS)[number]["key"]) => TASK_COLUMNS.findIndex((c) => c.key === key);
const strip = (p: Plan) => p.tasks.map(({ line: _line, title: _title, ...rest }) => rest);

beforeAll(async () => {
  plan = parsePlan(KONTUM_4587_TEXT, { roster });
  bytes = await writeWorkbook([taskTableSheet(plan), obligationSheet(plan), rosterToSheet(KONTUM_ROSTER)]);
  sheets = (await readSubmissionFile(bytes, "plan.xlsx")).sheets;
});

function headerRowOf(s: Sheet): number {
  return s.rows.findIndex((r) => r[0] === "Mã" && r[colOf("text")] === "Nhiệm vụ");
}

describe("the plan's task table, written and read back", () => {
  it("reads back the same tasks, obligations and particulars, without findings", () => {
    const { plan: back, findings } = readPlanTables(sheets, roster);
    expect(strip(back)).toEqual(strip(plan));
    expect(back.reporting).toEqual(plan.reporting);
    expect(back.meta).toEqual(plan.meta);
    expect(back.sections).toEqual(plan.sections);
    expect(findings.filter((f) => f.key === "planTable.unknownName")).toEqual([]);
  });

  it("is an Excel table with dropdowns of the roster's names on the agency columns", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const ws = wb.getWorksheet(TASK_SHEET)!;
    const tables = (ws as unknown as { tables: Record<string, unknown> }).tables;
    expect(Object.keys(tables)).toContain("BangNhiemVu");
    const header = headerRowOf(sheets.find((s) => s.name === TASK_SHEET)!) + 1;
    const leadCell = ws.getCell(header + 1, colOf("lead") + 1);
    expect(leadCell.dataValidation?.type).toBe("list");
    expect(leadCell.dataValidation?.formulae?.[0]).toBe("'Danh bạ đơn vị'!$B$3:$B$1000");
    expect(wb.getWorksheet(OBLIGATION_SHEET)).toBeDefined();
  });

  it("honours an edited lead, a changed deadline, an added and a deleted row; flags an unknown name with its cell", () => {
    const edited = structuredClone(sheets);
    const s = edited.find((x) => x.name === TASK_SHEET)!;
    const h = headerRowOf(s);
    const first = s.rows[h + 1]!;
    first[colOf("lead")] = "Sở Tư pháp; Ban Không Có Thật";
    first[colOf("implement")] = null;
    first[colOf("deadline")] = "31/12/2030";
    s.rows.splice(h + 2, 1); // delete the second task
    const added = TASK_COLUMNS.map(() => null as string | null);
    added[colOf("code")] = "9.9";
    added[colOf("text")] = "Nhiệm vụ thêm mới";
    added[colOf("lead")] = "Sở Nội vụ";
    added[colOf("deadlineText")] = "Quý III/2024";
    s.rows.push(added);
    const { plan: back, findings } = readPlanTables(edited, roster);
    expect(back.tasks.length).toBe(plan.tasks.length);
    expect(back.tasks[0]!.lead).toEqual(["Sở Tư pháp", "Ban Không Có Thật"]);
    expect(back.tasks[0]!.deadline).toBe("2030-12-31");
    expect(back.tasks.map((t) => t.code)).not.toContain(plan.tasks[1]!.code);
    const last = back.tasks.at(-1)!;
    expect([last.code, last.lead, last.deadline]).toEqual(["9.9", ["Sở Nội vụ"], "2024-09-30"]);
    const unknown = findings.filter((f) => f.key === "planTable.unknownName");
    expect(unknown.map((f) => [f.cell, f.params.name])).toEqual([
      [`${String.fromCharCode(65 + colOf("lead"))}${h + 2}`, "Ban Không Có Thật"],
    ]);
  });

  it("the Hạn date wins over a written deadline that says otherwise, and says so", () => {
    const edited = structuredClone(sheets);
    const s = edited.find((x) => x.name === TASK_SHEET)!;
    const row = s.rows[headerRowOf(s) + 1]!;
    row[colOf("deadlineText")] = "Hoàn thành trước ngày 30/6/2025";
    row[colOf("deadline")] = "15/7/2025";
    const { plan: back, findings } = readPlanTables(edited, roster);
    expect(back.tasks[0]!.deadline).toBe("2025-07-15");
    expect(findings.some((f) => f.key === "planTable.dateOverridesText")).toBe(true);
    // An empty Hạn takes the text's date.
    row[colOf("deadline")] = null;
    expect(readPlanTables(edited, roster).plan.tasks[0]!.deadline).toBe("2025-06-30");
  });

  it("finds its columns by their labels when the official moved them", () => {
    const edited = structuredClone(sheets);
    const s = edited.find((x) => x.name === TASK_SHEET)!;
    const h = headerRowOf(s);
    s.rows = s.rows.map((r, i) => (i < h ? r : TASK_COLUMNS.map((_, c) => r[TASK_COLUMNS.length - 1 - c] ?? null)));
    expect(strip(readPlanTables(edited, roster).plan)).toEqual(strip(plan));
  });

  it("a workbook without the task table gets a message in both languages", () => {
    try {
      readPlanTables([{ name: "Sheet1", rows: [["x"]] }], roster);
      throw new Error("an error was expected");
    } catch (e) {
      expect(isUserError(e) && e.key).toBe("planTable.missing");
    }
  });
});
