import { describe, expect, it } from "@jest/globals";
import { buildSummaryWithDetails, summarySheetNames } from "../../../src/core/consolidate/build";
import { LEAD_TEXT_LINES } from "../../../src/core/consolidate/sheets/tasks";
import { wrappedLines } from "../../../src/core/consolidate/row-heights";
import type { OutSheet, OutValue } from "../../../src/core/sheet-model";
import { checked, input, line, matrix, roster, submission } from "../../helpers/consolidate-builders";

const DETAIL = "Chi tiết theo đơn vị";
const TASKS = "Tổng hợp theo nhiệm vụ";

function text(v: OutValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return "date" in v ? v.date : v.text;
  return String(v);
}

function sheetOf(sheets: OutSheet[], name: string): OutSheet {
  const s = sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** The body rows of a sheet as records by column key. */
function records(s: OutSheet): Record<string, OutValue>[] {
  const keys = s.columns.map((c) => c.key ?? "");
  return s.rows.slice(4).map((r) => Object.fromEntries(keys.map((k, i) => [k, r.cells[i] ?? null])));
}

const short = (id: string) => roster.byId(id)!.short;
/** agency × task pairs of the plan's matrix, each once */
const pairs = [...new Set(matrix.assignments.map((a) => `${a.taskCode}|${a.agencyId}`))];
const assignedTo = (code: string) =>
  new Set(matrix.assignments.filter((a) => a.taskCode === code).map((a) => a.agencyId));

describe("Chi tiết theo đơn vị", () => {
  const skhdt = submission("SKHDT", "skhdt.xlsx", {
    lines: [
      line("1.1", 14, "done", { completedOn: "2022-03-01", result: "Đã quán triệt", difficulties: "Thiếu vốn" }),
      line("1.2", 15, null, { result: "Không ghi tình trạng" }),
    ],
  });
  const stc = submission("STC", "stc.xlsx");
  const copies = new Map([["skhdt.xlsx", { sheet: "NB01 Sở KHĐT", of: "Báo cáo" }]]);
  const { sheets } = buildSummaryWithDetails(input([checked(skhdt), checked(stc)]), { copies });
  const detail = sheetOf(sheets, DETAIL);
  const rows = records(detail);

  it("has one row per agency and task it is assigned, whether or not the agency reported", () => {
    expect(rows).toHaveLength(pairs.length);
    const seen = rows.map((r) => `${text(r.code)}|${text(r.agency)}`);
    expect(new Set(seen).size).toBe(pairs.length);
    for (const p of pairs) {
      const [code, id] = p.split("|") as [string, string];
      expect(seen).toContain(`${code}|${short(id)}`);
    }
  });

  it("says what each agency reported: its status, no status, not in its report, or not reported", () => {
    const row = (code: string, id: string) => rows.find((r) => r.code === code && r.agency === short(id))!;
    const done = row("1.1", "SKHDT");
    expect(done.role).toBe("Thực hiện");
    expect(done.reported).toBe("Đã hoàn thành");
    expect(done.completed).toEqual({ date: "2022-03-01" });
    expect(done.received).toEqual({ date: "2022-11-10" });
    expect(done.result).toBe("Đã quán triệt");
    expect(done.difficulties).toBe("Thiếu vốn");
    expect(done.file).toBe("skhdt.xlsx");
    // the source cell links into the import sheet that holds the file's copy
    expect(done.cell).toEqual({ link: "#'NB01 Sở KHĐT'!F14", text: "Báo cáo!F14" });
    expect(row("1.2", "SKHDT").reported).toBe("Không ghi tình trạng");
    expect(row("1.3", "SKHDT").reported).toBe("Không có trong báo cáo");
    const silent = row("1.1", "SNV");
    expect(silent.reported).toBe("Chưa báo cáo");
    expect(silent.assessed).toBe("Chưa có báo cáo");
    expect([silent.file, silent.cell, silent.result, silent.received]).toEqual(["", "", "", null]);
    // a file without a copy in the workbook: the cell is named, not linked
    expect(row("1.1", "STC").cell).toBe("Báo cáo!F14");
  });

  it("is an Excel table over its header and rows, with no autofilter of its own, the header frozen", () => {
    const last = String.fromCharCode(64 + detail.columns.length);
    expect(detail.table).toEqual({ name: "ChiTietTheoDonVi", range: `A4:${last}${4 + pairs.length}` });
    expect(detail.autoFilter).toBeUndefined();
    expect(detail.freeze?.rows).toBe(4);
    const header = detail.rows[3]!.cells.map(text);
    expect(new Set(header.map((h) => h.toLocaleLowerCase("vi"))).size).toBe(header.length);
    expect(header.every((h) => h !== "")).toBe(true);
    // data rows only: every row of the body names a task and an agency
    expect(rows.every((r) => text(r.code) !== "" && text(r.agency) !== "")).toBe(true);
  });

  it("keeps a table with one empty row when nobody is assigned anything", () => {
    const empty = buildSummaryWithDetails(input([], { matrix: { ...matrix, assignments: [] } })).sheets;
    const s = sheetOf(empty, DETAIL);
    expect(s.rows).toHaveLength(4);
    expect(s.table?.range).toMatch(/^A4:[A-Z]+5$/);
  });
});

describe("Tổng hợp theo nhiệm vụ beside the detail", () => {
  const said = (id: string, code: string, status: "done" | "inProgress", words: string) =>
    submission(id, `${id}.xlsx`, { lines: [line(code, 14, status, { result: words })] });
  const everyone = [...assignedTo("1.1")];
  const files = everyone.map((id, i) =>
    checked(
      said(id, "1.1", i % 3 === 0 ? "done" : "inProgress", `${"Đã triển khai kế hoạch tới cơ sở. ".repeat(4)}${id}`),
    ),
  );
  const { sheets } = buildSummaryWithDetails(input(files));
  const tasks = sheetOf(sheets, TASKS);
  const detail = sheetOf(sheets, DETAIL);
  const task = (code: string) => records(tasks).find((r) => r.code === code)!;

  it("counts the agencies assigned, reported, done and overdue", () => {
    const t = task("1.1");
    expect(t.assigned).toBe(everyone.length);
    expect(t.reportedCount).toBe(everyone.length);
    expect(t.done).toBe(everyone.filter((_, i) => i % 3 === 0).length);
    expect(t.behind).toBe(0);
    // 1.4 (Sở KH&ĐT leads, due 10/02/2022): SKHDT reported 1.1 only, so 1.4 has no report
    const t14 = task("1.4");
    expect(t14.assigned).toBe(assignedTo("1.4").size);
    expect(t14.reportedCount).toBe(0);
  });

  it("shows the leads' words within its line budget and says how many more are on the detail sheet", () => {
    const cell = text(task("1.1").result);
    const col = tasks.columns.find((c) => c.key === "result")!;
    expect(wrappedLines(cell, col.width)).toBeLessThanOrEqual(LEAD_TEXT_LINES);
    const shown = cell.split("\n").filter((l) => / SKHDT$| [A-Z]+$/.test(l)).length;
    expect(shown).toBeGreaterThan(0);
    expect(cell).toContain(`… và ${everyone.length - shown} đơn vị chủ trì khác: xem trang Chi tiết theo đơn vị`);
  });

  it("links each task to its first row on the detail sheet", () => {
    for (const r of records(tasks).filter((x) => typeof x.detail === "object" && x.detail !== null)) {
      const link = r.detail as { link: string; text: string };
      const m = /^#'Chi tiết theo đơn vị'!A(\d+)$/.exec(link.link);
      expect(m).not.toBeNull();
      const row = Number(m![1]);
      expect(detail.rows[row - 1]!.cells[0]).toBe(r.code);
      expect(detail.rows[row - 2]!.cells[0]).not.toBe(r.code); // the first of the task's rows
      expect(link.text).toBe(`Xem ${assignedTo(text(r.code)).size} đơn vị`);
    }
  });
});

describe("where the summary sheets are listed", () => {
  // more than twelve difficulties, so the draft report quotes twelve and points at the rest
  const files = ["SKHDT", "STC", "SNV", "STP", "SXD", "SYT", "SGDDT"].map((id) =>
    checked(
      submission(id, `${id}.xlsx`, {
        lines: [
          line("1.1", 14, "inProgress", { difficulties: `Khó khăn của ${id}` }),
          line("1.2", 15, "inProgress", { difficulties: `Khó khăn khác của ${id}` }),
        ],
      }),
    ),
  );
  const { sheets } = buildSummaryWithDetails(input(files));

  it("Chỉ số, where the workbook opens, links to every other summary sheet, the detail one included", () => {
    const links = sheetOf(sheets, "Chỉ số")
      .rows.map((r) => r.cells[0])
      .filter((v): v is { link: string; text: string } => typeof v === "object" && v !== null && "link" in v);
    const others = summarySheetNames().filter((n) => n !== "Chỉ số");
    expect(links.map((l) => l.text)).toEqual(others);
    expect(links.find((l) => l.text === DETAIL)!.link).toBe(`#'${DETAIL}'!A1`);
  });

  it("the draft report's line about the difficulties it did not quote links to the detail sheet", () => {
    const more = sheetOf(sheets, "Báo cáo")
      .rows.map((r) => r.cells[0])
      .find((v) => typeof v === "object" && v !== null && "link" in v && v.text.includes("ý kiến khác"));
    expect(more).toEqual({ link: `#'${DETAIL}'!A1`, text: "- … và 2 ý kiến khác (xem trang Chi tiết theo đơn vị)." });
  });
});
