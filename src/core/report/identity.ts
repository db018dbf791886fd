/**
 * Who sent a file and for which period: from the hidden metadata sheet the template carries,
 * else from the header block, else from the file name. Agencies copy the table into a new
 * workbook (the metadata goes), or delete the header, so each source is a fallback for the
 * one before; the reader records which one it used.
 */
import { foldKey } from "../text";
import { agencyKey, type RosterIndex } from "../roster/match";
import type { Agency } from "../roster/model";
import { readPeriod } from "./values";

/** Name fragments that identify an agency in a file name, folded ("so tai chinh", "stc"). */
function fileNameKeys(a: Agency): string[] {
  const keys = new Set<string>();
  for (const n of [a.name, a.short, ...a.aliases]) {
    const k = agencyKey(n);
    if (k) keys.add(k);
    // "UBND huyện Đắk Hà" is often just "Dak Ha" in a file name, "UBND TP Kon Tum" is "TP Kon
    // Tum". A city keeps its "thành phố": alone, "Kon Tum" is the province.
    const district = /^uy ban nhan dan huyen (.+)$/.exec(k);
    if (district && district[1]!.length >= 4) keys.add(district[1]!);
    const city = /^uy ban nhan dan (thanh pho .+)$/.exec(k);
    if (city) keys.add(city[1]!);
  }
  keys.add(foldKey(a.id));
  return [...keys];
}

/**
 * The agency a file name names, when exactly one agency's name fits best. Matches whole
 * words ("so tai chinh" in "bao cao so tai chinh 2022"), and, for names written without
 * spaces ("SoTaiChinh", "SLDTBXH"), the squeezed form when it is long enough not to occur
 * by chance.
 */
export function agencyFromFileName(fileName: string, roster: RosterIndex): Agency | null {
  return agencyMentionedIn(fileName.replace(/^.*[\\/]/, "").replace(/\.[A-Za-z0-9]{1,5}$/, ""), roster);
}

/** The one agency whose name (or short name, alias, id) a text mentions; null for none or several. */
function agencyMentionedIn(base: string, roster: RosterIndex): Agency | null {
  // Both the plain fold and the abbreviation-expanded one: "LDTBXH" and "lao dong thuong binh xa hoi".
  const words = [` ${foldKey(base)} `, ` ${agencyKey(base)} `];
  const squeezed = words.map((w) => w.replace(/\s+/g, ""));
  const hits: { agency: Agency; key: string }[] = [];
  for (const a of roster.roster.agencies) {
    if (!a.reports) continue;
    let best = "";
    for (const k of fileNameKeys(a)) {
      const sq = k.replace(/\s+/g, "");
      const hit = words.some((w) => w.includes(` ${k} `)) || (sq.length >= 6 && squeezed.some((s) => s.includes(sq)));
      if (hit && sq.length > best.length) best = sq;
    }
    if (best) hits.push({ agency: a, key: best });
  }
  // A name inside a longer one ("Dak Ha" in "UBND huyen Dak Ha") is the same mention; two
  // separate names ("So Tai chinh va So Tu phap") are two agencies, and then none is chosen.
  const separate = hits.filter(
    (h) => !hits.some((o) => o !== h && o.key.length > h.key.length && o.key.includes(h.key)),
  );
  return separate.length === 1 ? separate[0]!.agency : null;
}

/** The reporting year a file name mentions, when it mentions exactly one. */
export function periodFromFileName(fileName: string): string | null {
  const base = fileName.replace(/^.*[\\/]/, "");
  return readPeriod(base.replace(/[_\-.]/g, " "));
}

/**
 * The agency a header value names: one roster agency, never a group or a guess. Agencies add
 * words to their own name ("Sở Tài chính tỉnh Kon Tum", "Phòng LĐTBXH huyện Đắk Hà"): when the
 * name as a whole matches nothing, the one agency it mentions is taken.
 */
export function agencyFromName(name: string, roster: RosterIndex): Agency | null {
  if (!name.trim()) return null;
  const m = roster.resolve(name);
  if (m.kind === "agency") return m.agency;
  if (m.kind === "group" || m.kind === "open") return null;
  return agencyMentionedIn(name, roster);
}
