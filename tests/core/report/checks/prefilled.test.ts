import { describe, it, expect } from "@jest/globals";
import { checkPrefilled } from "../../../../src/core/report/checks/prefilled";
import { taskCell, taskRow } from "../../../fixtures/deviations/grids";
import { standardCase } from "../../../helpers/template-files";
import { brief, columnOf, content, only, runCheck, setCell, withFills } from "./run-check";

describe("checkPrefilled", () => {
  it("finds nothing when the prefilled cells are as issued", () => {
    expect(runCheck(checkPrefilled, withFills({}))).toEqual([]);
  });

  it("warns about a prefilled cell the agency changed, quoting what the template says", () => {
    const wb = setCell(withFills({}), taskRow(content, "1.1"), columnOf("role"), "Phối hợp");
    const f = only(runCheck(checkPrefilled, wb), "prefilled-altered");
    expect(f).toMatchObject({ severity: "warning", cell: taskCell(content, "1.1", "role"), field: "role" });
    expect(f.params).toEqual({ field: "role", task: "1.1", expected: "Chủ trì" });
  });

  it("says once that the template is outdated when the plan changed, not once per cell", () => {
    const { plan } = standardCase();
    const changed = {
      ...plan,
      tasks: plan.tasks.map((t) => (t.code === "1.1" ? { ...t, title: "Tiêu đề mới", text: "Tiêu đề mới" } : t)),
    };
    const f = runCheck(checkPrefilled, withFills({}), { plan: changed });
    expect(brief(f)).toEqual(["warning template-outdated -"]);
    expect(only(f, "template-outdated").params).toEqual({});
  });

  it("tells a deleted coordinated row from the fingerprint", () => {
    const wb = withFills({});
    const row = taskRow(content, "1.2");
    const rows = wb.sheets[0]!.rows.filter((_, i) => i !== row);
    const f = runCheck(checkPrefilled, { ...wb, sheets: [{ ...wb.sheets[0]!, rows }, ...wb.sheets.slice(1)] });
    expect(brief(f)).toEqual(["warning fingerprint-mismatch -"]);
    expect(only(f, "fingerprint-mismatch").field).toBe("fingerprint");
  });
});
