/**
 * Rebuilding the summary inside the user's own workbook, touching only what the product made.
 * The sheets named in the very hidden registry sheet, their relationships and whatever only
 * they used (their drawings and charts) are left out; every other part — the user's sheets,
 * charts, pivot tables and caches, images, shared strings, defined names, theme — is copied as
 * it was, byte for byte. Only the parts that list sheets change: workbook.xml (sheet list,
 * defined names re-pointed at the sheets' new positions, the tab it opens on), its relationships,
 * [Content_Types].xml, and styles.xml, where our formats are appended after the user's own
 * (none renumbered). A user sheet marked as the selected tab loses that mark, or Excel would open
 * with two sheets grouped. calcChain.xml, a cache Excel rebuilds, is dropped because it may name
 * cells of the sheets replaced.
 */
import { UserError } from "../../core/errors";
import type { StyleBases } from "./styles";
import { basesOf } from "./styles-merge";
import type { ZipWriter } from "./zip-writer";
import {
  CONTENT_TYPES,
  REL_TYPES,
  attr,
  nextRelNo,
  parseRels,
  parseSheets,
  relsPathOf,
  relsXml,
  resolveTarget,
  sheetTag,
  updateContentTypes,
  type Rel,
} from "./opc";
import { unescapeXml } from "../xlsx-parts";

export const REGISTRY_SHEET = "_kehoach_generated";

export interface ExistingPackage {
  /** every part's name */
  names: Set<string>;
  /** the small parts that list others (relationships, content types, workbook, styles), as text */
  texts: Map<string, string>;
  /** a part's bytes, inflated when asked: the old generated sheets are never inflated at all */
  bytes(name: string): Promise<Uint8Array>;
  /** folded names of the sheets the product generated last time (from the registry sheet) */
  generated: Set<string>;
  styleBases: StyleBases;
}

const decoder = new TextDecoder();
const text = (p: ExistingPackage, name: string): string | undefined => p.texts.get(name);

/** Opens an .xlsx package. Throws when it is not one (the caller says so in both languages). */
export async function openExisting(bytes: Uint8Array): Promise<ExistingPackage> {
  // Loaded only when there is a workbook to rebuild: a first summary never pays for JSZip.
  const { default: JSZip } = await import("jszip");
  const zip = await JSZip.loadAsync(bytes);
  const names = new Set(
    Object.values(zip.files)
      .filter((f) => !f.dir)
      .map((f) => f.name),
  );
  const texts = new Map<string, string>();
  const load = async (name: string) => {
    const f = zip.file(name);
    if (f && !texts.has(name)) texts.set(name, await f.async("string"));
  };
  for (const name of names) if (name.endsWith(".rels") || name === "[Content_Types].xml") await load(name);
  const pkg: ExistingPackage = {
    names,
    texts,
    bytes: async (name) => {
      const f = zip.file(name);
      if (!f) throw new Error(`part ${name} is missing`);
      return f.async("uint8array");
    },
    generated: new Set(),
    styleBases: { fonts: 1, fills: 2, borders: 1, cellXfs: 1, numFmtId: 164 },
  };
  const wbPath = workbookPath(pkg);
  await load(wbPath);
  if (!texts.has(wbPath) || !texts.has("[Content_Types].xml")) throw new Error("the package has no workbook part");
  const styles = stylesPath(pkg, wbPath);
  if (styles) await load(styles);
  const stylesXml = styles ? text(pkg, styles) : undefined;
  if (stylesXml) pkg.styleBases = basesOf(stylesXml);
  const registry = sheetEntries(pkg, wbPath).find((e) => e.name === REGISTRY_SHEET);
  if (registry?.part) {
    await load(registry.part);
    await load("xl/sharedStrings.xml");
    pkg.generated = registryNames(pkg, registry.part);
    texts.delete(registry.part);
  }
  return pkg;
}

function sheetEntries(p: ExistingPackage, wbPath: string) {
  const relById = new Map(parseRels(text(p, relsPathOf(wbPath))).map((r) => [r.id, r]));
  return parseSheets(text(p, wbPath) ?? "").map((e) => {
    const rel = relById.get(e.relId);
    return { ...e, part: rel && !rel.external ? resolveTarget(wbPath, rel.target) : null };
  });
}

function workbookPath(p: ExistingPackage): string {
  const rel = parseRels(text(p, "_rels/.rels")).find((r) => r.type === REL_TYPES.officeDocument);
  return rel ? resolveTarget("", rel.target) : "xl/workbook.xml";
}

function stylesPath(p: ExistingPackage, wbPath: string): string | null {
  const rel = parseRels(text(p, relsPathOf(wbPath))).find((r) => r.type === REL_TYPES.styles);
  return rel ? resolveTarget(wbPath, rel.target) : null;
}

/** Column A of the registry sheet: inline strings, shared strings or plain values. */
function registryNames(p: ExistingPackage, sheetPart: string): Set<string> {
  const xml = text(p, sheetPart) ?? "";
  let shared: string[] | null = null;
  const sharedStrings = () =>
    (shared ??= [...(text(p, "xl/sharedStrings.xml") ?? "").matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
      [...m[1]!.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((t) => unescapeXml(t[1]!)).join(""),
    ));
  const names = new Set<string>();
  for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    if (!/\sr="A\d+"/.test(m[1]!)) continue;
    const body = m[2] ?? "";
    const type = attr(m[1]!, "t");
    const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    const value =
      type === "s"
        ? sharedStrings()[Number(v)]
        : type === "inlineStr"
          ? [...body.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((t) => unescapeXml(t[1]!)).join("")
          : v !== undefined
            ? unescapeXml(v)
            : undefined;
    if (value) names.add(fold(value));
  }
  return names;
}

const fold = (s: string) => s.toLocaleLowerCase("vi");

export interface FinishInfo {
  /** the sheets written, in workbook order: generated, then the registry */
  written: { name: string; part: string; state: string }[];
  generatedCount: number;
  activeTab: number;
  ourDefinedNames: string;
  added: { part: string; type: string }[];
  stylesXml(existing: string | null): string;
}

export interface RebuildPlan {
  /** every part name that stays, so new parts get other names */
  keptParts: string[];
  finish(zip: ZipWriter, info: FinishInfo): Promise<void>;
}

/** `sheets` need only their names: the writer plans before it builds any sheet (see package.ts). */
export function planRebuild(p: ExistingPackage, sheets: readonly { name: string }[]): RebuildPlan {
  const wbPath = workbookPath(p);
  const wbRelsPath = relsPathOf(wbPath);
  const wbXml = text(p, wbPath) ?? "";
  const wbRels = parseRels(text(p, wbRelsPath));
  const entries = sheetEntries(p, wbPath);
  const generated = p.generated;
  const isOurs = (e: (typeof entries)[number]) => e.name === REGISTRY_SHEET || generated.has(fold(e.name));
  const kept = entries.filter((e) => !isOurs(e));
  const ours = entries.filter(isOurs);
  const newNames = new Set(sheets.map((s) => fold(s.name)));
  for (const e of kept)
    if (newNames.has(fold(e.name))) throw new UserError("summary.merge.userSheetClash", { sheet: e.name });

  // What goes: our sheets, and every part reachable from them that nothing kept refers to.
  const referrers = new Map<string, Set<string>>();
  for (const name of p.names) {
    const m = /^(.*)_rels\/([^/]+)\.rels$/.exec(name);
    if (!m) continue;
    const source = `${m[1]}${m[2]}`;
    for (const r of parseRels(text(p, name))) {
      if (r.external) continue;
      const target = resolveTarget(source, r.target);
      if (!referrers.has(target)) referrers.set(target, new Set());
      referrers.get(target)!.add(name);
    }
  }
  const removed = new Set<string>();
  const calcChain = wbRels.find((r) => r.type === REL_TYPES.calcChain);
  const queue = ours.map((e) => e.part).filter((x): x is string => x !== null);
  if (calcChain) queue.push(resolveTarget(wbPath, calcChain.target));
  const removedRels = new Set<string>([wbRelsPath]); // the workbook's relationships are rewritten
  while (queue.length > 0) {
    const part = queue.pop()!;
    if (removed.has(part)) continue;
    removed.add(part);
    const rels = relsPathOf(part);
    if (!p.names.has(rels)) continue;
    removed.add(rels);
    removedRels.add(rels);
    for (const r of parseRels(text(p, rels))) {
      if (r.external) continue;
      const target = resolveTarget(part, r.target);
      const others = [...(referrers.get(target) ?? [])].filter((x) => !removedRels.has(x));
      if (others.length === 0) queue.push(target);
    }
  }
  const styles = stylesPath(p, wbPath);
  const rewritten = new Set(["[Content_Types].xml", wbPath, wbRelsPath, ...(styles ? [styles] : [])]);
  const keptParts = [...p.names].filter((n) => !removed.has(n));
  const keptSheetParts = new Set(kept.map((e) => e.part));

  return {
    keptParts,
    async finish(zip, info) {
      for (const name of keptParts) {
        if (rewritten.has(name)) continue;
        let bytes = await p.bytes(name);
        if (keptSheetParts.has(name)) {
          const xml = decoder.decode(bytes);
          if (/<sheetView\b[^>]*\stabSelected="(1|true)"/.test(xml))
            bytes = new TextEncoder().encode(xml.replace(/(<sheetView\b[^>]*?)\s+tabSelected="(?:1|true)"/g, "$1"));
        }
        await zip.add(name, bytes);
      }
      const stylesPart = styles ?? "xl/styles.xml";
      await zip.add(stylesPart, info.stylesXml(styles ? (text(p, styles) ?? null) : null));

      const keptRels = wbRels.filter((r) => r.external || !removed.has(resolveTarget(wbPath, r.target)));
      let relNo = nextRelNo(wbRels);
      let sheetId = entries.reduce((m, e) => Math.max(m, e.sheetId), 0) + 1;
      const tagOf = (w: FinishInfo["written"][number]) => {
        const id = `rId${relNo++}`;
        keptRels.push({ id, type: REL_TYPES.worksheet, target: relativeTo(wbPath, w.part), external: false });
        return sheetTag(w.name, sheetId++, id, w.state);
      };
      const head = info.written.slice(0, info.generatedCount).map(tagOf);
      const tail = info.written.slice(info.generatedCount).map(tagOf);
      if (!styles)
        keptRels.push({
          id: `rId${relNo++}`,
          type: REL_TYPES.styles,
          target: relativeTo(wbPath, stylesPart),
          external: false,
        });
      const sheetsXml = `<sheets>${[...head, ...kept.map((e) => e.tag), ...tail].join("")}</sheets>`;
      // Defined names of a kept sheet follow it to its new position; those of our old sheets go.
      const position = new Map<number, number>();
      entries.forEach((e, i) => {
        if (!isOurs(e)) position.set(i, info.generatedCount + position.size);
      });
      const names = [...wbXml.matchAll(/<definedName\b[^>]*?(?:\/>|>[\s\S]*?<\/definedName>)/g)]
        .map((m) => {
          const local = attr(m[0], "localSheetId");
          if (local === undefined) return m[0];
          const to = position.get(Number(local));
          return to === undefined ? "" : m[0].replace(/localSheetId="\d+"/, `localSheetId="${to}"`);
        })
        .join("");
      const allNames = info.ourDefinedNames + names;
      let xml = wbXml.replace(/<sheets\b[\s\S]*?<\/sheets>|<sheets\s*\/>/, sheetsXml);
      xml = xml.replace(/<definedNames\b[\s\S]*?<\/definedNames>|<definedNames\s*\/>/, "");
      if (allNames) xml = xml.replace("</sheets>", `</sheets><definedNames>${allNames}</definedNames>`);
      xml = /<workbookView\b/.test(xml)
        ? xml.replace(/<workbookView\b[^>]*?(\/?)>/, (tag, close: string) => {
            const body = tag.slice(0, tag.length - (close ? 2 : 1)).replace(/\s+(activeTab|firstSheet)="[^"]*"/g, "");
            return `${body} firstSheet="0" activeTab="${info.activeTab}"${close ? "/>" : ">"}`;
          })
        : xml.replace(/<sheets>/, `<bookViews><workbookView activeTab="${info.activeTab}"/></bookViews><sheets>`);
      await zip.add(wbPath, xml);
      await zip.add(wbRelsPath, relsXml(keptRels as Rel[]));
      const added = [...info.added, ...(styles ? [] : [{ part: stylesPart, type: CONTENT_TYPES.styles }])];
      await zip.add("[Content_Types].xml", updateContentTypes(text(p, "[Content_Types].xml") ?? "", removed, added));
      await zip.finish();
    },
  };
}

/**
 * The XML of the user's table parts that stay in the package (found through the relationships
 * of type table, wherever they live), so our tables get other ids and names.
 */
export async function userTables(p: ExistingPackage, keptParts: string[]): Promise<string[]> {
  const kept = new Set(keptParts);
  const tables = new Set<string>();
  for (const name of keptParts) {
    const m = /^(.*)_rels\/([^/]+)\.rels$/.exec(name);
    if (!m) continue;
    for (const r of parseRels(text(p, name)))
      if (!r.external && r.type === REL_TYPES.table) tables.add(resolveTarget(`${m[1]}${m[2]}`, r.target));
  }
  const out: string[] = [];
  for (const t of tables) if (kept.has(t) && p.names.has(t)) out.push(decoder.decode(await p.bytes(t)));
  return out;
}

/** A part's path relative to the folder of `from` (xl/workbook.xml → worksheets/sheet1.xml). */
function relativeTo(from: string, part: string): string {
  const dir = from.slice(0, from.lastIndexOf("/") + 1);
  return part.startsWith(dir) ? part.slice(dir.length) : `/${part}`;
}
