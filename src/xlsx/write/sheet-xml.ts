/**
 * One OutSheet (core/sheet-model.ts) as worksheet XML, written directly: no workbook model in
 * between, strings inline (`t="inlineStr"`, so nothing has to wait for a shared-string table),
 * formats from the precomputed StyleTable. Elements follow the order the OOXML schema requires.
 *
 * Every string is written as text: a sheet model has no formulas, so "=HYPERLINK(…)" from a
 * submission stays the text typed. Characters XML cannot carry are written as Excel's `_xHHHH_`.
 */
import type { OutSheet, OutValue } from "../../core/sheet-model";
import { clipCellText } from "../../core/sheet-model";
import { columnLetters, parseAddress } from "../../core/grid";
import { xmlEscape } from "../xlsx-parts";
import type { CellLook, StyleTable } from "./styles";

export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL_HYPERLINK = `${NS_REL}/hyperlink`;

/** A relationship a sheet needs besides its drawing: external hyperlinks. */
export interface SheetRel {
  id: string;
  type: string;
  target: string;
  external?: boolean;
}

// XML 1.0 refuses C0 controls other than tab, LF and CR, and U+FFFE/U+FFFF; Excel writes them as _xHHHH_.
// eslint-disable-next-line no-control-regex -- the control characters are exactly what is matched
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** A literal "_x0041_" in the text would be read back as "A": its underscore is escaped as _x005F_. */
const LOOKS_ESCAPED = /_(x[0-9A-Fa-f]{4}_)/g;

/** Cell text as XML character data. */
export function cellText(text: string): string {
  return xmlEscape(
    clipCellText(text)
      .replace(LOOKS_ESCAPED, "_x005F_$1")
      .replace(NOT_XML, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`),
  );
}

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);

/** ISO date → Excel serial (1900 date system, as Excel counts from 1 March 1900 on). */
export function serialOfIso(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return (Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - EPOCH_1900) / DAY_MS;
}

function lookOf(v: OutValue): CellLook["value"] {
  if (v !== null && typeof v === "object") return "date" in v ? "date" : "link";
  return undefined;
}

function inline(text: string): string {
  return `<is><t xml:space="preserve">${cellText(text)}</t></is>`;
}

function cellXml(ref: string, s: number, v: OutValue): string {
  if (v === null) return `<c r="${ref}" s="${s}"/>`;
  if (typeof v === "string") return `<c r="${ref}" s="${s}" t="inlineStr">${inline(v)}</c>`;
  if (typeof v === "number")
    return Number.isFinite(v) ? `<c r="${ref}" s="${s}"><v>${v}</v></c>` : `<c r="${ref}" s="${s}"/>`;
  if (typeof v === "boolean") return `<c r="${ref}" s="${s}" t="b"><v>${v ? 1 : 0}</v></c>`;
  if ("date" in v) {
    const serial = serialOfIso(v.date);
    return serial === null
      ? `<c r="${ref}" s="${s}" t="inlineStr">${inline(v.date)}</c>`
      : `<c r="${ref}" s="${s}"><v>${serial}</v></c>`;
  }
  return `<c r="${ref}" s="${s}" t="inlineStr">${inline(v.text)}</c>`;
}

function paneXml(rows: number, cols: number): string {
  const pane = rows > 0 && cols > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  const topLeft = `${columnLetters(cols)}${rows + 1}`;
  const split = (cols > 0 ? ` xSplit="${cols}"` : "") + (rows > 0 ? ` ySplit="${rows}"` : "");
  return `<pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/>`;
}

/**
 * The worksheet XML of `sheet`, and the relationships its external links need. `drawingRelId`
 * is the relationship of its chart drawing, when it has charts.
 */
export function sheetXml(
  sheet: OutSheet,
  styles: StyleTable,
  drawingRelId?: string,
  firstRelNo = 1,
): { xml: string; rels: SheetRel[] } {
  const rels: SheetRel[] = [];
  const xml = [...sheetXmlChunks(sheet, styles, rels, drawingRelId, firstRelNo)].join("");
  return { xml, rels };
}

/** Rows per piece of XML handed on: the XML of a sheet of 100,000 rows is never one string. */
const ROWS_PER_CHUNK = 1000;

/**
 * The worksheet XML in pieces, so the zip writer can compress each as it comes; `rels` is
 * filled with the external links' relationships by the time the last piece is given.
 */
export function* sheetXmlChunks(
  sheet: OutSheet,
  styles: StyleTable,
  rels: SheetRel[],
  drawingRelId?: string,
  firstRelNo = 1,
): Generator<string> {
  const links: string[] = [];
  const widthOf = (row: OutSheet["rows"][number]) =>
    Math.max(row.cells.length, row.cellStyles?.length ?? 0, row.cellLayout?.length ?? 0);
  // The dimension comes before the rows: one cheap pass for it.
  let lastCol = 0;
  let lastRow = 0;
  sheet.rows.forEach((row, r) => {
    const width = widthOf(row);
    if (width === 0 && !row.height) return;
    if (width > 0) lastCol = Math.max(lastCol, width - 1);
    lastRow = r + 1;
  });
  const letters: string[] = [];
  const letter = (c: number) => (letters[c] ??= columnLetters(c));

  const head: string[] = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`,
  ];
  const fit = sheet.print?.fitToWidth ?? false;
  const tab = sheet.tabColor ? `<tabColor rgb="FF${sheet.tabColor.replace(/^#/, "").toUpperCase()}"/>` : "";
  if (tab || fit) head.push(`<sheetPr>${tab}${fit ? '<pageSetUpPr fitToPage="1"/>' : ""}</sheetPr>`);
  head.push(`<dimension ref="A1:${letter(lastCol)}${Math.max(1, lastRow)}"/>`);
  const frozen = sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.cols > 0);
  const selected = sheet.active ? ' tabSelected="1"' : "";
  head.push(
    `<sheetViews><sheetView workbookViewId="0"${selected}>${frozen ? paneXml(sheet.freeze!.rows, sheet.freeze!.cols) : ""}</sheetView></sheetViews>`,
  );
  head.push('<sheetFormatPr defaultRowHeight="15"/>');
  if (sheet.columns.length > 0)
    head.push(
      `<cols>${sheet.columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join("")}</cols>`,
    );
  head.push("<sheetData>");
  yield head.join("");

  let batch: string[] = [];
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r]!;
    const width = widthOf(row);
    if (width === 0 && !row.height) continue;
    const n = r + 1;
    const cells: string[] = [];
    for (let c = 0; c < width; c++) {
      const v = row.cells[c] ?? null;
      const layout = row.cellLayout?.[c];
      const look: CellLook = {
        style: row.cellStyles?.[c] ?? row.style ?? sheet.columns[c]?.style,
        rotate: layout?.rotate === 90,
        center: layout?.center === true,
        value: lookOf(v),
      };
      const ref = letter(c) + n;
      cells.push(cellXml(ref, styles.xf(look), v));
      if (v !== null && typeof v === "object" && "link" in v) {
        if (v.link.startsWith("#")) links.push(`<hyperlink ref="${ref}" location="${xmlEscape(v.link.slice(1))}"/>`);
        else {
          const id = `rId${firstRelNo + rels.length}`;
          rels.push({ id, type: REL_HYPERLINK, target: v.link, external: true });
          links.push(`<hyperlink ref="${ref}" r:id="${id}"/>`);
        }
      }
    }
    const height = row.height ? ` ht="${row.height}" customHeight="1"` : "";
    batch.push(`<row r="${n}"${height}>${cells.join("")}</row>`);
    if (batch.length >= ROWS_PER_CHUNK) {
      yield batch.join("");
      batch = [];
    }
  }

  const tail: string[] = [batch.join(""), "</sheetData>"];
  if (sheet.autoFilter) tail.push(`<autoFilter ref="${checkedRange(sheet.autoFilter)}"/>`);
  const merges = sheet.merges ?? [];
  if (merges.length > 0)
    tail.push(
      `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${checkedRange(m)}"/>`).join("")}</mergeCells>`,
    );
  if (links.length > 0) tail.push(`<hyperlinks>${links.join("")}</hyperlinks>`);
  tail.push('<pageMargins left="0.6" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>');
  tail.push(
    `<pageSetup paperSize="9" orientation="${sheet.print?.landscape ? "landscape" : "portrait"}" fitToWidth="1" fitToHeight="0"/>`,
  );
  if (drawingRelId) tail.push(`<drawing r:id="${drawingRelId}"/>`);
  tail.push("</worksheet>");
  yield tail.join("");
}

/** Ranges come from the builders; one that is not A1:B2 is a bug, not something to write. */
function checkedRange(range: string): string {
  const [a, b] = range.split(":");
  if (!parseAddress(a ?? "") || (b !== undefined && !parseAddress(b))) throw new Error(`sheet-xml: bad range ${range}`);
  return range;
}
