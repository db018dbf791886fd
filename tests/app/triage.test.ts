import { beforeAll, describe, expect, it } from "@jest/globals";
import { runChecks } from "../../src/app/check";
import { importFiles } from "../../src/app/import-files";
import { errorsFirst, triage } from "../../src/app/triage";
import { group, missing, overdue, required, view } from "./triage-builders";
import type { PlanState } from "../../src/app/plan-state";
import type { WorkbookData } from "../../src/core/grid";
import { NOW, PERIOD, codecsFor, incoming, kontumState, returns, workbook } from "./fixture";

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

  it("counts the tasks left out, once per latest version", () => {
    const old = group({ agencyName: "Sở Y tế", superseded: true, issues: [missing("1.1"), missing("1.2")] });
    const latest = group({ agencyName: "Sở Y tế", receivedOn: "2022-11-24", issues: [missing("1.2")] });
    const t = triage([old, latest]);
    expect(t.totals).toMatchObject({ missing: 1, errors: 1, replaced: 1 });
    expect(t.entries[0]!.older[0]!.counts.missing).toBe(2);
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
    // how the agency was recognised is for the sheet of findings, not a note to read in the pane
    const provenance = view("info", "identified-by", null, { source: "metadata", agency: "Sở Y tế" });
    // warnings come before the errors in the checks' order: triage must not keep that order
    const { errors: listed, groups } = errorsFirst([
      provenance,
      ...warnings.slice(0, 11),
      note,
      ...errors,
      ...warnings.slice(11),
    ]);
    expect(listed).toHaveLength(40);
    expect(listed.map((v) => v.issue.cell)).toEqual(errors.map((v) => v.issue.cell));
    expect(groups.map((g) => [g.severity, g.code, g.items.length])).toEqual([
      ["warning", "task-overdue", 22],
      ["info", "prefilled-retyped", 1],
    ]);
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
