/**
 * One OutSheet (core/sheet-model.ts) as worksheet XML, written directly: no workbook model in
 * between, strings inline (`t="inlineStr"`, so nothing has to wait for a shared-string table),
 * formats from the precomputed StyleTable. Elements follow the order the OOXML schema requires.
 *
 * Every string is written as text: a sheet model has no formulas, so "=HYPERLINK(…)" from a
 * submission stays the text typed. Characters XML cannot carry are written as Excel's `_xHHHH_`.
 */
import type { ListValidation, OutRow, OutValue, WritableSheet } from "../../core/sheet-model";
import { isStreamed } from "../../core/sheet-model";
import { columnLetters, parseAddress } from "../../core/grid";
import { xmlEscape } from "../xlsx-parts";
import { cellText } from "./cell-text";
import type { CellLook, StyleTable } from "./styles";
import { Utf8Buffer } from "./utf8-buffer";
import { joinBytes } from "./zip-writer";

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

/** Where a sheet's external links' relationships go as they are met: a list, or their XML (link-rels.ts). */
export interface SheetLinks {
  readonly length: number;
  push(rel: SheetRel): unknown;
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
 * is the relationship of its chart drawing, when it has charts; `tableRelId` that of its table
 * (an Excel table over the range `sheet.table` names), when it has one.
 */
export function sheetXml(
  sheet: WritableSheet,
  styles: StyleTable,
  drawingRelId?: string,
  firstRelNo = 1,
  tableRelId?: string,
): { xml: string; rels: SheetRel[] } {
  const rels: SheetRel[] = [];
  const xml = new TextDecoder().decode(
    joinBytes(keptPieces(sheetXmlChunks(sheet, styles, rels, drawingRelId, firstRelNo, tableRelId))),
  );
  return { xml, rels };
}

/** The worksheet XML of a sheet without charts, table or external links, as UTF-8 in one piece (a copy sheet). */
export function sheetXmlBytes(sheet: WritableSheet, styles: StyleTable): Uint8Array {
  const rels: SheetRel[] = [];
  const bytes = joinBytes(keptPieces(sheetXmlChunks(sheet, styles, rels)));
  if (rels.length > 0) throw new Error(`sheet-xml: sheet "${sheet.name}" has external links: use sheetXml`);
  return bytes;
}

/** Every piece, each copied as it comes (a piece is reused by its maker two pieces later). */
function keptPieces(pieces: Iterable<Uint8Array>): Uint8Array[] {
  const kept: Uint8Array[] = [];
  for (const piece of pieces) kept.push(piece.slice());
  return kept;
}

/** Rows per piece of XML handed on: the XML of a sheet of 100,000 rows is never one string. */
const ROWS_PER_CHUNK = 1000;

/**
 * The worksheet XML in pieces of UTF-8, so the zip writer can compress each as it comes; `rels`
 * is filled with the external links' relationships by the time the last piece is given. Each
 * row's text is encoded as soon as it is made (utf8-buffer.ts says why). A piece is valid until
 * the piece after next is asked for: hold at most one while asking for the next, or copy it.
 */
export function* sheetXmlChunks(
  sheet: WritableSheet,
  styles: StyleTable,
  rels: SheetLinks,
  drawingRelId?: string,
  firstRelNo = 1,
  tableRelId?: string,
): Generator<Uint8Array> {
  const out = new Utf8Buffer();
  const links = new Utf8Buffer(0);
  const widthOf = (row: OutRow) => Math.max(row.cells.length, row.cellStyles?.length ?? 0, row.cellLayout?.length ?? 0);
  // The dimension comes before the rows: a streamed sheet states it (and is held to it below),
  // a whole one is measured in one cheap pass.
  let lastCol = 0;
  let lastRow = 0;
  if (isStreamed(sheet)) {
    lastCol = Math.max(0, sheet.extent.cols - 1);
    lastRow = sheet.extent.rows;
  } else
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
  out.add(head.join(""));
  yield out.take();

  let batchRows = 0;
  let r = -1;
  let seenCol = 0;
  let seenRow = 0;
  for (const run of rowsOf(sheet))
    for (const row of run) {
      r++;
      const width = widthOf(row);
      if (width === 0 && !row.height) continue;
      if (width > 0) seenCol = Math.max(seenCol, width - 1);
      seenRow = r + 1;
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
          if (v.link.startsWith("#")) links.add(`<hyperlink ref="${ref}" location="${xmlEscape(v.link.slice(1))}"/>`);
          else {
            const id = `rId${firstRelNo + rels.length}`;
            rels.push({ id, type: REL_HYPERLINK, target: v.link, external: true });
            links.add(`<hyperlink ref="${ref}" r:id="${id}"/>`);
          }
        }
      }
      const height = row.height ? ` ht="${row.height}" customHeight="1"` : "";
      out.add(`<row r="${n}"${height}>${cells.join("")}</row>`);
      if (++batchRows >= ROWS_PER_CHUNK) {
        yield out.take();
        batchRows = 0;
      }
    }

  // The extent was written before the rows: a body that does not match it is a bug of its builder.
  if (seenRow !== lastRow || seenCol !== lastCol)
    throw new Error(
      `sheet-xml: sheet "${sheet.name}" has ${seenRow} rows and ${seenCol + 1} columns, not the ${lastRow} and ${lastCol + 1} announced`,
    );
  out.add("</sheetData>");
  // A table filters its own range; a sheet filter over it too would make Excel repair the file.
  if (sheet.autoFilter && !(sheet.table && overlaps(sheet.autoFilter, sheet.table.range)))
    out.add(`<autoFilter ref="${checkedRange(sheet.autoFilter)}"/>`);
  const merges = sheet.merges ?? [];
  if (merges.length > 0)
    out.add(
      `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${checkedRange(m)}"/>`).join("")}</mergeCells>`,
    );
  const validations = sheet.validations ?? [];
  if (validations.length > 0)
    out.add(
      `<dataValidations count="${validations.length}">${validations.map(validationXml).join("")}</dataValidations>`,
    );
  if (links.length > 0) {
    out.add("<hyperlinks>");
    out.addBytes(links.take());
    out.add("</hyperlinks>");
  }
  out.add('<pageMargins left="0.6" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>');
  out.add(
    `<pageSetup paperSize="9" orientation="${sheet.print?.landscape ? "landscape" : "portrait"}" fitToWidth="1" fitToHeight="0"/>`,
  );
  if (drawingRelId) out.add(`<drawing r:id="${drawingRelId}"/>`);
  if (tableRelId) out.add(`<tableParts count="1"><tablePart r:id="${tableRelId}"/></tableParts>`);
  out.add("</worksheet>");
  yield out.take();
}

/** The rows of a sheet in order, in runs: a streamed sheet's body is made as it is taken. */
function rowsOf(sheet: WritableSheet): Iterable<OutRow>[] {
  return isStreamed(sheet) ? [sheet.head, sheet.body] : [sheet.rows];
}

/** Ranges come from the builders; one that is not A1:B2 is a bug, not something to write. */
function checkedRange(range: string): string {
  const [a, b] = range.split(":");
  if (!parseAddress(a ?? "") || (b !== undefined && !parseAddress(b))) throw new Error(`sheet-xml: bad range ${range}`);
  return range;
}

/**
 * A dropdown list. A strict one refuses other text; a loose one (a cell may hold several names)
 * shows the list but lets anything through, so Excel shows no error for it.
 */
function validationXml(v: ListValidation): string {
  const sqref = v.range
    .split(/\s+/)
    .filter(Boolean)
    .map((r) => checkedRange(r.replace(/\$/g, "")))
    .join(" ");
  const strict = v.strict
    ? ' showErrorMessage="1" errorStyle="stop"'
    : ' showErrorMessage="0" errorStyle="information"';
  return (
    `<dataValidation type="list" allowBlank="1" showInputMessage="1"${strict} sqref="${sqref}">` +
    `<formula1>${xmlEscape(v.list.replace(/^=/, ""))}</formula1></dataValidation>`
  );
}

function bounds(range: string): [number, number, number, number] | null {
  const [a, b = a] = range.replace(/\$/g, "").split(":");
  const p = parseAddress(a ?? "");
  const q = parseAddress(b ?? "");
  return p && q ? [p.row, p.col, q.row, q.col] : null;
}

function overlaps(x: string, y: string): boolean {
  const a = bounds(x);
  const b = bounds(y);
  return a !== null && b !== null && a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}
