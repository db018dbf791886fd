/**
 * Verdicts on the realistic returns of tests/fixtures/deviations/returns.ts: each file read by
 * the project's file reader and checked in the 2022 collection of the standard case, with its
 * exact findings (code, severity, cell).
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import { readSubmissionFile } from "../../../src/xlsx/read-workbook";
import { checkWorkbook, latestByAgency, type CheckedSubmission } from "../../../src/core/report/pipeline";
import { headerValueAddress, tableCellAddress } from "../../../src/xlsx/template-writer";
import { SLDTBXH } from "../../helpers/template-files";
import { formatIssue } from "../../../src/core/report/summary";
import { contentFor, standardContext } from "../../fixtures/deviations/grids";
import {
  correctedAfterDeadline,
  wrongPlanReturn,
  wrongYearCsv,
  type ReturnedFile,
} from "../../fixtures/deviations/returns";

/** Checked in the collection of `period` (null: no period given, as `kehoach check` without --period). */
async function check(f: ReturnedFile, period: string | null = "2022"): Promise<CheckedSubmission> {
  const wb = await readSubmissionFile(f.bytes, f.fileName);
  return checkWorkbook({ wb, receivedOn: f.receivedOn }, standardContext({ period: period ?? undefined }));
}
const brief = (r: CheckedSubmission) => r.issues.map((i) => `${i.severity} ${i.code} ${i.cell ?? "-"}`).sort();

describe("a return for another plan", () => {
  let r: CheckedSubmission;
  beforeAll(async () => {
    r = await check(await wrongPlanReturn());
  });
  it("is one error at the header's plan cell, and nothing else is wrong with it", () => {
    expect(brief(r)).toEqual(["error wrong-plan " + headerValueAddress("plan"), "info identified-by -"].sort());
    expect(r.submission!.agencyId).toBe("STC");
  });
  it("says in both languages that the file is not consolidated and what to ask for", () => {
    const i = r.issues.find((x) => x.code === "wrong-plan")!;
    expect(formatIssue(i, "vi")).toBe(
      'Báo cáo ghi kế hoạch "2137/KH-UBND", không phải Kế hoạch 4587/KH-UBND: tệp không được tổng hợp. Đề nghị đơn vị báo cáo theo biểu mẫu của Kế hoạch 4587/KH-UBND.',
    );
    expect(formatIssue(i, "en")).toContain("not consolidated");
  });
});

describe("a CSV declaring the wrong year (Năm 2021 in the 2022 collection)", () => {
  let f: Awaited<ReturnType<typeof wrongYearCsv>>;
  let r: CheckedSubmission;
  beforeAll(async () => {
    f = await wrongYearCsv();
    r = await check(f);
  });
  it("is a wrong-period error at the period cell, and not late: it came before 15/11/2022", () => {
    expect(brief(r)).toEqual([`error wrong-period ${f.periodCell}`, "info identified-by -"].sort());
    expect(r.submission!.period).toBe("2021");
    // Bare-CR line ends read as lines: every task row is there.
    expect(r.submission!.lines.map((l) => l.taskCode)).toEqual(["1.1", "2.1", "1.2"]);
  });
  it("received after the 2022 deadline it is late by the days past 14/11/2022, not by a year", async () => {
    const late = await check({ ...f, receivedOn: "2022-11-20" });
    const i = late.issues.find((x) => x.code === "late-submission")!;
    expect(i.params.days).toBe(6);
    expect(i.params.due).toBe("15/11/2022");
  });
  it("with no period given: late for its own year early next year, judged by the year it came in after that", async () => {
    const january = await check({ ...f, receivedOn: "2022-01-10" }, null);
    expect(january.issues.find((x) => x.code === "late-submission")!.params).toMatchObject({
      due: "15/11/2021",
      days: 57,
    });
    const november = await check({ ...f, receivedOn: "2022-11-20" }, null);
    expect(november.issues.find((x) => x.code === "late-submission")!.params).toMatchObject({
      due: "15/11/2022",
      days: 6,
    });
  });
});

describe("a report corrected after the deadline", () => {
  let original: CheckedSubmission;
  let corrected: CheckedSubmission;
  let files: Awaited<ReturnType<typeof correctedAfterDeadline>>;
  beforeAll(async () => {
    files = await correctedAfterDeadline();
    original = await check(files.original);
    corrected = await check(files.corrected);
  });
  it("the first file: the empty status of 2.1 is an error, and it was on time", () => {
    const status21 = tableCellAddress(
      contentFor(SLDTBXH).rows.findIndex((r) => r.taskCode === "2.1"),
      "status",
    );
    expect(brief(original)).toEqual(
      [`error required ${status21}`, "info identified-by -", `warning task-overdue ${status21}`].sort(),
    );
  });
  it("the correction: complete, and its own lateness (18/11 for 'trước ngày 15/11') is a warning at the report date", () => {
    expect(brief(corrected)).toEqual([
      "info identified-by -",
      `warning late-submission ${headerValueAddress("reportDate")}`,
    ]);
    const late = corrected.issues.find((i) => i.code === "late-submission")!;
    expect(late.params.days).toBe(4);
  });
  it("the correction supersedes the first file", () => {
    const { current, superseded } = latestByAgency([original, corrected]);
    expect(current).toEqual([corrected]);
    expect(superseded).toEqual([original]);
  });
});
