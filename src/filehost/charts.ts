/**
 * Charts in the file host. ExcelJS neither writes charts nor keeps them when it loads a file,
 * so the port remembers each sheet's ChartSpecs itself, and:
 *  - on saving, adds them to the zip with the same DrawingML writer as the CLI (finishParts),
 *    their cached figures taken from the sheet's cells as they are then;
 *  - on opening a file, reads the charts already in it back into ChartSpecs (single-series bar,
 *    column and pie charts: what the add-in writes, from this port or from Excel itself), so a
 *    workbook opened and saved again keeps its summary chart. Other charts are not kept, and
 *    `recoverCharts` says which sheets had them.
 */
import JSZip from "jszip";
import type ExcelJS from "exceljs";
import type { ChartSpec, OutSheet, OutValue } from "../core/sheet-model";
import { isDateCell, isErrorCell } from "../core/grid";
import { isoFromSerial } from "../core/dates";
import { finishParts } from "../xlsx/xlsx-parts";
import { readWorksheet } from "./sheet-cells";
import { blocks, inner, relsOf, sheetParts, tagAttr } from "./xml-scan";
import { unescapeXml } from "../xlsx/xlsx-parts";

/** Sheet name (as written) → its charts. Keys compare without case, as Excel's sheet names do. */
export type ChartStore = Map<string, { name: string; charts: ChartSpec[] }>;

export const chartKey = (name: string) => name.toLocaleLowerCase("vi");

/** The sheet's cells as the chart writer reads them (category texts, numeric values). */
function chartSource(ws: ExcelJS.Worksheet, charts: ChartSpec[]): OutSheet {
  const rows = readWorksheet(ws).rows.map((r) => ({
    cells: r.map((c): OutValue => {
      if (c === null || typeof c !== "object") return c;
      if (isDateCell(c)) return { date: isoFromSerial(c.serial) ?? String(c.serial) };
      return isErrorCell(c) ? c.code : null;
    }),
  }));
  return { name: ws.name, columns: [], rows, charts };
}

/** ExcelJS's bytes, with the stored charts added and internal links made internal. */
export async function withCharts(raw: Uint8Array, wb: ExcelJS.Workbook, store: ChartStore): Promise<Uint8Array> {
  const sources: OutSheet[] = [];
  for (const ws of wb.worksheets) {
    const entry = store.get(chartKey(ws.name));
    if (entry && entry.charts.length > 0) sources.push(chartSource(ws, entry.charts));
  }
  return finishParts(raw, sources);
}

// ---- reading charts back from a file ------------------------------------------------------

/** A range reference as the chart stores it ("'Chỉ số'!$A$5:$A$9") → the range within its sheet. */
function localRange(f: string): string | null {
  const m = /!\s*\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?\s*$/.exec(unescapeXml(f));
  if (!m) return null;
  return m[3] ? `${m[1]}${m[2]}:${m[3]}${m[4]}` : `${m[1]}${m[2]}`;
}

function parseChart(xml: string, anchor: ChartSpec["anchor"]): ChartSpec | null {
  const pie = xml.includes("<c:pieChart>") || xml.includes("<c:pieChart ");
  const barDir = xml.includes("<c:barChart") ? tagAttr(xml, "c:barDir", "val") : undefined;
  if (!pie && barDir !== "bar" && barDir !== "col") return null;
  const series = blocks(xml, "<c:ser>", "</c:ser>", 2);
  if (series.length !== 1) return null;
  const ser = series[0]!;
  const cat = inner(inner(ser, "c:cat"), "c:f");
  const val = inner(inner(ser, "c:val"), "c:f");
  const categories = cat ? localRange(cat) : null;
  const values = val ? localRange(val) : null;
  if (!categories || !values) return null;
  const titleXml = inner(xml, "c:title") ?? "";
  const title = unescapeXml(
    blocks(titleXml, "<a:t>", "</a:t>")
      .map((b) => b.slice(5, -6))
      .join(""),
  );
  const pointColors: string[] = [];
  for (const dPt of blocks(ser, "<c:dPt>", "</c:dPt>")) {
    const idx = Number(tagAttr(dPt, "c:idx", "val"));
    const color = tagAttr(dPt, "a:srgbClr", "val");
    if (Number.isInteger(idx) && idx >= 0 && idx < 10_000 && color && /^[0-9A-Fa-f]{6}$/.test(color))
      pointColors[idx] = color.toUpperCase();
  }
  const spec: ChartSpec = {
    type: pie ? "pie" : barDir === "bar" ? "bar" : "column",
    title,
    categories,
    values,
    anchor,
  };
  // colours only when every point has one, as the writer gives them
  if (pointColors.length > 0 && [...pointColors].every((c) => c !== undefined)) spec.pointColors = pointColors;
  return spec;
}

function anchorOf(anchorXml: string): ChartSpec["anchor"] | null {
  const pos = (tag: "xdr:from" | "xdr:to") => {
    const block = inner(anchorXml, tag);
    const col = Number(inner(block, "xdr:col"));
    const row = Number(inner(block, "xdr:row"));
    return Number.isInteger(col) && Number.isInteger(row) && col >= 0 && row >= 0 ? { col, row } : null;
  };
  const from = pos("xdr:from");
  const to = pos("xdr:to");
  if (!from || !to || from.col > 16_383 || from.row > 1_048_575) return null;
  let letters = "";
  for (let n = from.col + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return {
    cell: `${letters}${from.row + 1}`,
    widthCols: Math.max(1, to.col - from.col),
    heightRows: Math.max(1, to.row - from.row),
  };
}

const REL_DRAWING = "/relationships/drawing";

/**
 * The charts of an .xlsx, sheet by sheet, as ChartSpecs; `lost` names the sheets with charts
 * this reader cannot carry over (saving the workbook from the browser would drop them). The
 * sheets' own XML is not read: their relationships say which has a drawing.
 */
export async function recoverCharts(bytes: Uint8Array): Promise<{ store: ChartStore; lost: string[] }> {
  const store: ChartStore = new Map();
  const lost: string[] = [];
  const zip = await JSZip.loadAsync(bytes);
  for (const [name, part] of await sheetParts(zip)) {
    const drawings = [...(await relsOf(zip, part)).values()].filter((r) => r.type.endsWith(REL_DRAWING));
    const charts: ChartSpec[] = [];
    let dropped = false;
    for (const { target: drawingPath } of drawings) {
      const drawingXml = (await zip.file(drawingPath)?.async("string")) ?? "";
      const drawingRels = await relsOf(zip, drawingPath);
      const anchors = blocks(drawingXml, "<xdr:twoCellAnchor", "</xdr:twoCellAnchor>");
      // a chart in another kind of anchor (one-cell, absolute) is not carried over
      if (blocks(drawingXml, "<c:chart ", ">").length > anchors.filter((a) => a.includes("<c:chart ")).length)
        dropped = true;
      for (const a of anchors) {
        const chartId = tagAttr(a, "c:chart", "r:id");
        if (!chartId) continue; // a picture or a shape: ExcelJS keeps pictures itself
        const chartPath = drawingRels.get(chartId)?.target;
        const anchor = anchorOf(a);
        const chartXml = chartPath ? await zip.file(chartPath)?.async("string") : undefined;
        const spec = chartXml && anchor ? parseChart(chartXml, anchor) : null;
        if (spec) charts.push(spec);
        else dropped = true;
      }
    }
    if (charts.length > 0) store.set(chartKey(name), { name, charts });
    if (dropped) lost.push(name);
  }
  return { store, lost };
}
