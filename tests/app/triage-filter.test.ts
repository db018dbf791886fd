import { describe, expect, it } from "@jest/globals";
import { triage } from "../../src/app/triage";
import { NO_QUERY, applyQuery, searchIndex } from "../../src/app/triage-filter";
import { formatIssue } from "../../src/core/report/summary";
import { group, missing, overdue, required } from "./triage-builders";

describe("the filter and search of step 4", () => {
  const entries = [
    group({ agencyName: "Sở Y tế", issues: [required("F14", "1.1"), overdue("G20", "3.2"), missing("4.1")] }),
    group({ agencyName: "Sở Tài chính", file: "bao-cao_STC.xlsx", issues: [overdue("G14", "1.1")] }),
    group({ agencyName: "UBND huyện Đắk Glei", issues: [] }),
  ];
  const t = triage(entries);
  const index = searchIndex(t, (i) => formatIssue(i, "vi"));
  const names = (q: Parameters<typeof applyQuery>[2]) =>
    applyQuery(t, index, q).map((s) => [s.entry.agencyName, s.issues.map((v) => v.issue.code)]);

  it("shows every agency and finding when nothing is asked", () => {
    expect(names(NO_QUERY)).toEqual([
      ["Sở Y tế", ["required", "task-overdue", "task-missing"]],
      ["Sở Tài chính", ["task-overdue"]],
      ["UBND huyện Đắk Glei", []],
    ]);
  });

  it("filters by errors, warnings, missing tasks and agency", () => {
    expect(names({ ...NO_QUERY, kind: "errors" })).toEqual([["Sở Y tế", ["required", "task-missing"]]]);
    expect(names({ ...NO_QUERY, kind: "warnings" })).toEqual([
      ["Sở Y tế", ["task-overdue"]],
      ["Sở Tài chính", ["task-overdue"]],
    ]);
    expect(names({ ...NO_QUERY, kind: "missing" })).toEqual([["Sở Y tế", ["task-missing"]]]);
    const stc = t.entries.find((e) => e.agencyName === "Sở Tài chính")!.key;
    expect(names({ ...NO_QUERY, agency: stc })).toEqual([["Sở Tài chính", ["task-overdue"]]]);
  });

  it("finds an agency typed without tone marks and in any case, with all its findings", () => {
    expect(names({ ...NO_QUERY, text: "dak glei" })).toEqual([["UBND huyện Đắk Glei", []]]);
    expect(names({ ...NO_QUERY, text: "SO Y TE" })).toEqual([
      ["Sở Y tế", ["required", "task-overdue", "task-missing"]],
    ]);
  });

  it("finds a file, a cell, the words of a finding, and combines them with the agency", () => {
    expect(names({ ...NO_QUERY, text: "stc.xlsx" })).toEqual([["Sở Tài chính", ["task-overdue"]]]);
    expect(names({ ...NO_QUERY, text: "g20" })).toEqual([["Sở Y tế", ["task-overdue"]]]);
    expect(names({ ...NO_QUERY, text: "thieu bao cao" })).toEqual([["Sở Y tế", ["task-missing"]]]);
    expect(names({ ...NO_QUERY, text: "y te f14" })).toEqual([["Sở Y tế", ["required"]]]);
    expect(names({ ...NO_QUERY, text: "y te f14", kind: "warnings" })).toEqual([]);
    expect(names({ ...NO_QUERY, text: "không có ở đâu" })).toEqual([]);
  });
});
