/**
 * Turns the demo's story (scenario.ts) into the files agencies send back: the template filled
 * in, a CSV, or a workbook retyped by hand. Browser-safe (bytes in, bytes out), so the add-in
 * could offer the same demo.
 */
import ExcelJS from "exceljs";
import {
  HEADER_FIELDS,
  REPORT_SHEET,
  TABLE_COLUMNS,
  type ColumnKey,
  type HeaderFieldKey,
} from "../core/template/layout";
import type { TemplateContent } from "../core/template/build";
import { formatDateVi } from "../core/dates";
import { headerValueAddress, tableCellAddress } from "../xlsx/template-writer";
import { toBytes } from "../xlsx/write-sheets";
import type { DemoLine, DemoReturn } from "./scenario";
import { csvText } from "../core/csv-cell";

function utcDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function completedValue(c: DemoLine["completedOn"]): Date | string | null {
  if (!c) return null;
  return "iso" in c ? utcDate(c.iso) : c.text;
}

function completedText(c: DemoLine["completedOn"]): string {
  if (!c) return "";
  return "iso" in c ? formatDateVi(c.iso) : c.text;
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

/** The template filled in the ordinary way: header values, then status, date and text per row. */
export async function fillTemplate(
  template: Uint8Array,
  content: TemplateContent,
  ret: DemoReturn,
): Promise<Uint8Array> {
  const wb = await load(template);
  const ws = wb.getWorksheet(REPORT_SHEET);
  if (!ws) throw new Error(`demo: the template has no sheet "${REPORT_SHEET}"`);
  const setHeader = (key: HeaderFieldKey, v: string | Date | null) => {
    ws.getCell(headerValueAddress(key)).value = v === "" ? null : v;
  };
  setHeader("reportDate", ret.header.reportDate ? utcDate(ret.header.reportDate) : null);
  setHeader("documentNumber", ret.header.documentNumber);
  setHeader("preparedBy", ret.header.preparedBy);
  setHeader("phone", ret.header.phone);
  setHeader("email", ret.header.email);
  ret.lines.forEach((line, i) => {
    if (content.rows[i]?.taskCode !== line.taskCode) throw new Error(`demo: row ${i + 1} is not task ${line.taskCode}`);
    const set = (key: ColumnKey, v: string | Date | null) => {
      ws.getCell(tableCellAddress(i, key)).value = v === "" ? null : v;
    };
    set("status", line.statusText);
    set("completedOn", completedValue(line.completedOn));
    set("result", line.result);
    set("difficulties", line.difficulties);
    set("proposals", line.proposals);
  });
  return toBytes((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/**
 * The report saved as CSV from Excel on a Vietnamese Windows: ";" between fields, UTF-8 with
 * a byte-order mark, the header block then the table, dates as dd/mm/yyyy text. The first
 * line "sep=;" is Excel's own way to name the delimiter: without it, the unquoted commas of
 * Vietnamese labels ("Khó khăn, vướng mắc") make a guessing reader pick "," (see the report).
 */
export function csvReturn(content: TemplateContent, ret: DemoReturn): Uint8Array {
  const label = (k: HeaderFieldKey) => HEADER_FIELDS.find((f) => f.key === k)!.label;
  const rows: string[][] = [
    [`BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH ${content.planNumber}`],
    [],
    [label("agency"), content.agency.name],
    [label("plan"), content.planNumber],
    [label("period"), content.periodLabel],
    [label("reportDate"), ret.header.reportDate ? formatDateVi(ret.header.reportDate) : ""],
    [label("documentNumber"), ret.header.documentNumber],
    [label("preparedBy"), ret.header.preparedBy],
    [label("phone"), ret.header.phone],
    [label("email"), ret.header.email],
    [],
    TABLE_COLUMNS.map((c) => c.label),
  ];
  ret.lines.forEach((line, i) => {
    const row = content.rows[i]!;
    const byKey: Record<ColumnKey, string> = {
      no: String(row.no),
      taskCode: row.taskCode,
      taskContent: row.content,
      role: row.role,
      deadline: row.deadline,
      status: line.statusText,
      completedOn: completedText(line.completedOn),
      result: line.result,
      difficulties: line.difficulties,
      proposals: line.proposals,
      notes: "",
    };
    rows.push(TABLE_COLUMNS.map((c) => byKey[c.key]));
  });
  // Through the project's one CSV writer: quoted only when needed, as Excel does (commas stay
  // bare in a ";" file), and a cell that would start a formula is neutralised.
  const text = "\ufeff" + "sep=;\r\n" + csvText(rows, ";");
  return new TextEncoder().encode(text);
}

/**
 * The report retyped by hand in a new workbook: the sheet renamed, headers written with the
 * aliases people use, columns in another order, no lists, no metadata, dates typed as text.
 */
export async function retypedReturn(content: TemplateContent, ret: DemoReturn): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = new Date(Date.UTC(2022, 10, 1));
  const ws = wb.addWorksheet("BC nam 2022");
  ws.getCell("A1").value = `Báo cáo tình hình thực hiện KH ${content.planNumber}`;
  ws.getCell("A3").value = "Tên đơn vị";
  ws.getCell("B3").value = content.agency.name;
  ws.getCell("A4").value = "Năm báo cáo";
  ws.getCell("B4").value = content.period;
  ws.getCell("A5").value = "Ngày lập";
  ws.getCell("B5").value = ret.header.reportDate ? formatDateVi(ret.header.reportDate) : "";
  ws.getCell("A6").value = "Người báo cáo";
  ws.getCell("B6").value = ret.header.preparedBy;
  ws.getCell("A7").value = "Số kế hoạch";
  ws.getCell("B7").value = content.planNumber;
  const headers = [
    "TT",
    "Mã NV",
    "Nội dung",
    "Tình trạng thực hiện",
    "Kết quả",
    "Ngày HT",
    "Khó khăn vướng mắc",
    "Kiến nghị",
  ];
  headers.forEach((h, c) => (ws.getCell(9, c + 1).value = h));
  ret.lines.forEach((line, i) => {
    const row = content.rows[i]!;
    const values = [
      row.no,
      row.taskCode,
      row.content,
      line.statusText,
      line.result,
      completedText(line.completedOn),
      line.difficulties,
      line.proposals,
    ];
    values.forEach((v, c) => (ws.getCell(10 + i, c + 1).value = v === "" ? null : v));
  });
  ws.columns = [5, 8, 50, 18, 50, 12, 40, 30].map((width) => ({ width }));
  return toBytes((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The bytes an agency sends for one return. */
export async function returnedFile(
  template: Uint8Array,
  content: TemplateContent,
  ret: DemoReturn,
): Promise<Uint8Array> {
  switch (ret.kind) {
    case "xlsx":
      return fillTemplate(template, content, ret);
    case "csv":
      return csvReturn(content, ret);
    case "retyped":
      return retypedReturn(content, ret);
  }
}
