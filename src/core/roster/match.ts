import { foldKey } from "../text";
import type { Agency, AgencyGroup, NameMatch, OpenPhrase, Roster } from "./model";
import { pickTwin } from "./twins";

/**
 * Abbreviations officials use for the same words. Applied to folded keys, word by word,
 * so "UBND huyện Đắk Hà" and "Ủy ban nhân dân huyện Đắk Hà" meet.
 */
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bubnd\b/g, "uy ban nhan dan"],
  [/\bub\b/g, "uy ban"],
  [/\bhdnd\b/g, "hoi dong nhan dan"],
  [/\bmttq\b/g, "mat tran to quoc"],
  [/\bmttqvn\b/g, "mat tran to quoc viet nam"],
  [/\bubmttqvn\b/g, "uy ban mat tran to quoc viet nam"],
  [/\btp\b/g, "thanh pho"],
  [/\bldtbxh\b/g, "lao dong thuong binh xa hoi"],
  [/\bld tb xh\b/g, "lao dong thuong binh xa hoi"],
  [/\blao dong tb xh\b/g, "lao dong thuong binh xa hoi"],
  [/\btb xh\b/g, "thuong binh xa hoi"],
  [/\bcsxh\b/g, "chinh sach xa hoi"],
  [/\bnhcsxh\b/g, "ngan hang chinh sach xa hoi"],
  [/\bkh dt\b/g, "ke hoach dau tu"],
  [/\bkhdt\b/g, "ke hoach dau tu"],
  [/\bnn ptnt\b/g, "nong nghiep phat trien nong thon"],
  [/\bnnptnt\b/g, "nong nghiep phat trien nong thon"],
];

/** Words that carry no identity in agency names ("và", "-" already folded away). */
const FILLER = /\b(va|cua)\b/g;

export function agencyKey(name: string): string {
  // Fillers go first, so "Sở NN và PTNT" meets the "nn ptnt" abbreviation.
  let k = foldKey(name).replace(FILLER, " ").replace(/\s+/g, " ");
  for (const [re, full] of ABBREVIATIONS) k = k.replace(re, full);
  return k.replace(FILLER, " ").replace(/\s+/g, " ").trim();
}

type Target =
  { kind: "agency"; agency: Agency } | { kind: "group"; group: AgencyGroup } | { kind: "open"; phrase: OpenPhrase };

export interface RosterIndex {
  roster: Roster;
  resolve(name: string): NameMatch;
  /** the agencies a name stands for: one agency, a group's members, or none */
  agenciesFor(name: string): Agency[];
  byId(id: string): Agency | undefined;
  /**
   * The roster's own spelling of a name written with other case or tone marks
   * ("sở Công thương" → "Sở Công Thương"), or the name itself. Never a different name.
   */
  spelling(name: string): string;
}

export function indexRoster(roster: Roster): RosterIndex {
  const byKey = new Map<string, Target>();
  // Exact spelling up to case and diacritic placement, for `spelling()`.
  const spellings = new Map<string, string>();
  // Agencies whose names fold to one key (tone marks, ă/â: "Đắk Ang" / "Đăk Ang"): see twins.ts.
  const twins = new Map<string, Agency[]>();
  const add = (key: string, t: Target) => {
    if (!key) return;
    const had = byKey.get(key);
    if (!had) byKey.set(key, t);
    else if (had.kind === "agency" && t.kind === "agency" && had.agency !== t.agency) {
      const list = twins.get(key) ?? [had.agency];
      if (!list.includes(t.agency)) list.push(t.agency);
      twins.set(key, list);
    }
  };
  const addSpelling = (s: string) => {
    const k = s.normalize("NFC").toLocaleLowerCase("vi");
    if (!spellings.has(k)) spellings.set(k, s);
  };
  for (const agency of roster.agencies) {
    for (const n of [agency.name, agency.short, ...agency.aliases]) {
      add(agencyKey(n), { kind: "agency", agency });
      addSpelling(n);
    }
    add(agencyKey(agency.id), { kind: "agency", agency });
  }
  for (const group of roster.groups) {
    for (const n of [group.name, ...group.aliases]) {
      add(agencyKey(n), { kind: "group", group });
      addSpelling(n);
    }
  }
  for (const phrase of roster.openPhrases) {
    for (const n of [phrase.name, ...phrase.aliases]) add(agencyKey(n), { kind: "open", phrase });
  }
  const ids = new Map(roster.agencies.map((a) => [a.id, a]));
  const genericOpen: OpenPhrase = { id: "O-OPEN", name: "", aliases: [] };

  const resolve = (name: string): NameMatch => {
    const key = agencyKey(name);
    const hit = byKey.get(key);
    if (hit?.kind === "agency") {
      const same = twins.get(key);
      if (!same) return { kind: "agency", text: name, agency: hit.agency };
      // Twins: the spelling decides; when it cannot, the name stands for none of them.
      const agency = pickTwin(name, same);
      return agency ? { kind: "agency", text: name, agency } : { kind: "unknown", text: name };
    }
    if (hit?.kind === "group") {
      const members = hit.group.members.map((id) => ids.get(id)).filter((a): a is Agency => a !== undefined);
      return { kind: "group", text: name, group: hit.group, members };
    }
    if (hit?.kind === "open") return { kind: "open", text: name, phrase: hit.phrase };
    // "các … (có) liên quan" names no definite body whatever words stand between.
    if (/^cac\b.*\blien quan$/.test(key)) {
      return { kind: "open", text: name, phrase: roster.openPhrases[0] ?? { ...genericOpen, name } };
    }
    return { kind: "unknown", text: name };
  };

  return {
    roster,
    resolve,
    agenciesFor(name) {
      const m = resolve(name);
      if (m.kind === "agency") return [m.agency];
      if (m.kind === "group") return m.members;
      return [];
    },
    byId: (id) => ids.get(id),
    spelling(name) {
      return spellings.get(name.normalize("NFC").toLocaleLowerCase("vi")) ?? name;
    },
  };
}
