/**
 * Finishing touches on the .xlsx zip that ExcelJS cannot make itself:
 *  - charts: ExcelJS has no chart writer, so each ChartSpec becomes a DrawingML chart part,
 *    a drawing that anchors it, the relationships between them and the content types;
 *  - internal hyperlinks: ExcelJS writes `location="Sheet!A1"` but also an external
 *    relationship to a "file" named like the location; the relationship is removed so Excel
 *    and LibreOffice jump to the cell.
 * Kept minimal and valid against the OOXML schema order of elements.
 */
import type JSZip from "jszip";
import type { ChartSpec, OutSheet, OutValue } from "../core/sheet-model";
import { columnLetters, parseAddress, quoteSheetName } from "../core/grid";
import { dateFromIso } from "./convert";

const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
/** Every zip entry gets this date, so the same sheets give the same bytes. */
const FIXED_DATE = dateFromIso("2000-01-01");

export function xmlEscape(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A character reference's character; one past Unicode stays as written rather than throwing. */
function codePoint(n: number, whole: string): string {
  return n <= 0x10ffff ? String.fromCodePoint(n) : whole;
}

/** XML text with its entity and character references resolved: the one unescaping of the adapters. */
export function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d{1,7});/g, (whole, d: string) => codePoint(Number(d), whole))
    .replace(/&#x([0-9a-fA-F]{1,6});/g, (whole, h: string) => codePoint(parseInt(h, 16), whole))
    .replace(/&amp;/g, "&");
}

/** Sheet name → path of its part inside the zip, from workbook.xml and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const wbXml = await zip.file("xl/workbook.xml")?.async("string");
  const relsXml = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
  if (!wbXml || !relsXml) throw new Error("xlsx-parts: workbook.xml or its relationships are missing");
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?xl\//, "").replace(/^\//, ""));
  }
  const parts = new Map<string, string>();
  for (const m of wbXml.matchAll(/<sheet\b[^>]*\/>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const rid = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const target = rid ? targets.get(rid) : undefined;
    if (name !== undefined && target) parts.set(unescapeXml(name), "xl/" + target);
  }
  return parts;
}

function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash)}/_rels/${partPath.slice(slash + 1)}.rels`;
}

const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

function nextRelId(relsXml: string): string {
  let max = 0;
  for (const m of relsXml.matchAll(/\bId="rId(\d+)"/g)) max = Math.max(max, Number(m[1]));
  return `rId${max + 1}`;
}

function addRel(relsXml: string, id: string, type: string, target: string): string {
  return relsXml.replace(
    "</Relationships>",
    `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`,
  );
}

/** Drops the bogus external relationship of every hyperlink that has a location inside the workbook. */
function fixInternalLinks(
  sheetXml: string,
  relsXml: string | undefined,
): { sheetXml: string; relsXml: string | undefined } {
  const dropped = new Set<string>();
  const fixed = sheetXml.replace(/<hyperlink\b[^>]*\/>/g, (tag) => {
    if (!/\blocation="/.test(tag)) return tag;
    const rid = /\br:id="([^"]+)"/.exec(tag)?.[1];
    if (rid) dropped.add(rid);
    return tag.replace(/\s+r:id="[^"]*"/, "");
  });
  if (dropped.size === 0 || relsXml === undefined) return { sheetXml: fixed, relsXml };
  const rels = relsXml.replace(/<Relationship\b[^>]*\/>/g, (rel) => {
    const id = /\bId="([^"]+)"/.exec(rel)?.[1];
    return id && dropped.has(id) ? "" : rel;
  });
  return { sheetXml: fixed, relsXml: rels };
}

/** Cells of a rectangular A1 range, row by row. */
function rangeCells(range: string): { row: number; col: number }[] {
  const [a, b] = range.replace(/\$/g, "").split(":");
  const from = parseAddress(a ?? "");
  const to = parseAddress(b ?? a ?? "");
  if (!from || !to) throw new Error(`xlsx-parts: bad chart range ${range}`);
  const out: { row: number; col: number }[] = [];
  for (let r = from.row; r <= to.row; r++) for (let c = from.col; c <= to.col; c++) out.push({ row: r, col: c });
  return out;
}

function absoluteRef(sheetName: string, range: string): string {
  const [a, b] = range.replace(/\$/g, "").split(":");
  const abs = (x: string) => {
    const p = parseAddress(x);
    if (!p) throw new Error(`xlsx-parts: bad chart range ${range}`);
    return `$${columnLetters(p.col)}$${p.row + 1}`;
  };
  return `${quoteSheetName(sheetName)}!${abs(a ?? "")}${b ? ":" + abs(b) : ""}`;
}

function valueText(v: OutValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return "date" in v ? v.date : v.text;
  return String(v);
}

export function chartXml(sheet: OutSheet, spec: ChartSpec): string {
  const at = (p: { row: number; col: number }) => sheet.rows[p.row]?.cells[p.col];
  const cats = rangeCells(spec.categories).map((p) => valueText(at(p)));
  const vals = rangeCells(spec.values).map((p) => {
    const v = at(p);
    return typeof v === "number" ? v : 0;
  });
  const strCache = `<c:strCache><c:ptCount val="${cats.length}"/>${cats
    .map((t, i) => `<c:pt idx="${i}"><c:v>${xmlEscape(t)}</c:v></c:pt>`)
    .join("")}</c:strCache>`;
  const numCache = `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${vals.length}"/>${vals
    .map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)
    .join("")}</c:numCache>`;
  const isPie = spec.type === "pie";
  const dPts = (spec.pointColors ?? [])
    .slice(0, vals.length)
    .map(
      (color, i) =>
        `<c:dPt><c:idx val="${i}"/>${isPie ? "" : '<c:invertIfNegative val="0"/>'}<c:bubble3D val="0"/><c:spPr><a:solidFill><a:srgbClr val="${color.replace(/^#/, "").toUpperCase()}"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></a:ln></c:spPr></c:dPt>`,
    )
    .join("");
  const dLbls = `<c:dLbls><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1100" b="1"/></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`;
  const cat = `<c:cat><c:strRef><c:f>${xmlEscape(absoluteRef(sheet.name, spec.categories))}</c:f>${strCache}</c:strRef></c:cat>`;
  const val = `<c:val><c:numRef><c:f>${xmlEscape(absoluteRef(sheet.name, spec.values))}</c:f>${numCache}</c:numRef></c:val>`;
  const seriesFill = '<c:spPr><a:solidFill><a:srgbClr val="4472C4"/></a:solidFill></c:spPr>';
  let plot: string;
  if (isPie) {
    plot = `<c:pieChart><c:varyColors val="1"/><c:ser><c:idx val="0"/><c:order val="0"/>${dPts}${dLbls}${cat}${val}</c:ser><c:firstSliceAng val="0"/></c:pieChart>`;
  } else {
    const dir = spec.type === "bar" ? "bar" : "col";
    // Horizontal bars list categories top-down in reading order.
    const catOrientation = spec.type === "bar" ? "maxMin" : "minMax";
    const txPr =
      '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1000"/></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>';
    plot =
      `<c:barChart><c:barDir val="${dir}"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
      `<c:ser><c:idx val="0"/><c:order val="0"/>${seriesFill}<c:invertIfNegative val="0"/>${dPts}${dLbls}${cat}${val}</c:ser>` +
      `<c:gapWidth val="50"/><c:axId val="50010"/><c:axId val="50020"/></c:barChart>` +
      `<c:catAx><c:axId val="50010"/><c:scaling><c:orientation val="${catOrientation}"/></c:scaling><c:delete val="0"/><c:axPos val="${dir === "bar" ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${txPr}<c:crossAx val="50020"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
      `<c:valAx><c:axId val="50020"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="${dir === "bar" ? "b" : "l"}"/><c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${txPr}<c:crossAx val="50010"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  }
  const legend = isPie ? '<c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend>' : "";
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<c:lang val="vi-VN"/><c:roundedCorners val="0"/>' +
    `<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1300" b="1"/></a:pPr><a:r><a:rPr lang="vi-VN" sz="1300" b="1"/><a:t>${xmlEscape(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>' +
    "</c:chartSpace>"
  );
}

export function drawingXml(specs: { spec: ChartSpec; relId: string }[]): string {
  const anchors = specs.map(({ spec, relId }, i) => {
    const from = parseAddress(spec.anchor.cell);
    if (!from) throw new Error(`xlsx-parts: bad chart anchor ${spec.anchor.cell}`);
    const pos = (col: number, row: number) =>
      `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
    return (
      `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${pos(from.col, from.row)}</xdr:from>` +
      `<xdr:to>${pos(from.col + spec.anchor.widthCols, from.row + spec.anchor.heightRows)}</xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${xmlEscape(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
      `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${relId}"/>` +
      "</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>"
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    anchors.join("") +
    "</xdr:wsDr>"
  );
}

/** `<drawing>` must come after page setup and before legacy drawings, table parts and extLst. */
function insertDrawingRef(sheetXml: string, relId: string): string {
  const tag = `<drawing r:id="${relId}"/>`;
  const before =
    /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/.exec(
      sheetXml,
    );
  if (before) return sheetXml.slice(0, before.index) + tag + sheetXml.slice(before.index);
  return sheetXml.replace("</worksheet>", `${tag}</worksheet>`);
}

function nextFreeIndex(zip: JSZip, prefix: string): number {
  let n = 1;
  while (zip.file(`${prefix}${n}.xml`)) n++;
  return n;
}

/**
 * Adds the charts of `sheets` and fixes internal links in the .xlsx `bytes` that ExcelJS wrote.
 * Sheets are found by name, so this works on a workbook that also holds the user's own sheets.
 */
export async function finishParts(bytes: Uint8Array, sheets: OutSheet[]): Promise<Uint8Array> {
  // Loaded when used: the lean writer imports this module for chartXml/drawingXml alone.
  const { default: JSZipLib } = await import("jszip");
  const zip = await JSZipLib.loadAsync(bytes);
  const parts = await sheetParts(zip);
  let contentTypes = await zip.file("[Content_Types].xml")?.async("string");
  if (!contentTypes) throw new Error("xlsx-parts: [Content_Types].xml is missing");

  for (const [, partPath] of parts) {
    const sheetXml = await zip.file(partPath)?.async("string");
    if (sheetXml === undefined) continue;
    const relsPath = relsPathOf(partPath);
    const relsXml = await zip.file(relsPath)?.async("string");
    const fixed = fixInternalLinks(sheetXml, relsXml);
    if (fixed.sheetXml !== sheetXml) zip.file(partPath, fixed.sheetXml);
    if (fixed.relsXml !== undefined && fixed.relsXml !== relsXml) zip.file(relsPath, fixed.relsXml);
  }

  for (const sheet of sheets) {
    if (!sheet.charts || sheet.charts.length === 0) continue;
    const partPath = parts.get(sheet.name);
    if (!partPath) throw new Error(`xlsx-parts: sheet "${sheet.name}" not found in the workbook`);
    const drawingNo = nextFreeIndex(zip, "xl/drawings/drawing");
    const drawingPath = `xl/drawings/drawing${drawingNo}.xml`;
    let drawingRels = EMPTY_RELS;
    const placed: { spec: ChartSpec; relId: string }[] = [];
    for (const spec of sheet.charts) {
      const chartNo = nextFreeIndex(zip, "xl/charts/chart");
      zip.file(`xl/charts/chart${chartNo}.xml`, chartXml(sheet, spec));
      contentTypes = contentTypes.replace(
        "</Types>",
        `<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="${CT_CHART}"/></Types>`,
      );
      const relId = nextRelId(drawingRels);
      drawingRels = addRel(drawingRels, relId, REL_CHART, `../charts/chart${chartNo}.xml`);
      placed.push({ spec, relId });
    }
    zip.file(drawingPath, drawingXml(placed));
    zip.file(relsPathOf(drawingPath), drawingRels);
    contentTypes = contentTypes.replace(
      "</Types>",
      `<Override PartName="/${drawingPath}" ContentType="${CT_DRAWING}"/></Types>`,
    );

    const sheetRelsPath = relsPathOf(partPath);
    let sheetRels = (await zip.file(sheetRelsPath)?.async("string")) ?? EMPTY_RELS;
    const sheetRelId = nextRelId(sheetRels);
    sheetRels = addRel(sheetRels, sheetRelId, REL_DRAWING, `../drawings/drawing${drawingNo}.xml`);
    zip.file(sheetRelsPath, sheetRels);
    const sheetXml = await zip.file(partPath)!.async("string");
    zip.file(partPath, insertDrawingRef(sheetXml, sheetRelId));
  }
  zip.file("[Content_Types].xml", contentTypes);

  for (const f of Object.values(zip.files)) f.date = FIXED_DATE;
  const out = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
  return out;
}
