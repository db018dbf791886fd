/**
 * The package conventions (Open Packaging) the writer needs: part paths, relationships,
 * content types, workbook sheet entries. Plain string work over the package's small XML parts;
 * sheet data is never parsed here.
 */
import { unescapeXml, xmlEscape } from "../xlsx-parts";

export const REL_TYPES = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
  calcChain: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain",
  coreProps: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
  extendedProps: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
} as const;

export const CONTENT_TYPES = {
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  core: "application/vnd.openxmlformats-package.core-properties+xml",
  app: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
} as const;

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** The value of attribute `name` in one start tag (any namespace prefix for r:id). */
export function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescapeXml(m[2] ?? m[3] ?? "") : undefined;
}

/** The relationships part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship's target as a part path inside the package. */
export function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const base = fromPart
    .slice(0, fromPart.lastIndexOf("/") + 1)
    .split("/")
    .filter(Boolean);
  for (const seg of target.split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== "." && seg !== "") base.push(seg);
  }
  return base.join("/");
}

export function parseRels(xml: string | undefined): Rel[] {
  if (!xml) return [];
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => ({
    id: attr(m[0], "Id") ?? "",
    type: attr(m[0], "Type") ?? "",
    target: attr(m[0], "Target") ?? "",
    external: attr(m[0], "TargetMode") === "External",
  }));
}

export function relsXml(rels: Rel[]): string {
  return RELS_HEAD + rels.map(relXml).join("") + RELS_TAIL;
}

export const RELS_HEAD =
  XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">';
export const RELS_TAIL = "</Relationships>";

/** One relationship's element. */
export function relXml(r: Rel): string {
  return `<Relationship Id="${xmlEscape(r.id)}" Type="${r.type}" Target="${xmlEscape(r.target)}"${r.external ? ' TargetMode="External"' : ""}/>`;
}

/** The next free "rIdN" among `rels`. */
export function nextRelNo(rels: Rel[]): number {
  let max = 0;
  for (const r of rels) {
    const m = /^rId(\d+)$/.exec(r.id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max + 1;
}

export interface SheetEntry {
  /** the `<sheet …/>` element as written */
  tag: string;
  name: string;
  sheetId: number;
  relId: string;
  state: string;
}

export function parseSheets(workbookXml: string): SheetEntry[] {
  return [...workbookXml.matchAll(/<sheet\b[^>]*?\/>/g)].map((m) => ({
    tag: m[0],
    name: attr(m[0], "name") ?? "",
    sheetId: Number(attr(m[0], "sheetId") ?? 0),
    relId: attr(m[0], "r:id") ?? attr(m[0], "[A-Za-z0-9]+:id") ?? "",
    state: attr(m[0], "state") ?? "visible",
  }));
}

export function sheetTag(name: string, sheetId: number, relId: string, state = "visible"): string {
  return `<sheet name="${xmlEscape(name)}" sheetId="${sheetId}"${state === "visible" ? "" : ` state="${state}"`} r:id="${relId}"/>`;
}

/** [Content_Types].xml with the overrides of `removed` parts dropped and `added` ones listed. */
export function updateContentTypes(xml: string, removed: Set<string>, added: { part: string; type: string }[]): string {
  let out = xml.replace(/<Override\b[^>]*>/g, (tag) => {
    const part = (attr(tag, "PartName") ?? "").replace(/^\//, "");
    return removed.has(part) ? "" : tag;
  });
  const defaults = [
    ["rels", "application/vnd.openxmlformats-package.relationships+xml"],
    ["xml", "application/xml"],
  ].filter(([ext]) => !new RegExp(`<Default\\b[^>]*Extension="${ext}"`, "i").test(out));
  const adds =
    defaults.map(([ext, type]) => `<Default Extension="${ext}" ContentType="${type}"/>`).join("") +
    added.map((a) => `<Override PartName="/${xmlEscape(a.part)}" ContentType="${a.type}"/>`).join("");
  out = out.replace("</Types>", `${adds}</Types>`);
  return out;
}

export function freshContentTypes(added: { part: string; type: string }[]): string {
  return updateContentTypes(
    XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>',
    new Set(),
    added,
  );
}
