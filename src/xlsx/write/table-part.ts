/**
 * An Excel table (ListObject, `xl/tables/tableN.xml`) over a sheet's range whose first row is
 * the header row already in the cells. Excel insists that each column's name equals its header
 * cell's text and that the names are non-empty and unique (ignoring case); otherwise it "repairs"
 * the file on opening. So the names are made here from the header cells, and the sheet is written
 * with exactly those names in its header row (`withTableHeader`).
 */
import type { OutRow, OutSheet, OutValue, WritableSheet } from "../../core/sheet-model";
import { clipCellText, isStreamed } from "../../core/sheet-model";
import { parseAddress } from "../../core/grid";
import { xmlEscape } from "../xlsx-parts";
import { XML_HEAD } from "./opc";

export interface TableLayout {
  name: string;
  ref: string;
  /** 0-based row of the header and first/last column of the range */
  headerRow: number;
  firstCol: number;
  columns: string[];
}

// A defined name: starts with a letter, "_" or "\", then letters, digits, "_" or "."; not a cell
// reference such as "A1" or "R1C1". The builders choose these names; a bad one is a bug.
const NAME = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;
const LOOKS_LIKE_CELL = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;

function headerText(v: OutValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return "date" in v ? v.date : v.text;
  return String(v);
}

/** The rows a table's header may be in: all of a whole sheet, the head of a streamed one. */
function headerRows(sheet: WritableSheet): OutRow[] {
  return isStreamed(sheet) ? sheet.head : sheet.rows;
}

/** The table's range, name and column names, from the sheet's header row. */
export function tableLayout(sheet: WritableSheet): TableLayout | null {
  const table = sheet.table;
  if (!table) return null;
  const [from, to] = table.range.split(":");
  const a = parseAddress(from ?? "");
  const b = parseAddress(to ?? "");
  if (!a || !b || b.row < a.row || b.col < a.col) throw new Error(`table-part: bad table range ${table.range}`);
  if (!NAME.test(table.name) || LOOKS_LIKE_CELL.test(table.name) || table.name.length > 255)
    throw new Error(`table-part: bad table name ${table.name}`);
  if (isStreamed(sheet) && a.row >= sheet.head.length)
    throw new Error(`table-part: the header of table ${table.name} is not among the first rows of its sheet`);
  const header = headerRows(sheet)[a.row]?.cells ?? [];
  const seen = new Set<string>();
  const columns: string[] = [];
  for (let c = a.col; c <= b.col; c++) {
    const base = clipCellText(headerText(header[c]).trim()).slice(0, 255) || `Cột ${c - a.col + 1}`;
    let name = base;
    for (let n = 2; seen.has(name.toLocaleLowerCase("vi")); n++) name = `${base} ${n}`;
    seen.add(name.toLocaleLowerCase("vi"));
    columns.push(name);
  }
  // A table needs a data row under its header; a range of one row gets one (empty) more.
  const lastRow = Math.max(b.row, a.row + 1);
  const ref = `${from!.replace(/\$/g, "")}:${to!.replace(/\$/g, "").replace(/\d+$/, String(lastRow + 1))}`;
  return { name: table.name, ref, headerRow: a.row, firstCol: a.col, columns };
}

/** `sheet` with its table's header row holding exactly the table's column names. */
export function withTableHeader(sheet: OutSheet, layout: TableLayout): OutSheet;
export function withTableHeader(sheet: WritableSheet, layout: TableLayout): WritableSheet;
export function withTableHeader(sheet: WritableSheet, layout: TableLayout): WritableSheet {
  const rows = headerRows(sheet).slice();
  const row = rows[layout.headerRow] ?? { cells: [] };
  const cells = row.cells.slice();
  layout.columns.forEach((name, i) => (cells[layout.firstCol + i] = name));
  rows[layout.headerRow] = { ...row, cells };
  return isStreamed(sheet) ? { ...sheet, head: rows } : { ...sheet, rows };
}

// In names, line breaks and other controls are written as Excel's _xHHHH_ (as Excel does itself).
// eslint-disable-next-line no-control-regex -- control characters are exactly what is matched
const CONTROL = /[\u0000-\u001F\uFFFE\uFFFF]/g;
const nameAttr = (s: string) =>
  xmlEscape(
    s
      .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
      .replace(CONTROL, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`),
  );

/** The table part's XML; `id` is unique among the package's tables. */
export function tableXml(layout: TableLayout, id: number, name = layout.name): string {
  const cols = layout.columns.map((c, i) => `<tableColumn id="${i + 1}" name="${nameAttr(c)}"/>`).join("");
  return (
    XML_HEAD +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${xmlEscape(name)}" displayName="${xmlEscape(name)}" ref="${layout.ref}" totalsRowShown="0">` +
    `<autoFilter ref="${layout.ref}"/>` +
    `<tableColumns count="${layout.columns.length}">${cols}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>' +
    "</table>"
  );
}

/** Ids and (folded) names of the tables in parts of the user's workbook, so ours differ. */
export function tablesIn(xmls: string[]): { maxId: number; names: Set<string> } {
  let maxId = 0;
  const names = new Set<string>();
  for (const xml of xmls) {
    const tag = /<(?:\w+:)?table\b[^>]*>/.exec(xml)?.[0] ?? "";
    const id = /\sid="(\d+)"/.exec(tag)?.[1];
    if (id) maxId = Math.max(maxId, Number(id));
    for (const m of tag.matchAll(/\s(?:name|displayName)="([^"]*)"/g)) names.add(m[1]!.toLocaleLowerCase("vi"));
  }
  return { maxId, names };
}
