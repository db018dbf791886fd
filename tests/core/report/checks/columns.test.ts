import { describe, it, expect } from "@jest/globals";
import { checkColumns } from "../../../../src/core/report/checks/columns";
import { cellAddress } from "../../../../src/core/grid";
import { REPORT_LAYOUT } from "../../../../src/core/template/layout";
import { taskRow } from "../../../fixtures/deviations/grids";
import { brief, columnOf, content, only, runCheck, setCell, withFills } from "./run-check";

const HEADER = REPORT_LAYOUT.tableHeaderRow;

describe("checkColumns", () => {
  it("finds nothing when every column is there once", () => {
    expect(runCheck(checkColumns, withFills({}))).toEqual([]);
  });

  it("makes a missing must-have column an error and a missing optional one a warning", () => {
    let wb = setCell(withFills({}), HEADER, columnOf("result"), "Cột lạ A");
    wb = setCell(wb, HEADER, columnOf("notes"), "Cột lạ B");
    const f = runCheck(checkColumns, wb).filter((i) => i.code === "column-missing");
    expect(brief(f)).toEqual(["error column-missing -", "warning column-missing -"]);
    expect(f.map((i) => i.params).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))).toEqual([
      { column: "notes" },
      { column: "result" },
    ]);
  });

  it("lists an extra column as info, at its header cell", () => {
    const wb = setCell(withFills({}), HEADER, columnOf("notes") + 1, "Kinh phí (triệu đồng)");
    const f = only(runCheck(checkColumns, wb), "column-extra");
    expect(f).toMatchObject({ severity: "info", cell: cellAddress(HEADER, columnOf("notes") + 1) });
    expect(f.params).toEqual({ value: "Kinh phí (triệu đồng)" });
  });

  it("reads a second column of the same kind as a duplicate, pointing at the first", () => {
    const wb = setCell(withFills({}), HEADER, columnOf("notes") + 1, "Kết quả thực hiện");
    const f = only(runCheck(checkColumns, wb), "column-duplicate");
    expect(f).toMatchObject({ severity: "warning", cell: cellAddress(HEADER, columnOf("notes") + 1) });
    expect(f.params).toEqual({ column: "result", first: cellAddress(HEADER, columnOf("result")) });
  });

  it("says when rows after a blank row were taken as the end of the table", () => {
    const last = Math.max(...content.rows.map((r) => taskRow(content, r.taskCode)));
    // Text in a column the agency fills, below a blank row: a signature block, not a task.
    let wb = setCell(withFills({}), last + 2, columnOf("result"), "Nơi nhận: như trên");
    wb = setCell(wb, last + 3, columnOf("result"), "GIÁM ĐỐC");
    const f = only(runCheck(checkColumns, wb), "rows-skipped");
    expect(f.severity).toBe("info");
    expect(f.params).toEqual({ rows: `${last + 3}, ${last + 4}`, count: 2 });
    expect(f.cell).toBe(cellAddress(last + 2, columnOf("taskContent")));
  });
});
