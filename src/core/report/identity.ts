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
    // "UBND huyện Đắk Hà" is often just "Dak Ha" in a file name.
    const place = /^uy ban nhan dan (?:huyen|thanh pho|tinh) (.+)$/.exec(k);
    if (place && place[1]!.length >= 4) keys.add(place[1]!);
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
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.[A-Za-z0-9]{1,5}$/, "");
  // Both the plain fold and the abbreviation-expanded one: "LDTBXH" and "lao dong thuong binh xa hoi".
  const words = [` ${foldKey(base)} `, ` ${agencyKey(base)} `];
  const squeezed = words.map((w) => w.replace(/\s+/g, ""));
  let best = 0;
  let found: Agency[] = [];
  for (const a of roster.roster.agencies) {
    if (!a.reports) continue;
    let len = 0;
    for (const k of fileNameKeys(a)) {
      const sq = k.replace(/\s+/g, "");
      const hit = words.some((w) => w.includes(` ${k} `)) || (sq.length >= 6 && squeezed.some((s) => s.includes(sq)));
      if (hit) len = Math.max(len, sq.length);
    }
    if (len === 0) continue;
    if (len > best) {
      best = len;
      found = [a];
    } else if (len === best && !found.includes(a)) {
      found.push(a);
    }
  }
  return found.length === 1 ? found[0]! : null;
}

/** The reporting year a file name mentions, when it mentions exactly one. */
export function periodFromFileName(fileName: string): string | null {
  const base = fileName.replace(/^.*[\\/]/, "");
  return readPeriod(base.replace(/[_\-.]/g, " "));
}

/** The agency a header value names: one roster agency, never a group or a guess. */
export function agencyFromName(name: string, roster: RosterIndex): Agency | null {
  if (!name.trim()) return null;
  const m = roster.resolve(name);
  return m.kind === "agency" ? m.agency : null;
}
