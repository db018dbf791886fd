import { describe, it, expect } from "@jest/globals";
import { checkCoverage } from "../../../../src/core/report/checks/coverage";
import { formatIssue } from "../../../../src/core/report/summary";
import { CLEAN_FILLS, filledGrid } from "../../../fixtures/deviations/grids";
import { brief, content, only, runCheck, setCell, columnOf, withFills } from "./run-check";
import { taskRow } from "../../../fixtures/deviations/grids";

describe("checkCoverage", () => {
  it("finds nothing when every led task has a line", () => {
    expect(runCheck(checkCoverage, withFills({}))).toEqual([]);
  });

  it("reports a led task whose row was deleted, with its role and title", () => {
    const fills = { "1.1": CLEAN_FILLS["1.1"]!, "1.2": CLEAN_FILLS["1.2"]! };
    const wb = filledGrid({ ...content, rows: content.rows.filter((r) => r.taskCode !== "2.1") }, fills);
    const f = only(runCheck(checkCoverage, wb), "task-missing");
    expect(f).toMatchObject({ severity: "error", cell: null, field: "taskCode", value: "2.1" });
    expect(f.params).toEqual({ task: "2.1", role: "CT", title: "Xây dựng Đề án giảm nghèo giai đoạn 2021-2025" });
    expect(formatIssue(f, "vi")).toContain("(đơn vị Chủ trì)");
    expect(formatIssue(f, "en")).toContain("(as lead)");
  });

  it("does not ask the agency to report a task it only coordinates", () => {
    const wb = filledGrid({ ...content, rows: content.rows.filter((r) => r.taskCode !== "1.2") }, CLEAN_FILLS);
    expect(runCheck(checkCoverage, wb)).toEqual([]);
  });

  it("says nothing when the code column is gone (the columns check says that)", () => {
    const wb = setCell(withFills({}), taskRow(content, "1.1") - 1, columnOf("taskCode"), "Cột khác");
    expect(brief(runCheck(checkCoverage, wb))).toEqual([]);
  });
});
