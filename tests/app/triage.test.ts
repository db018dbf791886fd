import { beforeAll, describe, expect, it } from "@jest/globals";
import type { AgencyIssues, IssueView } from "../../src/app/check";
import { runChecks } from "../../src/app/check";
import { importFiles } from "../../src/app/import-files";
import { errorsFirst, triage } from "../../src/app/triage";
import { NO_QUERY, applyQuery, searchIndex } from "../../src/app/triage-filter";
import { finding, type FindingCode, type Severity } from "../../src/core/report/findings";
import { formatIssue } from "../../src/core/report/summary";
import type { PlanState } from "../../src/app/plan-state";
import type { WorkbookData } from "../../src/core/grid";
import { NOW, PERIOD, codecsFor, incoming, kontumState, returns, workbook } from "./fixture";

/** A finding of a code the tests do not care about the parameters of. */
function view(severity: Severity, code: FindingCode, cell: string | null, params: object = {}): IssueView {
  const issue = finding({ file: "f", sheet: "Báo cáo" }, code, severity, { cell }, params as never);
  return { issue, target: cell ? { sheet: "NB01", cell } : null };
}

function group(over: Partial<AgencyIssues> & { agencyName: string; issues: IssueView[] }): AgencyIssues {
  return {
    agencyId: over.agencyName,
    file: `${over.agencyName}.xlsx`,
    sheet: `NB ${over.agencyName}`,
    superseded: false,
    versionKey: `${over.agencyName}\u00002022`,
    receivedOn: "2022-11-11",
    ...over,
  };
}

const required = (cell: string, task: string) => view("error", "required", cell, { task, row: 14, field: "status" });
const overdue = (cell: string, task: string) =>
  view("warning", "task-overdue", cell, { task, rule: "before", deadline: "01/01/2022", asOf: "20/11/2022" });
const missing = (task: string) => view("error", "task-missing", null, { task, role: "CT", title: "Tiêu đề" });

describe("the triage of step 4", () => {
  it("counts only the latest version of each agency, and folds the replaced ones under it with what changed", () => {
    const old = group({
      agencyName: "Sở Y tế",
      receivedOn: "2022-11-11",
      superseded: true,
      issues: [required("F14", "1.1"), required("F15", "1.2"), required("F16", "1.3")],
    });
    const latest = group({ agencyName: "Sở Y tế", receivedOn: "2022-11-24", file: "SYT sửa.xlsx", issues: [] });
    const other = group({ agencyName: "Sở Tài chính", issues: [required("F20", "2.1")] });
    const t = triage([old, other, latest]);
    expect(t.totals).toMatchObject({ files: 2, replaced: 1, errors: 1, warnings: 0 });
    const syt = t.entries.find((e) => e.agencyName === "Sở Y tế")!;
    expect(syt.latest).toBe(latest);
    expect(syt.older.map((o) => o.version)).toEqual([old]);
    expect(syt.change).toEqual({ before: "2022-11-11", after: "2022-11-24", errorsBefore: 3, errorsAfter: 0 });
    expect(t.entries.find((e) => e.agencyName === "Sở Tài chính")!.change).toBeNull();
  });

  it("puts agencies with errors first, then those with warnings, then the clean ones, by name within each", () => {
    const t = triage([
      group({ agencyName: "Ban Dân tộc", issues: [] }),
      group({ agencyName: "Sở Y tế", issues: [overdue("G14", "1.1")] }),
      group({ agencyName: "Sở Xây dựng", issues: [required("F14", "1.1")] }),
      group({ agencyName: "Sở Công Thương", issues: [overdue("G14", "1.1"), required("F15", "1.2")] }),
    ]);
    expect(t.entries.map((e) => e.agencyName)).toEqual(["Sở Công Thương", "Sở Xây dựng", "Sở Y tế", "Ban Dân tộc"]);
  });

  it("never caps the errors, and groups warnings by code with a count", () => {
    const errors = Array.from({ length: 40 }, (_, i) => required(`F${14 + i}`, `1.${i}`));
    const warnings = Array.from({ length: 22 }, (_, i) => overdue(`G${14 + i}`, `1.${i}`));
    const note = view("info", "prefilled-retyped", "C14", { count: 12, cells: "C14", tasks: "1.1" });
    // warnings come before the errors in the checks' order: triage must not keep that order
    const { errors: listed, groups } = errorsFirst([...warnings.slice(0, 11), note, ...errors, ...warnings.slice(11)]);
    expect(listed).toHaveLength(40);
    expect(listed.map((v) => v.issue.cell)).toEqual(errors.map((v) => v.issue.cell));
    expect(groups.map((g) => [g.severity, g.code, g.items.length])).toEqual([
      ["warning", "task-overdue", 22],
      ["info", "prefilled-retyped", 1],
    ]);
  });

  describe("filter and search", () => {
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
});

describe("the triage of real imports: a corrected file a week later", () => {
  let state: PlanState;
  let files: Map<string, WorkbookData>;
  beforeAll(async () => {
    state = kontumState();
    files = await returns(state, [
      { agencyId: "SKHDT", fill: { reportDate: "2022-11-11", status: "skip" }, name: "kh.xlsx" },
      { agencyId: "STC", fill: { reportDate: "2022-11-14", status: "skip" }, name: "tc.xlsx" },
      { agencyId: "SKHDT", fill: { reportDate: "2022-11-24", status: "done" }, name: "kh-sua.xlsx" },
    ]);
  });

  it("headlines the errors still to fix, and says the new version of 24/11 replaced the one of 11/11", async () => {
    const { port } = workbook();
    const codecs = codecsFor(files);
    await importFiles(port, state, [incoming("kh.xlsx", "2022-11-11"), incoming("tc.xlsx", "2022-11-14")], codecs, NOW);
    await importFiles(port, state, [incoming("kh-sua.xlsx", "2022-11-24")], codecs, NOW);
    const out = await runChecks(port, state, "2022-11-30", PERIOD);
    const t = triage(out.groups);
    const errorsOf = (file: string) =>
      out.groups.find((g) => g.file === file)!.issues.filter((v) => v.issue.severity === "error").length;
    expect(errorsOf("kh.xlsx")).toBeGreaterThan(0);
    expect(t.totals).toMatchObject({ files: 2, replaced: 1 });
    // the headline of the check and of the triage: latest versions only
    expect(out.errors).toBe(errorsOf("tc.xlsx") + errorsOf("kh-sua.xlsx"));
    expect(t.totals.errors).toBe(out.errors);
    const kh = t.entries.find((e) => e.latest.agencyId === "SKHDT")!;
    expect(kh.latest.file).toBe("kh-sua.xlsx");
    expect(kh.change).toEqual({
      before: "2022-11-11",
      after: "2022-11-24",
      errorsBefore: errorsOf("kh.xlsx"),
      errorsAfter: errorsOf("kh-sua.xlsx"),
    });
    expect(t.entries[0]!.latest.file).toBe("tc.xlsx");
  });
});
