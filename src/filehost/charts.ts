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

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Relationship id → target path, resolved against the folder of the part that owns them. */
async function relsOf(zip: JSZip, partPath: string): Promise<Map<string, string>> {
  const slash = partPath.lastIndexOf("/");
  const dir = partPath.slice(0, slash);
  const xml = await zip.file(`${dir}/_rels/${partPath.slice(slash + 1)}.rels`)?.async("string");
  const out = new Map<string, string>();
  for (const m of (xml ?? "").matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    if (!id || !target || attr(m[0], "TargetMode") === "External") continue;
    out.set(id, target.startsWith("/") ? target.slice(1) : resolvePath(dir, target));
  }
  return out;
}

function resolvePath(dir: string, target: string): string {
  const parts = dir.split("/").filter(Boolean);
  for (const p of target.split("/")) {
    if (p === "..") parts.pop();
    else if (p !== "." && p !== "") parts.push(p);
  }
  return parts.join("/");
}

/** A range reference as the chart stores it ("'Chỉ số'!$A$5:$A$9") → the range within its sheet. */
function localRange(f: string): string | null {
  const m = /!\s*\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?\s*$/.exec(unescapeXml(f));
  if (!m) return null;
  return m[3] ? `${m[1]}${m[2]}:${m[3]}${m[4]}` : `${m[1]}${m[2]}`;
}

function parseChart(xml: string, anchor: ChartSpec["anchor"]): ChartSpec | null {
  const pie = /<c:pieChart\b/.test(xml);
  const barDir = /<c:barChart\b[\s\S]*?<c:barDir val="(bar|col)"/.exec(xml)?.[1];
  if (!pie && !barDir) return null;
  const series = [...xml.matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)];
  if (series.length !== 1) return null;
  const ser = series[0]![0];
  const cat = /<c:cat>[\s\S]*?<c:f>([^<]+)<\/c:f>/.exec(ser)?.[1];
  const val = /<c:val>[\s\S]*?<c:f>([^<]+)<\/c:f>/.exec(ser)?.[1];
  const categories = cat ? localRange(cat) : null;
  const values = val ? localRange(val) : null;
  if (!categories || !values) return null;
  const titleXml = /<c:title>[\s\S]*?<\/c:title>/.exec(xml)?.[0] ?? "";
  const title = unescapeXml([...titleXml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(""));
  const pointColors: string[] = [];
  for (const m of ser.matchAll(/<c:dPt>[\s\S]*?<c:idx val="(\d+)"\/>[\s\S]*?<a:srgbClr val="([0-9A-Fa-f]{6})"/g))
    pointColors[Number(m[1])] = m[2]!.toUpperCase();
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
  const pos = (tag: "from" | "to") => {
    const m = new RegExp(`<xdr:${tag}>[\\s\\S]*?<xdr:col>(\\d+)</xdr:col>[\\s\\S]*?<xdr:row>(\\d+)</xdr:row>`).exec(
      anchorXml,
    );
    return m ? { col: Number(m[1]), row: Number(m[2]) } : null;
  };
  const from = pos("from");
  const to = pos("to");
  if (!from || !to) return null;
  let letters = "";
  for (let n = from.col + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return {
    cell: `${letters}${from.row + 1}`,
    widthCols: Math.max(1, to.col - from.col),
    heightRows: Math.max(1, to.row - from.row),
  };
}

/**
 * The charts of an .xlsx, sheet by sheet, as ChartSpecs; `lost` names the sheets with charts
 * this reader cannot carry over (saving the workbook from the browser would drop them).
 */
export async function recoverCharts(bytes: Uint8Array): Promise<{ store: ChartStore; lost: string[] }> {
  const store: ChartStore = new Map();
  const lost: string[] = [];
  const zip = await JSZip.loadAsync(bytes);
  const wbXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const wbRels = await relsOf(zip, "xl/workbook.xml");
  for (const m of wbXml.matchAll(/<sheet\b[^>]*\/>/g)) {
    const name = unescapeXml(attr(m[0], "name") ?? "");
    const part = wbRels.get(attr(m[0], "r:id") ?? "");
    if (!name || !part) continue;
    const sheetXml = (await zip.file(part)?.async("string")) ?? "";
    const drawingId = /<drawing\b[^>]*r:id="([^"]+)"/.exec(sheetXml)?.[1];
    const drawingPath = drawingId ? (await relsOf(zip, part)).get(drawingId) : undefined;
    if (!drawingPath) continue;
    const drawingXml = (await zip.file(drawingPath)?.async("string")) ?? "";
    const drawingRels = await relsOf(zip, drawingPath);
    const charts: ChartSpec[] = [];
    let dropped = false;
    for (const a of drawingXml.matchAll(/<xdr:(twoCellAnchor|oneCellAnchor)\b[\s\S]*?<\/xdr:\1>/g)) {
      const chartId = /<c:chart\b[^>]*r:id="([^"]+)"/.exec(a[0])?.[1];
      if (!chartId) continue; // a picture or a shape: ExcelJS keeps pictures itself
      const chartPath = drawingRels.get(chartId);
      const anchor = anchorOf(a[0]);
      const chartXml = chartPath ? await zip.file(chartPath)?.async("string") : undefined;
      const spec = chartXml && anchor ? parseChart(chartXml, anchor) : null;
      if (spec) charts.push(spec);
      else dropped = true;
    }
    if (charts.length > 0) store.set(chartKey(name), { name, charts });
    if (dropped) lost.push(name);
  }
  return { store, lost };
}
