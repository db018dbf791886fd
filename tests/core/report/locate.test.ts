import { describe, it, expect } from "@jest/globals";
import { boundsOf, locateReport } from "../../../src/core/report/locate";
import type { Cell, Sheet, WorkbookData } from "../../../src/core/grid";
import { META_SHEET, REPORT_LAYOUT, TABLE_COLUMNS } from "../../../src/core/template/layout";
import { CLEAN_FILLS, contentFor, filledGrid, taskRow } from "../../fixtures/deviations/grids";

const content = contentFor();
const clean = () => filledGrid(content, CLEAN_FILLS);
const book = (...sheets: Sheet[]): WorkbookData => ({ fileName: "x.xlsx", sheets });
const labels = TABLE_COLUMNS.map((c) => c.label);

/** A sheet with the rows given, shifted `down` rows and `right` columns. */
function shifted(rows: Cell[][], down: number, right: number, name = "Sheet1"): Sheet {
  return {
    name,
    rows: [...Array.from({ length: down }, () => []), ...rows.map((r) => [...Array<Cell>(right).fill(null), ...r])],
  };
}

describe("locateReport", () => {
  it("finds the template's table, columns, header block, lines and metadata", () => {
    const l = locateReport(clean())!;
    expect(l.sheet.name).toBe("Báo cáo");
    expect(l.headerRow).toBe(REPORT_LAYOUT.tableHeaderRow);
    expect(Object.keys(l.columns).sort()).toEqual(TABLE_COLUMNS.map((c) => c.key).sort());
    expect(l.columns.status).toMatchObject({ col: TABLE_COLUMNS.findIndex((c) => c.key === "status"), fuzzy: false });
    expect(l.lines.map((x) => x.taskCode)).toEqual(content.rows.map((r) => r.taskCode));
    expect(l.lines[0]!.row).toBe(taskRow(content, content.rows[0]!.taskCode));
    expect(l.header.reportDate).toMatchObject({
      labelRow: REPORT_LAYOUT.headerFirstRow + 3,
      labelCol: REPORT_LAYOUT.headerLabelCol,
      valueCol: REPORT_LAYOUT.headerValueCol,
      inline: false,
    });
    expect(l.meta).toMatchObject({ agencyId: "SLDTBXH", period: "2022", plan: "4587/KH-UBND" });
    expect(l.extraColumns).toEqual([]);
    expect(l.otherReportSheets).toEqual([]);
  });

  it("returns null when no sheet has the table", () => {
    expect(locateReport(book({ name: "Sheet1", rows: [["Nội dung"], ["Báo cáo tháng"]] }))).toBeNull();
  });

  it("finds a table moved down and right on a renamed sheet, and a 'label: value' header cell", () => {
    const rows: Cell[][] = [
      ["Đơn vị báo cáo: Sở Tài chính"],
      [],
      labels,
      [1, "1.1", "Nội dung", "Chủ trì", null, "Đang thực hiện"],
    ];
    const l = locateReport(book(shifted(rows, 5, 2, "BC 2022")))!;
    expect(l.sheet.name).toBe("BC 2022");
    expect(l.headerRow).toBe(7);
    expect(l.columns.taskCode!.col).toBe(3);
    expect(l.lines).toHaveLength(1);
    expect(l.header.agency).toMatchObject({ inline: true, raw: "Sở Tài chính", labelRow: 5, labelCol: 2 });
    expect(l.meta).toBeNull();
  });

  it("reads a two-row header with sub-columns under a merged parent", () => {
    const upper: Cell[] = ["STT", "Mã nhiệm vụ", "Nội dung nhiệm vụ", "Kết quả thực hiện", null, null];
    const lower: Cell[] = [null, null, null, "Tình trạng", "Ngày hoàn thành", "Kết quả"];
    const l = locateReport(book({ name: "S", rows: [upper, lower, [1, "1.1", "Việc", "Đang thực hiện", null, "x"]] }))!;
    expect(l.headerRow).toBe(0);
    expect(l.headerLastRow).toBe(1);
    expect(l.columns.status).toMatchObject({ col: 3, row: 1 });
    expect(l.columns.result).toMatchObject({ col: 5, row: 1 });
    expect(l.lines.map((x) => x.row)).toEqual([2]);
  });

  it("skips a row of column numbers under the header", () => {
    const l = locateReport(
      book({ name: "S", rows: [labels, labels.map((_, i) => `(${i + 1})`), [1, "1.1", "Việc"]] }),
    )!;
    expect(l.lines.map((x) => x.row)).toEqual([2]);
  });

  it("reports extra and duplicate columns", () => {
    const l = locateReport(
      book({
        name: "S",
        rows: [
          [...labels, "Kinh phí", "Tình trạng"],
          [1, "1.1"],
        ],
      }),
    )!;
    expect(l.extraColumns).toEqual([{ col: labels.length, label: "Kinh phí" }]);
    expect(l.duplicateColumns).toEqual([{ col: labels.length + 1, label: "Tình trạng", key: "status" }]);
  });

  it("reads the visible sheet and names the equally good rivals, never the metadata sheet", () => {
    const wb = clean();
    const copy = { ...wb.sheets[0]!, name: "Báo cáo (2)" };
    const l = locateReport({ ...wb, sheets: [copy, ...wb.sheets] })!;
    expect(l.sheet.name).toBe("Báo cáo");
    expect(l.otherReportSheets).toEqual(["Báo cáo (2)"]);
    expect(l.otherReportSheets).not.toContain(META_SHEET);
  });
});

describe("boundsOf", () => {
  it("is the row count and the widest row", () => {
    expect(boundsOf({ name: "S", rows: [[1], [1, 2, 3], []] })).toEqual({ rows: 3, cols: 3 });
  });
});
