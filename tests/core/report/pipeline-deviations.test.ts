/**
 * Returned files as agencies really send them. Each fixture is a template written by the
 * project's own writer, filled and then changed the way an agency would (ExcelJS edits of
 * the bytes, or a CSV export in some encoding), read by the project's own file reader, and
 * checked. Each asserts exactly the issues expected: code, severity and cell.
 */
import { beforeAll, describe, expect, test } from "@jest/globals";
import type ExcelJS from "exceljs";
import { editWorkbook, loadWorkbook, makeTemplate, SLDTBXH } from "../../helpers/template-files";
import { encodeUtf16, encodeWindows1258 } from "../../helpers/encodings";
import { headerValueAddress, tableCellAddress } from "../../../src/xlsx/template-writer";
import { readSubmissionFile } from "../../../src/xlsx/read-workbook";
import { checkWorkbook } from "../../../src/core/report/pipeline";
import type { CheckedSubmission } from "../../../src/core/report/pipeline";
import type { TemplateContent } from "../../../src/core/template/build";
import { META_SHEET, REPORT_SHEET, TABLE_COLUMNS, type ColumnKey } from "../../../src/core/template/layout";
import { parseAddress, cellAddress } from "../../../src/core/grid";
import { standardContext } from "../../fixtures/deviations/grids";
import type { Finding } from "../../../src/core/report/findings";

let content: TemplateContent;
let filled: Uint8Array;

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** What a careful agency writes: every required cell, dates as real dates. */
const FILLS: Record<string, Partial<Record<ColumnKey, ExcelJS.CellValue>>> = {
  "1.1": { status: "Đang thực hiện", result: "Đã tổ chức 12 hội nghị quán triệt." },
  "2.1": { status: "Đã hoàn thành", completedOn: utc(2022, 2, 5), result: "Đề án được phê duyệt." },
  "1.2": { status: "Đang thực hiện", result: "Phối hợp rà soát." },
};

function fill(wb: ExcelJS.Workbook, c: TemplateContent): void {
  const ws = wb.getWorksheet(REPORT_SHEET)!;
  ws.getCell(headerValueAddress("reportDate")).value = utc(2022, 11, 10);
  ws.getCell(headerValueAddress("preparedBy")).value = "Nguyễn Thị Bình";
  ws.getCell(headerValueAddress("phone")).value = "0260 3862 123";
  ws.getCell(headerValueAddress("email")).value = "btxh@kontum.gov.vn";
  c.rows.forEach((r, i) => {
    for (const [key, v] of Object.entries(FILLS[r.taskCode] ?? {}))
      ws.getCell(tableCellAddress(i, key as ColumnKey)).value = v;
  });
}

/** A1 of a task's cell in the template as written, moved by `down` rows and `right` columns. */
function at(code: string, key: ColumnKey, down = 0, right = 0): string {
  const a = parseAddress(
    tableCellAddress(
      content.rows.findIndex((r) => r.taskCode === code),
      key,
    ),
  )!;
  return cellAddress(a.row + down, a.col + right);
}

async function check(
  bytes: Uint8Array,
  fileName = "4587-KH-UBND_2022_So-LDTBXH.xlsx",
  receivedOn?: string,
): Promise<CheckedSubmission> {
  const wb = await readSubmissionFile(bytes, fileName);
  return checkWorkbook({ wb, receivedOn }, standardContext());
}

const brief = (r: CheckedSubmission) => r.issues.map((i) => `${i.severity} ${i.code} ${i.cell ?? "-"}`).sort();
const IDENTIFIED = "info identified-by -";

beforeAll(async () => {
  const t = await makeTemplate(SLDTBXH, "2022");
  content = t.content;
  filled = await editWorkbook(t.bytes, (wb) => fill(wb, content));
});

describe("returned .xlsx files", () => {
  test("the clean filled template gives no finding", async () => {
    const r = await check(filled);
    expect(brief(r)).toEqual([IDENTIFIED]);
    expect(r.submission!.identifiedBy).toBe("metadata");
    expect(r.submission!.lines.map((l) => [l.taskCode, l.status, l.completedOn])).toEqual([
      ["1.1", "inProgress", null],
      ["2.1", "done", "2022-02-05"],
      ["1.2", "inProgress", null],
    ]);
    expect(r.submission!.reportDate).toBe("2022-11-10");
  });

  test("the unfilled template: required cells, one per cell, at the template's cells", async () => {
    const t = await makeTemplate(SLDTBXH, "2022");
    const r = await check(t.bytes);
    expect(brief(r)).toEqual(
      [
        IDENTIFIED,
        `error header-missing ${headerValueAddress("reportDate")}`,
        `error header-missing ${headerValueAddress("preparedBy")}`,
        `error required ${at("1.1", "status")}`,
        `error required ${at("2.1", "status")}`,
        `warning task-overdue ${at("2.1", "status")}`,
      ].sort(),
    );
  });

  test("sheet renamed", async () => {
    const bytes = await editWorkbook(filled, (wb) => {
      wb.getWorksheet(REPORT_SHEET)!.name = "BC SLDTBXH 2022";
    });
    const r = await check(bytes);
    expect(brief(r)).toEqual([IDENTIFIED]);
    expect(r.submission!.sheet).toBe("BC SLDTBXH 2022");
  });

  test("sheet moved after the others, with a new first sheet that has a table of its own", async () => {
    const bytes = await editWorkbook(filled, (wb) => {
      const notes = wb.addWorksheet("Ghi chú");
      notes.addRow(["STT", "Nội dung", "Ghi chú"]);
      notes.addRow([1, "Số liệu chốt đến 31/10", ""]);
      const order = (ws: ExcelJS.Worksheet, n: number) => ((ws as unknown as { orderNo: number }).orderNo = n);
      order(notes, 0);
      order(wb.getWorksheet(REPORT_SHEET)!, 10);
    });
    const wb = await readSubmissionFile(bytes, "x.xlsx");
    expect(wb.sheets[0]!.name).toBe("Ghi chú");
    const r = await check(bytes);
    expect(brief(r)).toEqual([IDENTIFIED]);
    expect(r.submission!.sheet).toBe(REPORT_SHEET);
  });

  test("sheet copied: the original is read, the copy is pointed out", async () => {
    const bytes = await editWorkbook(filled, (wb) => {
      const copy = wb.addWorksheet("Báo cáo (2)");
      const ws = wb.getWorksheet(REPORT_SHEET)!;
      ws.eachRow((row, r) => row.eachCell((cell, c) => (copy.getCell(r, c).value = cell.value)));
    });
    const r = await check(bytes);
    expect(brief(r)).toEqual([IDENTIFIED, "warning other-report-sheets -"].sort());
    expect(r.submission!.sheet).toBe(REPORT_SHEET);
    expect(r.issues.find((i) => i.code === "other-report-sheets")!.params.sheets).toBe("Báo cáo (2)");
  });

  test("header block and table moved down and right", async () => {
    const bytes = await editWorkbook(filled, (wb) => {
      const ws = wb.getWorksheet(REPORT_SHEET)!;
      ws.unMergeCells("A1:K1");
      ws.unMergeCells("A2:K2");
      ws.spliceRows(1, 0, ["UBND TỈNH KON TUM"], ["SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"], []);
      ws.spliceColumns(1, 0, [], []);
    });
    const r = await check(bytes);
    expect(brief(r)).toEqual([IDENTIFIED]);
    expect(r.submission!.header.reportDate!.ref.cell).toBe("E10");
    expect(r.submission!.lines[0]!.cells.status!.cell).toBe(at("1.1", "status", 3, 2));
  });

  test("errors in a moved table point at the moved cells", async () => {
    const bytes = await editWorkbook(filled, (wb) => {
      const ws = wb.getWorksheet(REPORT_SHEET)!;
      ws.unMergeCells("A1:K1");
      ws.unMergeCells("A2:K2");
      ws.spliceRows(1, 0, [], [], []);
      ws.spliceColumns(1, 0, []);
      ws.getCell(at("2.1", "completedOn", 3, 1)).value = "31/02/2022";
      ws.getCell(at("1.1", "status", 3, 1)).value = "đang TH";
    });
    const r = await check(bytes);
    expect(brief(r)).toEqual(
      [
        IDENTIFIED,
        `error bad-date ${at("2.1", "completedOn", 3, 1)}`,
        `info value-normalised ${at("1.1", "status", 3, 1)}`,
      ].sort(),
    );
  });

  test("two-row header: 'Kết quả thực hiện' merged over Tình trạng, Ngày hoàn thành, Kết quả", async () => {
    const bytes = await editWorkbook(filled, (wb) => {
      const ws = wb.getWorksheet(REPORT_SHEET)!;
      const hr = headerRow1();
      // A parent row above the header; every other label merged down over both rows.
      ws.spliceRows(hr, 0, []);
      const lower = hr + 1;
      const subs: ColumnKey[] = ["status", "completedOn", "result"];
      TABLE_COLUMNS.forEach((c) => {
        const col = colOf(c.key);
        if (subs.includes(c.key)) return;
        ws.getCell(hr, col).value = ws.getCell(lower, col).value;
        ws.getCell(lower, col).value = null;
        ws.mergeCells(hr, col, lower, col);
      });
      ws.getCell(hr, colOf("status")).value = "Kết quả thực hiện";
      ws.mergeCells(hr, colOf("status"), hr, colOf("result"));
    });
    const r = await check(bytes);
    expect(brief(r)).toEqual([IDENTIFIED]);
    expect(r.submission!.lines.map((l) => [l.taskCode, l.status, l.completedOn])).toEqual([
      ["1.1", "inProgress", null],
      ["2.1", "done", "2022-02-05"],
      ["1.2", "inProgress", null],
    ]);
    expect(r.submission!.lines[0]!.cells.status!.cell).toBe(at("1.1", "status", 1));
  });

  test("columns reordered", async () => {
    const bytes = await editWorkbook(filled, (wb) => {
      const ws = wb.getWorksheet(REPORT_SHEET)!;
      // The agency dragged Ghi chú before Tình trạng and swapped Kết quả with Khó khăn.
      moveColumn(ws, "notes", "status");
      swapColumns(ws, colOf("result"), colOf("difficulties"));
    });
    const r = await check(bytes);
    expect(brief(r)).toEqual([IDENTIFIED]);
    expect(r.submission!.lines[1]!.result).toBe("Đề án được phê duyệt.");
  });

  test("extra columns", async () => {
    const bytes = await editWorkbook(filled, (wb) => {
      const ws = wb.getWorksheet(REPORT_SHEET)!;
      const col = colOf("result");
      ws.spliceColumns(col, 0, []);
      const header = at("1.1", "result").replace(/\d+$/, String(headerRow1()));
      ws.getCell(header).value = "Kinh phí (triệu đồng)";
      ws.getCell(at("1.1", "result")).value = "1.234,5";
      ws.getCell(cellAddress(headerRow1() - 1, TABLE_COLUMNS.length + 1)).value = "Đơn vị phối hợp";
    });
    const r = await check(bytes);
    const hr = headerRow1();
    expect(brief(r)).toEqual(
      [
        IDENTIFIED,
        `info column-extra ${cellAddress(hr - 1, colOf("result") - 1)}`,
        `info column-extra ${cellAddress(hr - 1, TABLE_COLUMNS.length + 1)}`,
      ].sort(),
    );
    expect(r.submission!.lines[0]!.result).toBe("Đã tổ chức 12 hội nghị quán triệt.");
  });

  test("a column deleted", async () => {
    const bytes = await editWorkbook(filled, (wb) => {
      const ws = wb.getWorksheet(REPORT_SHEET)!;
      ws.unMergeCells("A1:K1");
      ws.unMergeCells("A2:K2");
      ws.spliceColumns(colOf("difficulties"), 1);
    });
    const r = await check(bytes);
    expect(brief(r)).toEqual([IDENTIFIED, "error column-missing -"].sort());
    expect(r.issues.find((i) => i.code === "column-missing")!.params.column).toBe("difficulties");
  });

  test("header labels retyped", async () => {
    const retyped: Partial<Record<ColumnKey, string>> = {
      taskCode: "MÃ NV",
      status: "Tinh trang thuc hien",
      completedOn: "Ngày HT (dd/mm/yyyy)",
      result: "Kết quả",
      difficulties: "Khó khăn vướng mắc",
      proposals: "Kiến nghị",
      notes: "Ghi chu",
      deadline: "Thời hạn hoàn thàn",
    };
    const bytes = await editWorkbook(filled, (wb) => {
      const ws = wb.getWorksheet(REPORT_SHEET)!;
      for (const [key, label] of Object.entries(retyped))
        ws.getCell(headerRow1(), colOf(key as ColumnKey)).value = label;
      ws.getCell(headerValueAddress("reportDate").replace("C", "B")).value = "Ngày lập báo cáo:";
    });
    const r = await check(bytes);
    // Only the typo is said: aliases, case, marks and notes in brackets are silent.
    expect(brief(r)).toEqual(
      [IDENTIFIED, `info column-fuzzy ${cellAddress(headerRow1() - 1, colOf("deadline") - 1)}`].sort(),
    );
  });

  test("rows added and deleted", async () => {
    const bytes = await editWorkbook(filled, (wb) => {
      const ws = wb.getWorksheet(REPORT_SHEET)!;
      const r21 = rowOf("2.1");
      // A task of its own without a code, in the first spare row, and the led task 2.1 deleted.
      const spare = rowOf("1.2") + 1;
      ws.getCell(spare, colOf("taskContent")).value = "Hỗ trợ học nghề cho lao động nghèo";
      ws.getCell(spare, colOf("status")).value = "Đang thực hiện";
      ws.getCell(spare, colOf("result")).value = "120 lao động";
      ws.spliceRows(r21, 1);
    });
    const r = await check(bytes);
    const spareAfter = rowOf("1.2"); // one row up after the deletion
    expect(brief(r)).toEqual(
      [
        IDENTIFIED,
        "error task-missing -",
        `error code-missing ${cellAddress(spareAfter - 1, colOf("taskCode") - 1)}`,
      ].sort(),
    );
  });

  test("metadata sheet gone: the agency comes from the header", async () => {
    const bytes = await editWorkbook(filled, (wb) => {
      wb.removeWorksheet(wb.getWorksheet(META_SHEET)!.id);
    });
    const r = await check(bytes, "bao cao.xlsx");
    expect(brief(r)).toEqual([`info identified-by -`]);
    expect((r.issues[0] as Finding<"identified-by">).params.source).toBe("header");
    expect(r.submission!.identifiedBy).toBe("header");
    expect(r.submission!.agencyId).toBe("SLDTBXH");
    expect(r.submission!.period).toBe("2022");
  });

  test("table copied into a new workbook: the agency comes from the file name", async () => {
    const src = await loadWorkbook(filled);
    const bytes = await editWorkbook(filled, (wb) => {
      for (const ws of [...wb.worksheets]) wb.removeWorksheet(ws.id);
      const ws = wb.addWorksheet("Sheet1");
      const from = src.getWorksheet(REPORT_SHEET)!;
      for (let r = headerRow1(); r <= rowOf("1.2"); r++) {
        ws.addRow(TABLE_COLUMNS.map((_, c) => from.getCell(r, c + 1).value));
      }
    });
    for (const name of ["4587-KH-UBND_2022_So-LDTBXH.xlsx", "bao cao So LĐTBXH nam 2022.xlsx"]) {
      const r = await check(bytes, name, "2022-11-10");
      expect(brief(r)).toEqual(
        [
          IDENTIFIED,
          // Required header fields are errors even when the file name told the agency and period.
          "error header-missing -",
          "error header-missing -",
          "error header-missing -",
          "error header-missing -",
          "error header-missing -",
        ].sort(),
      );
      expect(r.submission!.identifiedBy).toBe("fileName");
      expect(r.submission!.agencyId).toBe("SLDTBXH");
      expect(r.submission!.period).toBe("2022");
    }
    const unknown = await check(bytes, "bao cao.xlsx");
    expect(brief(unknown)).toContain("error agency-unknown -");
  });
});

describe("returned .csv files", () => {
  /** The report sheet saved as CSV, as Excel writes it: values as shown, dates dd/mm/yyyy. */
  async function csvText(delimiter: string): Promise<string> {
    const wb = await loadWorkbook(filled);
    const ws = wb.getWorksheet(REPORT_SHEET)!;
    const lines: string[] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const cells: string[] = [];
      for (let c = 1; c <= TABLE_COLUMNS.length; c++) {
        const v = ws.getCell(r, c).value;
        let s =
          v instanceof Date
            ? `${pad(v.getUTCDate())}/${pad(v.getUTCMonth() + 1)}/${v.getUTCFullYear()}`
            : v === null || v === undefined
              ? ""
              : String(v);
        if (/["\n\r,;\t]/.test(s)) s = `"${s.replace(/"/g, '""')}"`;
        cells.push(s);
      }
      lines.push(cells.join(delimiter));
    }
    return lines.join("\r\n") + "\r\n";
  }
  const pad = (n: number) => String(n).padStart(2, "0");

  const cases: [string, string, (s: string) => Uint8Array][] = [
    ["UTF-8, comma", ",", (s) => new TextEncoder().encode(s)],
    ["UTF-8 with BOM, semicolon", ";", (s) => new TextEncoder().encode("\uFEFF" + s)],
    ["UTF-16LE with BOM, tab", "\t", (s) => encodeUtf16(s, "le")],
    ["UTF-16BE with BOM, comma", ",", (s) => encodeUtf16(s, "be")],
    ["Windows-1258, semicolon", ";", encodeWindows1258],
  ];
  for (const [name, delimiter, encode] of cases) {
    test(name, async () => {
      const bytes = encode(await csvText(delimiter));
      const r = await check(bytes, "4587-KH-UBND_2022_So-LDTBXH.csv");
      expect(brief(r)).toEqual([IDENTIFIED]);
      expect(r.submission!.identifiedBy).toBe("header");
      expect(r.submission!.header.preparedBy!.value).toBe("Nguyễn Thị Bình");
      expect(r.submission!.lines.map((l) => [l.taskCode, l.status, l.completedOn])).toEqual([
        ["1.1", "inProgress", null],
        ["2.1", "done", "2022-02-05"],
        ["1.2", "inProgress", null],
      ]);
    });
  }
});

/** 1-based worksheet row of the table header in the template as written. */
function headerRow1(): number {
  return parseAddress(tableCellAddress(0, "no"))!.row; // the row above the first task, 1-based
}
/** 1-based worksheet row of a task. */
function rowOf(code: string): number {
  return parseAddress(at(code, "no"))!.row + 1;
}
/** 1-based worksheet column of a table column. */
function colOf(key: ColumnKey): number {
  return parseAddress(at("1.1", key))!.col + 1;
}

function columnValues(ws: ExcelJS.Worksheet, col: number): ExcelJS.CellValue[] {
  const out: ExcelJS.CellValue[] = [];
  for (let r = 1; r <= ws.rowCount; r++) out.push(ws.getCell(r, col).value);
  return out;
}
function setColumn(ws: ExcelJS.Worksheet, col: number, values: ExcelJS.CellValue[]): void {
  values.forEach((v, i) => {
    const cell = ws.getCell(i + 1, col);
    if (!cell.isMerged) cell.value = v;
  });
}
function swapColumns(ws: ExcelJS.Worksheet, a: number, b: number): void {
  const va = columnValues(ws, a);
  const vb = columnValues(ws, b);
  setColumn(ws, a, vb);
  setColumn(ws, b, va);
}
/** Moves a column's values to sit before another, shifting the ones between to the right. */
function moveColumn(ws: ExcelJS.Worksheet, key: ColumnKey, before: ColumnKey): void {
  const from = colOf(key);
  const to = colOf(before);
  const moving = columnValues(ws, from);
  for (let c = from; c > to; c--) setColumn(ws, c, columnValues(ws, c - 1));
  setColumn(ws, to, moving);
}
