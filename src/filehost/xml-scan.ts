/**
 * Small, linear scans of the XML parts of an .xlsx (charts and links ExcelJS does not keep).
 * indexOf only, no lazy regular expressions over whole parts: a damaged or hostile file costs
 * one pass, not one pass per unclosed tag.
 */
import type JSZip from "jszip";

import { attr } from "../xlsx/write/opc";
import { unescapeXml } from "../xlsx/xlsx-parts";

/** Relationship id → target path and type, resolved against the folder of the part that owns them. */
export async function relsOf(zip: JSZip, partPath: string): Promise<Map<string, { target: string; type: string }>> {
  const slash = partPath.lastIndexOf("/");
  const dir = partPath.slice(0, slash);
  const xml = await zip.file(`${dir}/_rels/${partPath.slice(slash + 1)}.rels`)?.async("string");
  const out = new Map<string, { target: string; type: string }>();
  for (const m of (xml ?? "").matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    if (!id || !target || attr(m[0], "TargetMode") === "External") continue;
    const path = target.startsWith("/") ? target.slice(1) : resolvePath(dir, target);
    out.set(id, { target: path, type: attr(m[0], "Type") ?? "" });
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

/**
 * The pieces of `xml` from each `open` to the next `close`, left to right, at most `max`. One
 * pass of indexOf: linear in the text, whatever a damaged or hostile file holds (a lazy regular
 * expression would rescan to the end for every unclosed opening).
 */
export function blocks(xml: string, open: string, close: string, max = 10_000): string[] {
  const out: string[] = [];
  let pos = 0;
  while (out.length < max) {
    const start = xml.indexOf(open, pos);
    if (start < 0) break;
    const end = xml.indexOf(close, start + open.length);
    if (end < 0) break;
    out.push(xml.slice(start, end + close.length));
    pos = end + close.length;
  }
  return out;
}

/** The text inside the first `<tag>…</tag>` or `<tag …>…</tag>` of `xml` (not `<tagOther>`). */
export function inner(xml: string | undefined, tag: string): string | undefined {
  if (xml === undefined) return undefined;
  const found = [xml.indexOf(`<${tag}>`), xml.indexOf(`<${tag} `)].filter((i) => i >= 0);
  if (found.length === 0) return undefined;
  const start = Math.min(...found);
  const gt = xml.indexOf(">", start);
  const end = xml.indexOf(`</${tag}>`, gt);
  return gt < 0 || end < 0 ? undefined : xml.slice(gt + 1, end);
}

/** An attribute of the first `<tag …/>` (or opening tag) of `xml`. */
export function tagAttr(xml: string, tag: string, name: string): string | undefined {
  const at = xml.indexOf(`<${tag} `);
  if (at < 0) return undefined;
  const end = xml.indexOf(">", at);
  return end < 0 ? undefined : attr(xml.slice(at, end + 1), name);
}

/** Sheet name → path of its part, from workbook.xml and its relationships. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const wbXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const wbRels = await relsOf(zip, "xl/workbook.xml");
  const out = new Map<string, string>();
  for (const m of wbXml.matchAll(/<sheet\b[^>]*\/>/g)) {
    const name = unescapeXml(attr(m[0], "name") ?? "");
    const part = wbRels.get(attr(m[0], "r:id") ?? "")?.target;
    if (name && part) out.set(name, part);
  }
  return out;
}
