/**
 * What the consolidation (the core builder the CLI and the pane share) makes of the realistic
 * returns of tests/fixtures/deviations/returns.ts: a return for another plan is listed as
 * "Sai kế hoạch" but counted nowhere, a file declaring the wrong year stays out, and a report
 * corrected after the deadline replaces the first one while the agency stays on time.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import { readSubmissionFile } from "../../../src/xlsx/read-workbook";
import { checkFiles } from "../../../src/core/report/pipeline";
import { buildSummaryWithDetails, type Summary } from "../../../src/core/consolidate/build";
import { reminders } from "../../../src/core/consolidate/reminders";
import type { OutSheet, OutValue } from "../../../src/core/sheet-model";
import { standardContext } from "../../fixtures/deviations/grids";
import {
  correctedAfterDeadline,
  wrongPlanReturn,
  wrongYearCsv,
  type ReturnedFile,
} from "../../fixtures/deviations/returns";

async function consolidate(files: ReturnedFile[], period = "2022"): Promise<Summary> {
  const ctx = standardContext({ period });
  const wbs = await Promise.all(files.map((f) => readSubmissionFile(f.bytes, f.fileName)));
  const checked = checkFiles(
    wbs.map((wb, i) => ({ wb, receivedOn: files[i]!.receivedOn })),
    ctx,
  );
  return buildSummaryWithDetails({
    plan: ctx.plan,
    roster: ctx.roster,
    matrix: ctx.matrix,
    checked,
    receivedOn: Object.fromEntries(files.map((f) => [f.fileName, f.receivedOn])),
    asOf: ctx.asOf,
    period,
    sources: wbs,
  });
}

function text(v: OutValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return "date" in v ? v.date : v.text;
  return String(v);
}
function sheet(s: Summary, name: string): OutSheet {
  return s.sheets.find((x) => x.name === name)!;
}
/** The row of a sheet whose column `col` reads `value`, as texts. */
function row(s: OutSheet, col: number, value: string): string[] {
  const r = s.rows.find((x) => text(x.cells[col]) === value);
  if (!r) throw new Error(`no row with ${value} in ${s.name}`);
  return r.cells.map(text);
}

describe("a return for another plan, next to a report corrected after the deadline", () => {
  let s: Summary;
  let wrong: ReturnedFile;
  let pair: Awaited<ReturnType<typeof correctedAfterDeadline>>;
  beforeAll(async () => {
    wrong = await wrongPlanReturn();
    pair = await correctedAfterDeadline();
    s = await consolidate([pair.original, wrong, pair.corrected]);
  });

  it("the other plan's return is not a submission: Sở Tài chính has no current file and is missing", () => {
    const stc = s.analysis.agencies.find((a) => a.agency.id === "STC")!;
    expect(stc.current).toBeNull();
    expect(stc.wrongPlan.map((f) => f.file)).toEqual([wrong.fileName]);
    expect(stc.timeliness).toBe("missing");
    expect(s.analysis.fileStates.get(wrong.fileName)).toEqual({ kind: "wrongPlan", plan: "2137/KH-UBND" });
  });

  it("and in no task summary: task 1.2, which only Sở Tài chính leads, has no report (its file says done)", () => {
    const t12 = s.analysis.tasks.find((t) => t.task.code === "1.2")!;
    expect(t12.assessed).toBe("noReport");
    expect(t12.leads.map((l) => [l.agency.id, l.file])).toEqual([["STC", null]]);
    expect(s.analysis.taskCounts.doneOnTime).toBe(1); // 2.1, from Sở LĐTBXH's corrected file
  });

  it("Tình hình nộp báo cáo lists it as 'Sai kế hoạch', with the file and why", () => {
    const r = row(sheet(s, "Tình hình nộp báo cáo"), 1, "Sở Tài chính");
    expect(r.slice(2, 4)).toEqual(["Sai kế hoạch", wrong.fileName]);
    expect(r[5]).toBe("Chưa gửi");
    expect(r[10]).toContain(
      `Tệp ${wrong.fileName} là báo cáo của 2137/KH-UBND, không phải kế hoạch này: không tổng hợp`,
    );
  });

  it("the log says so, and the reminder asks for this plan's report", () => {
    expect(row(sheet(s, "Nhật ký"), 1, wrong.fileName)[7]).toBe("Sai kế hoạch (2137/KH-UBND): không tổng hợp");
    const rem = reminders(s.analysis).find((r) => r.standing.agency.id === "STC")!;
    expect(rem.reasons).toEqual(["Chưa gửi báo cáo", "Đã gửi báo cáo của kế hoạch khác (2137/KH-UBND)"]);
  });

  it("the correction is current and the first file history; the agency is on time, judged on its first sending", () => {
    const sl = s.analysis.agencies.find((a) => a.agency.id === "SLDTBXH")!;
    expect(sl.current!.file).toBe(pair.corrected.fileName);
    expect(sl.superseded.map((f) => f.file)).toEqual([pair.original.fileName]);
    expect([sl.receivedOn, sl.firstReceivedOn, sl.timeliness]).toEqual(["2022-11-18", "2022-11-10", "onTime"]);
    // The corrected file's own lateness stays its finding; the first file's error no longer counts.
    expect(sl.errors).toEqual([]);
    expect(sl.warnings.map((i) => i.code)).toEqual(["late-submission"]);
    const r = row(sheet(s, "Tình hình nộp báo cáo"), 1, "Sở Lao động - Thương binh và Xã hội");
    expect(r[5]).toBe("Đúng hạn");
    expect(r[10]).toContain("Gửi lần đầu ngày 10/11/2022 (tính thời hạn theo lần này); bổ sung ngày 18/11/2022");
  });
});

describe("a file declaring the wrong year", () => {
  it("stays out of the 2022 consolidation: Sở LĐTBXH is missing, its file logged as another period", async () => {
    const f = await wrongYearCsv();
    const s = await consolidate([f]);
    expect(s.analysis.fileStates.get(f.fileName)).toEqual({ kind: "otherPeriod", period: "2021" });
    const sl = s.analysis.agencies.find((a) => a.agency.id === "SLDTBXH")!;
    expect([sl.current, sl.timeliness]).toEqual([null, "missing"]);
    // Its finding is the wrong year, not a year's lateness.
    const issues = s.analysis.input.checked[0]!.issues.map((i) => i.code);
    expect(issues).toContain("wrong-period");
    expect(issues).not.toContain("late-submission");
  });
});
