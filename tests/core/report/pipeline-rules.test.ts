/**
 * Each check on small grids in the template's layout: one deviation at a time, asserting the
 * exact issues (code, severity, cell) it gives, and that the clean report gives none.
 */
import { describe, expect, test } from "@jest/globals";
import type { Cell, WorkbookData } from "../../../src/core/grid";
import { checkWorkbook } from "../../../src/core/report/pipeline";
import type { CheckIssue } from "../../../src/core/report/model";
import type { Finding } from "../../../src/core/report/findings";
import { formatIssue } from "../../../src/core/report/summary";
import {
  CLEAN_FILLS,
  contentFor,
  date,
  filledGrid,
  standardContext,
  taskCell,
  taskRow,
  type Fill,
} from "../../fixtures/deviations/grids";
import { HDAKHA, STC } from "../../helpers/template-files";
import { REPORT_LAYOUT, TABLE_COLUMNS } from "../../../src/core/template/layout";

const content = contentFor();

/** Issues other than the identity note every readable file carries. */
function findings(wb: WorkbookData, over: Parameters<typeof standardContext>[0] = {}): CheckIssue[] {
  return checkWorkbook({ wb }, standardContext(over)).issues.filter((i) => i.code !== "identified-by");
}

const brief = (issues: CheckIssue[]) => issues.map((i) => `${i.severity} ${i.code} ${i.cell ?? "-"}`).sort();

function withFills(over: Record<string, Fill>, opts: Parameters<typeof filledGrid>[2] = {}): WorkbookData {
  const fills: Record<string, Fill> = {};
  for (const code of Object.keys(CLEAN_FILLS)) fills[code] = { ...CLEAN_FILLS[code], ...(over[code] ?? {}) };
  return filledGrid(content, fills, opts);
}

function setCell(wb: WorkbookData, a1Row: number, col: number, v: Cell): WorkbookData {
  const rows = wb.sheets[0]!.rows;
  while (rows.length <= a1Row) rows.push([]);
  const row = rows[a1Row]!;
  while (row.length <= col) row.push(null);
  row[col] = v;
  return wb;
}

describe("clean report", () => {
  test("gives no finding, only says where the agency came from", () => {
    const all = checkWorkbook({ wb: filledGrid(content, CLEAN_FILLS) }, standardContext()).issues;
    expect(all.map((i) => [i.code, i.severity, i.sheet])).toEqual([["identified-by", "info", "_kehoach_meta"]]);
  });
});

describe("conditional requirements", () => {
  test("done needs a completion date", () => {
    const wb = withFills({ "2.1": { completedOn: null } });
    expect(brief(findings(wb))).toEqual([`error completed-on-required ${taskCell(content, "2.1", "completedOn")}`]);
  });
  test("result is required unless not started", () => {
    const wb = withFills({ "1.1": { result: "  " } });
    expect(brief(findings(wb))).toEqual([`error result-required ${taskCell(content, "1.1", "result")}`]);
  });
  test("not started needs difficulties and no result", () => {
    const wb = withFills({ "1.1": { status: "Chưa thực hiện", result: null } });
    const f = findings(wb);
    expect(brief(f)).toEqual([`error difficulties-required ${taskCell(content, "1.1", "difficulties")}`]);
    expect((f[0] as Finding<"difficulties-required">).params.reason).toBe("notStarted");
  });
  test("a task past its deadline and not done needs difficulties, and is overdue", () => {
    const wb = withFills({ "2.1": { status: "Đang thực hiện", completedOn: null } });
    const f = findings(wb);
    expect(brief(f)).toEqual(
      [
        `error difficulties-required ${taskCell(content, "2.1", "difficulties")}`,
        `warning task-overdue ${taskCell(content, "2.1", "status")}`,
      ].sort(),
    );
    expect(f.find((i) => i.code === "difficulties-required")!.params.reason).toBe("overdue");
  });
  test("the same task before its deadline is in time: no finding", () => {
    const wb = withFills({ "2.1": { status: "Đang thực hiện", completedOn: null } });
    expect(findings(wb, { asOf: "2022-02-01" })).toEqual([]);
  });
  test("an empty status is required; a blank coordinating row is not", () => {
    const wb = withFills({ "1.1": { status: null }, "1.2": { status: null, result: null } });
    expect(brief(findings(wb))).toEqual([`error required ${taskCell(content, "1.1", "status")}`]);
  });
});

describe("values", () => {
  test("status variants are read and said; others are not in the list", () => {
    const wb = withFills({ "1.1": { status: "đang TH" }, "1.2": { status: "Tạm dừng" } });
    const f = findings(wb);
    expect(brief(f)).toEqual(
      [
        `error not-in-list ${taskCell(content, "1.2", "status")}`,
        `info value-normalised ${taskCell(content, "1.1", "status")}`,
      ].sort(),
    );
    expect(f.find((i) => i.code === "value-normalised")!.params.normalised).toBe("Đang thực hiện");
  });
  test("dates as text in every accepted form are read; an impossible date is an error", () => {
    for (const text of ["05/02/2022", "5/2/22", "2022-02-05", "ngày 05 tháng 02 năm 2022"]) {
      expect(findings(withFills({ "2.1": { completedOn: text } }))).toEqual([]);
    }
    const f = findings(withFills({ "2.1": { completedOn: "31/02/2022" } }));
    expect(brief(f)).toEqual([`error bad-date ${taskCell(content, "2.1", "completedOn")}`]);
    expect((f[0] as Finding<"bad-date">).params.reason).toBe("invalid");
  });
  test("done after the deadline is done late; a completion date after as-of is suspicious", () => {
    expect(brief(findings(withFills({ "2.1": { completedOn: date("2022-02-10") } })))).toEqual([
      `warning done-late ${taskCell(content, "2.1", "completedOn")}`,
    ]);
    // "trước ngày 10" read as "by the 10th" when the setting says so
    expect(
      findings(withFills({ "2.1": { completedOn: date("2022-02-09") } }), { settings: { dueDayIsLate: false } }),
    ).toEqual([]);
    const f = findings(withFills({ "2.1": { completedOn: date("2022-02-05") } }), { asOf: "2022-02-01" });
    expect(brief(f)).toEqual([`warning date-in-future ${taskCell(content, "2.1", "completedOn")}`]);
  });
  test("deadline messages quote the plan's rule, so a done-on-the-day task does not read as a contradiction", () => {
    // The plan's "trước ngày 10 tháng 02 năm 2022", dated as stated.
    const base = standardContext();
    const plan = {
      ...base.plan,
      tasks: base.plan.tasks.map((t) => (t.code === "2.1" ? { ...t, deadline: "2022-02-10" } : t)),
    };
    const late = findings(withFills({ "2.1": { completedOn: date("2022-02-10") } }), { plan }).find(
      (i) => i.code === "done-late",
    )!;
    expect(formatIssue(late, "vi")).toBe(
      "Nhiệm vụ 2.1 có thời hạn trước ngày 10/02/2022 nhưng hoàn thành ngày 10/02/2022 (hoàn thành quá hạn).",
    );
    expect(formatIssue(late, "en")).toBe("Task 2.1 was due before 10/02/2022 but was done on 10/02/2022 (done late).");
    const overdue = findings(withFills({ "2.1": { status: "Đang thực hiện", completedOn: null } }), {
      plan,
      asOf: "2022-02-10",
    }).find((i) => i.code === "task-overdue")!;
    expect(formatIssue(overdue, "vi")).toBe(
      "Nhiệm vụ 2.1 có thời hạn trước ngày 10/02/2022 nhưng đến ngày 10/02/2022 chưa hoàn thành (quá hạn).",
    );
  });
  test("a filled status that cannot be read is not in the list, and not also called overdue", () => {
    const f = findings(withFills({ "2.1": { status: "Tạm dừng" } }));
    expect(brief(f)).toEqual([`error not-in-list ${taskCell(content, "2.1", "status")}`]);
  });
  test("formula errors, as values or as text, anywhere in a line", () => {
    const wb = withFills({ "1.1": { result: { kind: "error", code: "#REF!" } }, "1.2": { notes: "#N/A" } });
    const f = findings(wb);
    expect(brief(f)).toEqual(
      // One finding per cell: the error value is not also an empty result.
      [
        `error formula-error ${taskCell(content, "1.1", "result")}`,
        `error formula-error ${taskCell(content, "1.2", "notes")}`,
      ].sort(),
    );
  });
  test("e-mail, phone and report date in the header", () => {
    const wb = withFills({}, { header: { email: "abc@gmail", phone: "gọi tôi", reportDate: "32/10/2022" } });
    expect(brief(findings(wb))).toEqual(["error bad-date C7", "error bad-email C11", "warning bad-phone C10"]);
  });
  test("a missing report date is an error; so is a missing agency cell, even when the metadata names the agency", () => {
    const wb = withFills({}, { header: { reportDate: null, agency: null } });
    expect(brief(findings(wb))).toEqual(["error header-missing C4", "error header-missing C7"]);
  });
});

describe("tasks", () => {
  test("unknown, duplicate, unassigned codes", () => {
    const wb = withFills({});
    const spare = taskRow(content, "1.2") + 1;
    setCell(wb, spare, 1, "9.9");
    setCell(wb, spare, 5, "Đang thực hiện");
    setCell(wb, spare, 7, "x");
    setCell(wb, spare + 1, 1, "1.1");
    setCell(wb, spare + 1, 5, "Đã hoàn thành");
    setCell(wb, spare + 1, 6, date("2022-03-01"));
    setCell(wb, spare + 1, 7, "y");
    setCell(wb, spare + 2, 1, "3.1");
    setCell(wb, spare + 2, 5, "Đang thực hiện");
    setCell(wb, spare + 2, 7, "z");
    const f = findings(wb);
    expect(brief(f)).toEqual(
      [
        `error unknown-task B${spare + 1}`,
        `error duplicate-task B${spare + 2}`,
        `warning task-not-assigned B${spare + 3}`,
      ].sort(),
    );
    expect(f.find((i) => i.code === "duplicate-task")!.params.firstRow).toBe(taskRow(content, "1.1") + 1);
  });
  test("a led task deleted is missing; a coordinated one deleted only changes the fingerprint", () => {
    const wb = withFills({});
    const rows = wb.sheets[0]!.rows;
    rows.splice(taskRow(content, "2.1"), 1);
    const f = findings(wb);
    expect(brief(f)).toEqual(["error task-missing -"]);
    expect((f[0] as Finding<"task-missing">).params.task).toBe("2.1");
    const wb2 = withFills({});
    wb2.sheets[0]!.rows.splice(taskRow(content, "1.2"), 1);
    expect(brief(findings(wb2))).toEqual(["warning fingerprint-mismatch -"]);
  });
  test("prefilled cells changed", () => {
    const wb = withFills({});
    setCell(wb, taskRow(content, "1.1"), 3, "Phối hợp");
    setCell(wb, taskRow(content, "2.1"), 4, "31/12/2022");
    expect(brief(findings(wb))).toEqual(
      [
        // a changed role is a warning on its cell; a retyped deadline is one note for the file
        `warning prefilled-altered ${taskCell(content, "1.1", "role")}`,
        `info prefilled-retyped ${taskCell(content, "2.1", "deadline")}`,
      ].sort(),
    );
  });
  test("the plan changed after the template was issued: one outdated warning, not a warning per cell", () => {
    const base = standardContext();
    const plan = {
      ...base.plan,
      tasks: base.plan.tasks.map((t) => (t.code === "1.1" ? { ...t, title: "Nhiệm vụ 1.1 (sửa đổi)" } : t)),
    };
    const ctx = { ...base, plan };
    const issues = checkWorkbook({ wb: withFills({}) }, ctx).issues.filter((i) => i.code !== "identified-by");
    expect(brief(issues)).toEqual(["warning template-outdated -"]);
    // And when the agency also changed a cell, both are said.
    const wb = withFills({});
    setCell(wb, taskRow(content, "2.1"), 4, "31/12/2022");
    const both = checkWorkbook({ wb }, ctx).issues.filter((i) => i.code !== "identified-by");
    expect(brief(both)).toEqual(
      [`info prefilled-retyped ${taskCell(content, "1.1", "taskContent")}`, "warning template-outdated -"].sort(),
    );
  });
  test("the header row repeated below the table is not a line", () => {
    const wb = withFills({});
    const spare = taskRow(content, "1.2") + 1;
    TABLE_COLUMNS.forEach((c, j) => setCell(wb, spare, j, c.label));
    expect(findings(wb)).toEqual([]);
  });
  test("a row added without a code but with content needs its code", () => {
    const wb = withFills({});
    const spare = taskRow(content, "1.2") + 1;
    setCell(wb, spare, 2, "Việc đơn vị tự thêm");
    setCell(wb, spare, 5, "Đang thực hiện");
    setCell(wb, spare, 7, "Đã làm");
    expect(brief(findings(wb))).toEqual([`error code-missing B${spare + 1}`]);
  });
  test("after a blank row: a row with a readable status is a task kept (needs its code); others are skipped and said once", () => {
    const wb = withFills({});
    const added = taskRow(content, "1.2") + 2; // one blank row between
    setCell(wb, added, 2, "Nhiệm vụ phát sinh");
    setCell(wb, added, 5, "Đang thực hiện");
    setCell(wb, added + 2, 7, "GIÁM ĐỐC");
    setCell(wb, added + 3, 7, "Nguyễn Văn A");
    const f = findings(wb);
    expect(brief(f)).toEqual([`error code-missing B${added + 1}`, `info rows-skipped C${added + 3}`].sort());
    const skipped = f.find((i) => i.code === "rows-skipped")!;
    expect(formatIssue(skipped, "vi")).toMatch(new RegExp(`^2 dòng bị bỏ qua \\(dòng ${added + 3}, ${added + 4}\\)`));
  });
});

describe("identity and timeliness", () => {
  test("wrong period and plan from the metadata; version", () => {
    const wb = filledGrid(contentFor(undefined, "2021"), CLEAN_FILLS);
    const f = findings(wb);
    expect(f.map((i) => i.code)).toContain("wrong-period");
    const wb2 = withFills({});
    const meta = wb2.sheets[1]!.rows;
    meta[0]![1] = "123/KH-UBND";
    meta[3]![1] = "0.9";
    expect(brief(findings(wb2))).toEqual(["error wrong-plan -", "warning template-version -"]);
  });
  test("a template filled in by another agency", () => {
    const wb = withFills({}, { header: { agency: STC.name } });
    expect(brief(findings(wb))).toEqual(["error agency-mismatch C4"]);
  });
  test("late: received on the due day of 'trước ngày 15/11' is late by default, not with the setting", () => {
    const ctx = standardContext();
    const wb = withFills({});
    const late = checkWorkbook({ wb, receivedOn: "2022-11-15" }, ctx).issues.filter(
      (i) => i.code === "late-submission",
    );
    expect(late).toHaveLength(1);
    expect(late[0]!.cell).toBeNull();
    expect(late[0]!.params.days).toBe(1);
    expect(checkWorkbook({ wb, receivedOn: "2022-11-14" }, ctx).issues.some((i) => i.code === "late-submission")).toBe(
      false,
    );
    expect(
      checkWorkbook({ wb, receivedOn: "2022-11-15" }, { ...ctx, settings: { dueDayIsLate: false } }).issues.some(
        (i) => i.code === "late-submission",
      ),
    ).toBe(false);
    // Received date defaults to the report date, and then points at it.
    const byReportDate = findings(withFills({}, { header: { reportDate: date("2022-11-20") } }));
    expect(brief(byReportDate)).toEqual(["warning late-submission C7"]);
  });
  test("late: a file that names no year is judged against the period being collected", () => {
    const wb = withFills({}, { meta: false, fileName: "bao cao.xlsx", header: { period: null } });
    const r = checkWorkbook({ wb, receivedOn: "2023-01-05" }, standardContext());
    expect(r.submission!.period).toBeNull();
    const late = r.issues.filter((i) => i.code === "late-submission");
    expect(late).toHaveLength(1);
    expect(late[0]!.params.due).toBe("15/11/2022");
  });
  test("a district's report: implemented task, identified by the header when metadata is gone", () => {
    const c = contentFor(HDAKHA);
    const wb = filledGrid(
      c,
      { "3.1": { status: "Đang thực hiện", result: "Đang triển khai" } },
      { meta: false, fileName: "bao cao.xlsx" },
    );
    const r = checkWorkbook({ wb }, standardContext());
    expect(r.submission!.agencyId).toBe("HDAKHA");
    expect(r.submission!.identifiedBy).toBe("header");
    expect(brief(r.issues)).toEqual(["info identified-by -"]);
  });
  test("agency unknown: says whether the metadata is gone or names an id the roster lacks", () => {
    const opts = { fileName: "bao cao.xlsx", header: { agency: "Phòng ABC" } };
    const gone = checkWorkbook({ wb: withFills({}, { ...opts, meta: false }) }, standardContext()).issues.find(
      (i) => i.code === "agency-unknown",
    )!;
    expect(formatIssue(gone, "vi")).toBe(
      "Không xác định được đơn vị báo cáo: tệp không còn trang thông tin ẩn của biểu mẫu, ô Đơn vị báo cáo không khớp danh bạ và tên tệp không chứa tên đơn vị.",
    );
    const wb = withFills({}, opts);
    const meta = wb.sheets.find((sh) => sh.state === "veryHidden")!;
    meta.rows = meta.rows.map((r) => (r[0] === "agencyId" ? ["agencyId", "SXYZ"] : r));
    const stale = checkWorkbook({ wb }, standardContext()).issues.find((i) => i.code === "agency-unknown")!;
    expect(formatIssue(stale, "vi")).toBe(
      'Không xác định được đơn vị báo cáo: trang thông tin ẩn của biểu mẫu ghi mã đơn vị "SXYZ" nhưng danh bạ không có mã này, ô Đơn vị báo cáo không khớp danh bạ và tên tệp không chứa tên đơn vị.',
    );
    expect(formatIssue(stale, "en")).toContain('names agency id "SXYZ", which is not in the roster');
  });
  test("no table at all", () => {
    const wb: WorkbookData = { fileName: "x.xlsx", sheets: [{ name: "Sheet1", rows: [["hello"]] }] };
    const r = checkWorkbook({ wb }, standardContext());
    expect(r.submission).toBeNull();
    expect(brief(r.issues)).toEqual(["error table-not-found -"]);
  });
  test("header block layout constant still matches the builder", () => {
    expect(REPORT_LAYOUT.headerValueCol).toBe(2);
  });
});
