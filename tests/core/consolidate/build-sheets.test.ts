import { describe, expect, it } from "@jest/globals";
import { buildSummary, buildSummaryWithDetails, summarySheetNames } from "../../../src/core/consolidate/build";
import type { OutSheet, OutValue } from "../../../src/core/sheet-model";
import { MAX_SHEET_NAME } from "../../../src/core/sheet-model";
import { MAX_MAILTO_LENGTH } from "../../../src/core/consolidate/mailto";
import { checked, input, issue, line, roster, sourceOf, submission } from "../../helpers/consolidate-builders";

function sheet(sheets: OutSheet[], name: string): OutSheet {
  const s = sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}; have ${sheets.map((x) => x.name).join(", ")}`);
  return s;
}

function text(v: OutValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return "date" in v ? v.date : v.text;
  return String(v);
}

/** The row whose column `col` holds `value` exactly. */
function rowWhere(s: OutSheet, col: number, value: string): OutValue[] {
  const r = s.rows.find((x) => text(x.cells[col]) === value);
  if (!r) throw new Error(`no row with ${value} in ${s.name}`);
  return r.cells;
}

const AGENCY_COL = 1;

/** The cell of the column with this key in a row of the sheet. */
function cellOf(s: OutSheet, row: OutValue[], key: string): OutValue | undefined {
  const i = s.columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`no column ${key} in ${s.name}`);
  return row[i];
}

describe("buildSummary", () => {
  it("has exactly the summary sheets, named in Vietnamese within 31 characters", () => {
    const sheets = buildSummary(input([]));
    expect(sheets.map((s) => s.name)).toEqual([
      "Tổng hợp theo nhiệm vụ",
      "Chi tiết theo đơn vị",
      "Tình hình nộp báo cáo",
      "Ma trận",
      "Chỉ số",
      "Kết quả kiểm tra",
      "Nhắc nhở",
      "Báo cáo",
      "Nhật ký",
    ]);
    for (const s of sheets) expect(s.name.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
  });

  it("keeps the newest submission of an agency as current and the older one as history", () => {
    const old = submission("SKHDT", "skhdt-v1.xlsx", {
      reportDate: "2022-11-10",
      lines: [line("1.4", 14, "inProgress")],
    });
    const fresh = submission("SKHDT", "skhdt-v2.xlsx", {
      reportDate: "2022-11-18",
      lines: [line("1.4", 14, "done", { completedOn: "2022-02-01", result: "Đã trình Nghị quyết" })],
    });
    // The newer file is imported first: order of import must not decide, the received date does.
    const sheets = buildSummary(input([checked(fresh), checked(old, [issue("skhdt-v1.xlsx", "SKHDT", "F14")])]));

    const tasks = sheet(sheets, "Tổng hợp theo nhiệm vụ");
    const task = rowWhere(tasks, 0, "1.4");
    expect(task[5]).toBe("Đã hoàn thành");
    expect(task[6]).toBe("Hoàn thành đúng hạn");
    expect(text(cellOf(tasks, task, "result"))).toContain("Sở KH&ĐT: Đã trình Nghị quyết");

    const subs = rowWhere(sheet(sheets, "Tình hình nộp báo cáo"), AGENCY_COL, "Sở Kế hoạch và Đầu tư");
    expect(text(subs[3])).toBe("skhdt-v2.xlsx");
    // Timeliness is the first sending's (10/11, before 15/11); the correction of 18/11 is noted.
    expect(subs[5]).toBe("Đúng hạn");
    expect(subs[10]).toContain("bổ sung ngày 18/11/2022");
    expect(subs[6]).toBe(0); // the old file's error no longer counts
    expect(subs[10]).toContain("Thay thế 1 bản gửi trước");

    const log = sheet(sheets, "Nhật ký");
    expect(rowWhere(log, 1, "skhdt-v1.xlsx")[7]).toBe("Đã được thay thế bởi skhdt-v2.xlsx");
    expect(rowWhere(log, 1, "skhdt-v2.xlsx")[7]).toBe("Hiện hành");
    // History is kept, not dropped: both files are in the log.
    expect(log.rows.filter((r) => /skhdt-v\d\.xlsx/.test(text(r.cells[1])))).toHaveLength(2);
    // Issues of a superseded file are not listed as open.
    expect(sheet(sheets, "Kết quả kiểm tra").rows.some((r) => text(r.cells[3]) === "skhdt-v1.xlsx")).toBe(false);
  });

  it("shows a missing agency as missing, its tasks without report, and drafts a reminder", () => {
    const others = ["SLDTBXH", "SNNPTNT", "BDT"].map((id) => checked(submission(id, `${id}.xlsx`)));
    const sheets = buildSummary(input(others));
    const subs = rowWhere(sheet(sheets, "Tình hình nộp báo cáo"), AGENCY_COL, "Sở Kế hoạch và Đầu tư");
    expect(subs[2]).toBe("Không");
    expect(subs[5]).toBe("Chưa gửi");

    // 1.4 is led by Sở KH&ĐT alone.
    const task = rowWhere(sheet(sheets, "Tổng hợp theo nhiệm vụ"), 0, "1.4");
    expect(task[6]).toBe("Chưa có báo cáo");
    expect(task[7]).toBe("0/1");

    const rem = rowWhere(sheet(sheets, "Nhắc nhở"), 0, "Sở Kế hoạch và Đầu tư");
    expect(rem[2]).toBe("Chưa gửi báo cáo");
    expect(text(rem[4])).toContain("chưa nhận được báo cáo kỳ 2022");
    expect(text(rem[4])).toContain("15/11/2022");
    const link = rem[5] as { link: string; text: string };
    expect(link.link.startsWith("mailto:?subject=")).toBe(true); // default roster has no e-mail
    expect(decodeURIComponent(link.link.split("subject=")[1]!.split("&")[0]!)).toBe(text(rem[3]));

    const report = sheet(sheets, "Báo cáo")
      .rows.map((r) => text(r.cells[0]))
      .join("\n");
    const must = sheet(sheets, "Tình hình nộp báo cáo").rows.length - 4;
    expect(report).toContain(`Đến ngày 20/11/2022, có 3/${must} đơn vị gửi báo cáo`);
    expect(report).toMatch(/Các đơn vị quá hạn chưa gửi báo cáo: .*Sở KH&ĐT/);
  });

  it("counts tasks by status on the figures sheet and points the chart at those cells", () => {
    const sheets = buildSummary(
      input([checked(submission("SKHDT", "a.xlsx", { lines: [line("1.4", 14, "inProgress")] }))]),
    );
    const fig = sheet(sheets, "Chỉ số");
    const overdue = rowWhere(fig, 0, "Quá hạn chưa hoàn thành");
    expect(overdue[1]).toBe(1); // 1.4 was due before 10/02/2022, still in progress on 20/11/2022
    const total = rowWhere(fig, 0, "Tổng số nhiệm vụ");
    expect(total[1]).toBe(27); // 26 tasks and the one agency duty of III.3 (MTTQ and the organisations)
    const chart = fig.charts![0]!;
    const first = Number(chart.values.split(":")[0]!.slice(1));
    expect(text(fig.rows[first - 1]!.cells[0])).toBe("Hoàn thành đúng hạn");
  });

  it("writes what the agency typed as plain text, even when it looks like a formula", () => {
    const nasty = ['=HYPERLINK("http://x.example","bấm")', "+84 912 345 678", "@SUM(A1:A9)", "-1+2", "\t=1+1"];
    const sub = submission("SKHDT", "a.xlsx", {
      lines: [line("1.4", 14, "inProgress", { result: nasty[0]!, difficulties: nasty[1]!, proposals: nasty[2]! })],
    });
    const sheets = buildSummary(input([checked(sub, [issue("a.xlsx", "SKHDT", "H14", { value: nasty[3]! })])]));
    const tasks = sheet(sheets, "Tổng hợp theo nhiệm vụ");
    const task = rowWhere(tasks, 0, "1.4");
    expect(cellOf(tasks, task, "result")).toBe(`Sở KH&ĐT: ${nasty[0]}`);
    expect(cellOf(tasks, task, "difficulties")).toBe(`Sở KH&ĐT: ${nasty[1]}`);
    const detail = sheet(sheets, "Chi tiết theo đơn vị");
    const own = detail.rows.find((r) => r.cells[0] === "1.4" && r.cells[1] === "Sở KH&ĐT")!.cells;
    expect([
      cellOf(detail, own, "result"),
      cellOf(detail, own, "difficulties"),
      cellOf(detail, own, "proposals"),
    ]).toEqual(nasty.slice(0, 3));
    const iss = sheet(sheets, "Kết quả kiểm tra").rows.find((r) => r.cells[6] === nasty[3]);
    expect(iss).toBeDefined();
  });

  it("copies each current report sheet and links every issue to its cell in the copy", () => {
    const sub = submission("SKHDT", "skhdt.xlsx", { lines: [line("1.4", 14, "inProgress")] });
    const src = sourceOf(sub);
    const { sheets, copies } = buildSummaryWithDetails(
      input([checked(sub, [issue("skhdt.xlsx", "SKHDT", "F14")])], { sources: [src] }),
    );
    const copyName = copies.get("skhdt.xlsx")!;
    expect(copyName).toBe("BC Sở KH&ĐT");
    const copy = sheet(sheets, copyName);
    expect(copy.rows[13]!.cells[5]).toBe("inProgress");
    expect(copy.rows[13]!.cells[1]).toBe("1.4");
    const issueRow = sheet(sheets, "Kết quả kiểm tra").rows.find((r) => text(r.cells[3]) === "skhdt.xlsx")!;
    expect(issueRow.cells[5]).toEqual({ link: "#'BC Sở KH&ĐT'!F14", text: "F14" });
    // the submissions sheet links the file name to the copy too
    const subs = rowWhere(sheet(sheets, "Tình hình nộp báo cáo"), AGENCY_COL, "Sở Kế hoạch và Đầu tư");
    expect(subs[3]).toEqual({ link: "#'BC Sở KH&ĐT'!A1", text: "skhdt.xlsx" });
  });

  it("keeps a reminder link under the length Excel accepts, saying how many items were left out", () => {
    const sub = submission("SKHDT", "skhdt.xlsx");
    const many = Array.from({ length: 80 }, (_, i) =>
      issue("skhdt.xlsx", "SKHDT", `F${14 + i}`, {
        code: "not-in-list",
        value: "Đã xong rồi ạ",
        params: { task: "1.4", field: "status", value: "Đã xong rồi ạ", allowed: "Đã hoàn thành, Đang thực hiện" },
      }),
    );
    const email = { ...roster.byId("SKHDT")!, email: "skhdt@example.gov.vn" };
    const rIndex = { ...roster, byId: (id: string) => (id === "SKHDT" ? email : roster.byId(id)) };
    const agencies = roster.roster.agencies.map((a) => (a.id === "SKHDT" ? email : a));
    const sheets = buildSummary(
      input([checked(sub, many)], { roster: { ...rIndex, roster: { ...roster.roster, agencies } } }),
    );
    const rem = rowWhere(sheet(sheets, "Nhắc nhở"), 0, "Sở Kế hoạch và Đầu tư");
    const link = (rem[5] as { link: string }).link;
    expect(link.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
    expect(link.startsWith("mailto:skhdt@example.gov.vn?subject=")).toBe(true);
    const body = decodeURIComponent(link.split("&body=")[1]!);
    expect(body).toMatch(/… và \d+ nội dung khác/);
    // the full list stays in the body column
    expect(
      text(rem[4])
        .split("\n")
        .filter((l) => l.startsWith("- Ô F")).length,
    ).toBe(80);
  });

  it("gives the same sheets for the same inputs", () => {
    const make = () =>
      buildSummary(
        input(
          [
            checked(submission("SKHDT", "a.xlsx")),
            checked(submission("HDAKHA", "b.xlsx"), [issue("b.xlsx", "HDAKHA", "F15")]),
          ],
          { imports: [{ file: "a.xlsx", sha256: "ab".repeat(32), importedAt: "2022-11-20T08:00:00" }] },
        ),
      );
    expect(make()).toEqual(make());
  });

  it("names copies uniquely within 31 characters, never clashing with a summary sheet", () => {
    const names = new Set(summarySheetNames());
    const { sheets } = buildSummaryWithDetails(
      input(
        ["HDAKHA", "HIAHDRAI", "TPKONTUM"].map((id) => checked(submission(id, `${id}.xlsx`))),
        { sources: ["HDAKHA", "HIAHDRAI", "TPKONTUM"].map((id) => sourceOf(submission(id, `${id}.xlsx`))) },
      ),
    );
    const copies = sheets.slice(names.size);
    expect(copies).toHaveLength(3);
    for (const c of copies) {
      expect(c.name.length).toBeLessThanOrEqual(31);
      expect(names.has(c.name)).toBe(false);
    }
    expect(new Set(copies.map((c) => c.name)).size).toBe(3);
  });
});
