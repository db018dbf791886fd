import { describe, expect, it } from "@jest/globals";
import { because } from "../helpers/because";
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  GUIDE_SHEET,
  HEADER_FIELDS,
  LISTS_SHEET,
  META_KEYS,
  META_SHEET,
  REPORT_LAYOUT,
  REPORT_SHEET,
  ROLE_LABELS,
  STATUS_LABELS,
  TABLE_COLUMNS,
  TEMPLATE_VERSION,
} from "../../src/core/template/layout";
import { fingerprintPrefilled } from "../../src/core/template/fingerprint";
import { headerValueAddress, tableCellAddress } from "../../src/xlsx/template-writer";
import { sendLine } from "../../src/xlsx/template-side-sheets";
import { ROLE_LIST_RANGE, STATUS_LIST_RANGE } from "../../src/xlsx/template-validations";
import { FIXED_GENERATED_AT, loadWorkbook, makeTemplate } from "../helpers/template-files";

function text(ws: ExcelJS.Worksheet, a1: string): string {
  const v = ws.getCell(a1).value;
  return v === null || v === undefined ? "" : String(v);
}

/** Resolves a range like 'Danh mục'!$A$2:$A$4 to the values it holds. */
function rangeValues(wb: ExcelJS.Workbook, ref: string): string[] {
  const m = /^'(.+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(ref);
  because(ref, () => expect(m).not.toBeNull());
  const ws = wb.getWorksheet(m![1]!)!;
  expect(ws).toBeDefined();
  const out: string[] = [];
  for (let r = Number(m![3]); r <= Number(m![5]); r++) out.push(text(ws, `${m![2]}${r}`));
  return out;
}

// Top-level await: jest's describe callbacks must be synchronous.
const { content, bytes } = await makeTemplate();
const wb = await loadWorkbook(bytes);
const report = wb.getWorksheet(REPORT_SHEET)!;

describe("writeTemplate", () => {
  it("has the four sheets, the metadata one veryHidden", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([REPORT_SHEET, GUIDE_SHEET, LISTS_SHEET, META_SHEET]);
    expect(wb.getWorksheet(META_SHEET)!.state).toBe("veryHidden");
    expect(report.state).toBe("visible");
  });

  it("prefills the header block and leaves the rest to fill", () => {
    for (const f of HEADER_FIELDS) {
      const labelCell = report.getCell(
        REPORT_LAYOUT.headerFirstRow + 1 + HEADER_FIELDS.indexOf(f),
        REPORT_LAYOUT.headerLabelCol + 1,
      );
      expect(labelCell.value).toBe(f.label);
    }
    expect(text(report, headerValueAddress("agency"))).toBe("Sở Lao động - Thương binh và Xã hội");
    expect(text(report, headerValueAddress("plan"))).toBe("4587/KH-UBND");
    expect(text(report, headerValueAddress("period"))).toBe("Năm 2022");
    expect(report.getCell(headerValueAddress("reportDate")).value).toBeNull();
    expect(report.getCell(headerValueAddress("reportDate")).numFmt).toBe("dd/mm/yyyy");
    expect(report.getCell(headerValueAddress("reportDate")).dataValidation?.type).toBe("date");
    const email = report.getCell(headerValueAddress("email")).dataValidation;
    expect(email?.type).toBe("custom");
    expect(String(email?.formulae?.[0])).toContain(headerValueAddress("email"));
    // Phone numbers keep their leading 0 only as text.
    expect(report.getCell(headerValueAddress("phone")).numFmt).toBe("@");
  });

  it("writes the table header and one row per task with the prefilled cells", () => {
    const headerRow = report.getRow(REPORT_LAYOUT.tableHeaderRow + 1);
    expect(TABLE_COLUMNS.map((c, i) => headerRow.getCell(i + 1).value)).toEqual(TABLE_COLUMNS.map((c) => c.label));
    content.rows.forEach((r, i) => {
      expect(report.getCell(tableCellAddress(i, "no")).value).toBe(r.no);
      expect(text(report, tableCellAddress(i, "taskCode"))).toBe(r.taskCode);
      expect(text(report, tableCellAddress(i, "taskContent"))).toBe(r.content);
      expect(text(report, tableCellAddress(i, "role"))).toBe(r.role);
      expect(text(report, tableCellAddress(i, "deadline"))).toBe(r.deadline);
      expect(report.getCell(tableCellAddress(i, "status")).value).toBeNull();
    });
    // Nothing after the spare rows.
    const afterSpare = content.rows.length + REPORT_LAYOUT.spareRows;
    expect(report.getCell(tableCellAddress(afterSpare, "taskCode")).value).toBeNull();
  });

  it("locks the prefilled cells and unlocks the ones to fill, spare rows included", () => {
    for (let i = 0; i < content.rows.length; i++) {
      for (const c of TABLE_COLUMNS) {
        const cell = report.getCell(tableCellAddress(i, c.key));
        because(`${cell.address} ${c.key}`, () => expect(cell.protection?.locked !== false).toBe(c.prefilled));
      }
    }
    for (let i = content.rows.length; i < content.rows.length + REPORT_LAYOUT.spareRows; i++) {
      for (const c of TABLE_COLUMNS) expect(report.getCell(tableCellAddress(i, c.key)).protection?.locked).toBe(false);
    }
    for (const f of HEADER_FIELDS) {
      because(f.key, () =>
        expect(report.getCell(headerValueAddress(f.key)).protection?.locked !== false).toBe(f.prefilled),
      );
    }
  });

  it("points the dropdowns at ranges of the lists sheet that hold the right values", () => {
    const statusDv = report.getCell(tableCellAddress(0, "status")).dataValidation;
    expect(statusDv?.type).toBe("list");
    expect(statusDv?.formulae).toEqual([STATUS_LIST_RANGE]);
    expect(rangeValues(wb, STATUS_LIST_RANGE)).toEqual(Object.values(STATUS_LABELS));
    const spareRole = report.getCell(tableCellAddress(content.rows.length, "role")).dataValidation;
    expect(spareRole?.formulae).toEqual([ROLE_LIST_RANGE]);
    expect(rangeValues(wb, ROLE_LIST_RANGE)).toEqual(Object.values(ROLE_LABELS));
    const done = report.getCell(tableCellAddress(0, "completedOn"));
    expect(done.dataValidation?.type).toBe("date");
    expect(done.numFmt).toBe("dd/mm/yyyy");
  });

  it("protects every sheet without a password, allowing formatting and row insertion on the report", () => {
    for (const ws of wb.worksheets) {
      const p = (ws as unknown as { sheetProtection: Record<string, unknown> | null }).sheetProtection;
      because(ws.name, () => expect(p?.sheet).toBe(true));
      because(ws.name, () => expect(p?.hashValue).toBeUndefined());
    }
    const p = (report as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    expect(p).toMatchObject({ formatCells: true, formatColumns: true, formatRows: true, insertRows: true });
  });

  it("makes Times New Roman the workbook's default font, so column widths count in its digits", async () => {
    const { bytes } = await makeTemplate();
    const styles = await (await JSZip.loadAsync(bytes)).file("xl/styles.xml")!.async("string");
    const firstFont = /<font>.*?<\/font>/s.exec(styles)![0];
    expect(firstFont).toContain('<name val="Times New Roman"/>');
    expect(styles).not.toContain("Calibri");
  });

  it("sets print and view: A4 landscape, fit to width, print titles, frozen header", () => {
    expect(report.pageSetup.paperSize).toBe(9);
    expect(report.pageSetup.orientation).toBe("landscape");
    expect(report.pageSetup.fitToWidth).toBe(1);
    expect(report.pageSetup.fitToHeight).toBe(0);
    expect(report.pageSetup.printTitlesRow).toBe(
      `${REPORT_LAYOUT.tableHeaderRow + 1}:${REPORT_LAYOUT.tableHeaderRow + 1}`,
    );
    const view = report.views[0] as { state: string; ySplit?: number };
    expect(view.state).toBe("frozen");
    expect(view.ySplit).toBe(REPORT_LAYOUT.tableHeaderRow + 1);
    expect(report.getColumn(3).width).toBe(TABLE_COLUMNS.find((c) => c.key === "taskContent")!.width);
    // A4 landscape less 0.8" of margins is ~1045 px; Excel's width unit is ~7 px plus 5 px of padding
    // per column. At ≤ 200 units the table fits the page width at ≥ 70% (it was 265, ~55%).
    let units = 0;
    for (let c = 1; c <= TABLE_COLUMNS.length; c++) units += report.getColumn(c).width ?? 0;
    expect(units).toBeLessThanOrEqual(200);
    expect(1045 / (7 * units + 5 * TABLE_COLUMNS.length)).toBeGreaterThanOrEqual(0.7);
    expect(report.getCell(tableCellAddress(0, "taskContent")).alignment?.wrapText).toBe(true);
  });

  it("stores the metadata, and its fingerprint matches the prefilled cells as read back", () => {
    const meta = wb.getWorksheet(META_SHEET)!;
    const values = Object.fromEntries(META_KEYS.map((_, i) => [text(meta, `A${i + 1}`), text(meta, `B${i + 1}`)]));
    expect(values).toEqual({
      plan: "4587/KH-UBND",
      agencyId: "SLDTBXH",
      period: "2022",
      templateVersion: TEMPLATE_VERSION,
      fingerprint: content.fingerprint,
      generatedAt: FIXED_GENERATED_AT.toISOString(),
    });
    const readBack = content.rows.map((_, i) => ({
      taskCode: text(report, tableCellAddress(i, "taskCode")),
      content: text(report, tableCellAddress(i, "taskContent")),
      role: text(report, tableCellAddress(i, "role")),
      deadline: text(report, tableCellAddress(i, "deadline")),
    }));
    expect(fingerprintPrefilled(readBack)).toBe(values.fingerprint);
  });

  it("sets the workbook properties and writes instructions", () => {
    expect(wb.creator).toBe("kehoach");
    expect(wb.title).toContain("4587/KH-UBND");
    const guide = wb.getWorksheet(GUIDE_SHEET)!;
    const all: string[] = [];
    guide.eachRow((row) => all.push(String(row.getCell(1).value ?? "")));
    const joined = all.join("\n");
    for (const s of Object.values(STATUS_LABELS)) expect(joined).toContain(s);
    expect(joined).toContain("dd/mm/yyyy");
    expect(joined).toContain("trước ngày 15/11/2022");
    // Vietnamese Excel's words: "trang tính" for a worksheet, never the English "sheet".
    const reportNote = String(wb.getWorksheet(REPORT_SHEET)!.getCell(REPORT_LAYOUT.noteRow + 1, 1).value);
    for (const text of [joined, reportNote]) {
      expect(text).not.toMatch(/\bsheet\b|sổ tính|bảng tính/i);
      expect(text).toMatch(/trang tính «/i);
    }
    // The deadline here says "trước ngày": its reading is explained.
    expect(joined).toContain("«trước ngày D» nghĩa là");
  });

  it("explains «trước ngày D» only when the deadline is written that way", () => {
    expect(sendLine("trước ngày 15/12/2022")).toContain("«trước ngày D» nghĩa là gửi chậm nhất ngày liền trước ngày D");
    expect(sendLine("chậm nhất ngày 15/12/2022")).toBe(
      "Gửi báo cáo chậm nhất ngày 15/12/2022 kèm văn bản, qua thư điện tử.",
    );
    expect(sendLine(null)).toBe("Gửi báo cáo đúng thời hạn của kế hoạch kèm văn bản, qua thư điện tử.");
  });
});
