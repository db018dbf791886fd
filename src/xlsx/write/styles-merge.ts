/**
 * A workbook's own styles.xml with the summary's formats added (a rebuild keeps the user's
 * styles): where its lists end, what they already hold, and the lists with ours appended.
 */
import { xmlEscape } from "../xlsx-parts";
import type { KnownStyles, StyleBases, StyleTable } from "./styles";

/** The number of children of `<tag>…</tag>` in a styles.xml, counted as written (not from its count attribute). */
function childCount(xml: string, tag: string, child: string): number {
  const m = new RegExp(`<${tag}\\b[^>]*?(/>|>([\\s\\S]*?)</${tag}>)`).exec(xml);
  if (!m || m[1] === "/>") return 0;
  return (m[2]!.match(new RegExp(`<${child}\\b`, "g")) ?? []).length;
}

/** The children of `<tag>…</tag>` as written, each with its index; none when the list is absent or empty. */
function children(xml: string, tag: string, child: string): Map<string, number> {
  const out = new Map<string, number>();
  const m = new RegExp(`<${tag}\\b[^>]*?(/>|>([\\s\\S]*?)</${tag}>)`).exec(xml);
  if (!m || m[1] === "/>") return out;
  const each = new RegExp(`<${child}\\b[^>]*?(?:/>|>[\\s\\S]*?</${child}>)`, "g");
  let index = 0;
  for (const c of m[2]!.matchAll(each)) {
    if (!out.has(c[0])) out.set(c[0], index);
    index++;
  }
  return out;
}

/** Where a workbook's own styles end, and what they already hold. */
export function basesOf(stylesXml: string): StyleBases {
  let maxFmt = 163;
  const numFmts = new Map<string, number>();
  for (const m of stylesXml.matchAll(/<numFmt\b[^>]*\bnumFmtId="(\d+)"[^>]*?\bformatCode="([^"]*)"/g)) {
    maxFmt = Math.max(maxFmt, Number(m[1]));
    if (!numFmts.has(m[2]!)) numFmts.set(m[2]!, Number(m[1]));
  }
  for (const m of stylesXml.matchAll(/<numFmt\b[^>]*\bnumFmtId="(\d+)"/g)) maxFmt = Math.max(maxFmt, Number(m[1]));
  const known: KnownStyles = {
    fonts: children(stylesXml, "fonts", "font"),
    fills: children(stylesXml, "fills", "fill"),
    borders: children(stylesXml, "borders", "border"),
    cellXfs: children(stylesXml, "cellXfs", "xf"),
    numFmts,
  };
  return {
    fonts: childCount(stylesXml, "fonts", "font"),
    fills: childCount(stylesXml, "fills", "fill"),
    borders: childCount(stylesXml, "borders", "border"),
    cellXfs: childCount(stylesXml, "cellXfs", "xf"),
    numFmtId: maxFmt + 1,
    known,
  };
}

/** Appends `items` at the end of the list `<tag>` (creating it where the schema wants it), with its count updated. */
function appendTo(xml: string, tag: string, items: string[], total: number, before: string[]): string {
  if (items.length === 0) return xml;
  const open = new RegExp(`<${tag}\\b([^>]*?)(/?)>`);
  const m = open.exec(xml);
  if (m) {
    const attrs = m[1]!.replace(/\s+count="\d*"/, "");
    if (m[2] === "/") return xml.replace(open, `<${tag}${attrs} count="${total}">${items.join("")}</${tag}>`);
    const close = xml.indexOf(`</${tag}>`, m.index);
    return (
      xml.slice(0, m.index) +
      `<${tag}${attrs} count="${total}">` +
      xml.slice(m.index + m[0].length, close) +
      items.join("") +
      xml.slice(close)
    );
  }
  const list = `<${tag} count="${total}">${items.join("")}</${tag}>`;
  for (const b of before) {
    const at = xml.search(new RegExp(`<${b}\\b`));
    if (at >= 0) return xml.slice(0, at) + list + xml.slice(at);
  }
  return xml.replace("</styleSheet>", `${list}</styleSheet>`);
}

const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles"];
const after = (tag: string) => ORDER.slice(ORDER.indexOf(tag) + 1).concat(["colors", "extLst"]);

/** A workbook's styles.xml with the table's formats appended; the workbook's own entries keep their numbers. */
export function mergedStylesXml(existing: string, t: StyleTable): string {
  const b = t.bases;
  let xml = existing;
  const fmts = t.numFmts.map((f) => `<numFmt numFmtId="${f.id}" formatCode="${xmlEscape(f.code)}"/>`);
  xml = appendTo(xml, "numFmts", fmts, childCount(xml, "numFmts", "numFmt") + fmts.length, after("numFmts"));
  xml = appendTo(xml, "fonts", t.fonts, b.fonts + t.fonts.length, after("fonts"));
  xml = appendTo(xml, "fills", t.fills, b.fills + t.fills.length, after("fills"));
  xml = appendTo(xml, "borders", t.borders, b.borders + t.borders.length, after("borders"));
  xml = appendTo(xml, "cellXfs", t.xfs, b.cellXfs + t.xfs.length, after("cellXfs"));
  return xml;
}
