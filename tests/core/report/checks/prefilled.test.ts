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

  it("does not flag a task text or deadline retyped with other spacing, case or punctuation", () => {
    const row = taskRow(content, "1.1");
    const original = content.rows.find((r) => r.taskCode === "1.1")!;
    let wb = setCell(
      withFills({}),
      row,
      columnOf("taskContent"),
      `  ${original.content.toUpperCase().replace(/ /g, "   ")}. `,
    );
    wb = setCell(wb, row, columnOf("deadline"), original.deadline.replace(/\//g, "-").toLowerCase());
    expect(runCheck(checkPrefilled, wb).filter((f) => f.code === "prefilled-retyped")).toEqual([]);
  });

  it("says once per file how many prefilled text cells were really retyped, naming the cells", () => {
    let wb = withFills({});
    const changed = content.rows.slice(0, 3);
    for (const r of changed)
      wb = setCell(wb, taskRow(content, r.taskCode), columnOf("taskContent"), `${r.content} (đã sửa lời)`);
    wb = setCell(wb, taskRow(content, changed[0]!.taskCode), columnOf("deadline"), "Quý IV/2030");
    const f = runCheck(checkPrefilled, wb);
    const note = only(f, "prefilled-retyped");
    expect(note.severity).toBe("info");
    expect(note.params.count).toBe(4);
    expect(note.cell).toBe(taskCell(content, changed[0]!.taskCode, "taskContent"));
    for (const r of changed) expect(note.params.cells).toContain(taskCell(content, r.taskCode, "taskContent"));
    expect(note.params.cells).toContain(taskCell(content, changed[0]!.taskCode, "deadline"));
    expect(note.params.tasks.split(", ")).toEqual(changed.map((r) => r.taskCode));
    expect(f.filter((i) => i.code === "prefilled-altered")).toEqual([]);
  });

  it("lists a bounded number of cells in the note while the count stays true", () => {
    let wb = withFills({});
    for (const r of content.rows)
      wb = setCell(wb, taskRow(content, r.taskCode), columnOf("taskContent"), `Khác ${r.taskCode}`);
    const note = only(runCheck(checkPrefilled, wb), "prefilled-retyped");
    expect(note.params.count).toBe(content.rows.length);
    if (content.rows.length > 8) expect(note.params.cells.split(", ")).toHaveLength(9); // 8 cells and "…"
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
