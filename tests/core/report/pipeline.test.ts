/** The batch: newest submission per agency and period wins; issue summary with a capped detail list. */
import { describe, expect, test } from "@jest/globals";
import { because } from "../../helpers/because";
import { checkFiles, hasErrors, latestByAgency } from "../../../src/core/report/pipeline";
import { formatIssue, summarizeIssues } from "../../../src/core/report/summary";
import type { CheckIssue } from "../../../src/core/report/model";
import { CLEAN_FILLS, contentFor, date, filledGrid, standardContext } from "../../fixtures/deviations/grids";
import { STC } from "../../helpers/template-files";
import { checkMessages } from "../../../src/core/i18n/check";

describe("latestByAgency", () => {
  const ctx = standardContext();
  const c = contentFor();
  const file = (name: string, reportDate: string) => ({
    wb: filledGrid(c, CLEAN_FILLS, { fileName: name, header: { reportDate: date(reportDate) } }),
  });

  test("by received date, then report date, then order; unknown agencies stay current", () => {
    const checked = checkFiles(
      [
        { ...file("a.xlsx", "2022-11-01"), receivedOn: "2022-11-12" },
        { ...file("b.xlsx", "2022-11-05"), receivedOn: "2022-11-10" },
        file("c.xlsx", "2022-11-09"),
        { wb: { fileName: "junk.xlsx", sheets: [] } },
        { wb: filledGrid(contentFor(STC), {}, { fileName: "stc.xlsx" }) },
      ],
      ctx,
    );
    const { current, superseded } = latestByAgency(checked);
    expect(current.map((x) => x.file)).toEqual(["a.xlsx", "junk.xlsx", "stc.xlsx"]);
    expect(superseded.map((x) => x.file)).toEqual(["b.xlsx", "c.xlsx"]);
    const again = latestByAgency(checkFiles([file("c.xlsx", "2022-11-09"), file("d.xlsx", "2022-11-09")], ctx));
    expect(again.current.map((x) => x.file)).toEqual(["d.xlsx"]);
    expect(hasErrors(checked)).toBe(true);
  });
  test("different periods of one agency are both current", () => {
    const checked = checkFiles(
      [{ wb: filledGrid(contentFor(undefined, "2021"), CLEAN_FILLS) }, { wb: filledGrid(c, CLEAN_FILLS) }],
      ctx,
    );
    expect(latestByAgency(checked).current).toHaveLength(2);
  });
});

describe("summarizeIssues", () => {
  const issue = (code: CheckIssue["code"], severity: CheckIssue["severity"], agency: string | null): CheckIssue =>
    ({
      code,
      severity,
      agency,
      file: "f.xlsx",
      sheet: "Báo cáo",
      cell: "A1",
      field: null,
      value: null,
      params: {},
    }) as CheckIssue;
  test("groups by agency and code, keeps true totals, caps details with errors first", () => {
    const issues = [
      ...Array.from({ length: 500 }, () => issue("value-normalised", "info", "STC")),
      ...Array.from({ length: 30 }, () => issue("required", "error", "STC")),
      issue("task-missing", "error", "SLDTBXH"),
      issue("late-submission", "warning", "SLDTBXH"),
    ];
    const s = summarizeIssues(issues, 20);
    expect(s.total).toBe(532);
    expect(s.bySeverity).toEqual({ error: 31, warning: 1, info: 500 });
    expect(s.details).toHaveLength(20);
    expect(s.details.every((i) => i.severity === "error")).toBe(true);
    expect(s.omitted).toBe(512);
    expect(s.groups.map((g) => [g.agency, g.code, g.count])).toEqual([
      ["STC", "required", 30],
      ["SLDTBXH", "task-missing", 1],
      ["SLDTBXH", "late-submission", 1],
      ["STC", "value-normalised", 500],
    ]);
  });
});

describe("messages", () => {
  test("every issue code the checks emit has a Vietnamese and an English text that fill all placeholders", () => {
    const ctx = standardContext();
    const samples = checkFiles(
      [
        {
          wb: filledGrid(
            contentFor(),
            { "1.1": { status: "Tạm dừng" }, "2.1": { status: "Đã HT", completedOn: "31/02/2022" } },
            { header: { email: "x@", reportDate: date("2022-12-01") } },
          ),
        },
        { wb: { fileName: "none.xlsx", sheets: [] } },
        { wb: filledGrid(contentFor(), {}, { meta: false, fileName: "x.xlsx", header: { agency: "?" } }) },
      ],
      ctx,
    ).flatMap((c) => c.issues);
    expect(new Set(samples.map((i) => i.code)).size).toBeGreaterThan(8);
    for (const i of samples) {
      for (const locale of ["vi", "en"] as const) {
        const text = formatIssue(i, locale);
        because(`${i.code} ${locale}`, () => expect(text).not.toMatch(/\{\w+\}/));
        expect(text).not.toBe(i.code);
      }
    }
    expect(Object.keys(checkMessages.en).sort()).toEqual(Object.keys(checkMessages.vi).sort());
  });
});
