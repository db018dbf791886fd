import { abbreviationExpander, foldKey } from "../text";
import type { Agency, AgencyGroup, NameMatch, OpenPhrase, Roster } from "./model";
import { pickTwin } from "./twins";

/**
 * Abbreviations officials use for the same words. Applied to folded keys, word by word,
 * so "UBND huyện Đắk Hà" and "Ủy ban nhân dân huyện Đắk Hà" meet. No expansion contains an
 * abbreviation, so one pass that takes the longest abbreviation at each word gives what
 * applying them one after another would.
 */
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ["ubnd", "uy ban nhan dan"],
  ["ub", "uy ban"],
  ["hdnd", "hoi dong nhan dan"],
  ["mttq", "mat tran to quoc"],
  ["mttqvn", "mat tran to quoc viet nam"],
  ["ubmttqvn", "uy ban mat tran to quoc viet nam"],
  ["tp", "thanh pho"],
  ["ldtbxh", "lao dong thuong binh xa hoi"],
  ["ld tb xh", "lao dong thuong binh xa hoi"],
  ["lao dong tb xh", "lao dong thuong binh xa hoi"],
  ["tb xh", "thuong binh xa hoi"],
  ["csxh", "chinh sach xa hoi"],
  ["nhcsxh", "ngan hang chinh sach xa hoi"],
  ["kh dt", "ke hoach dau tu"],
  ["khdt", "ke hoach dau tu"],
  ["nn ptnt", "nong nghiep phat trien nong thon"],
  ["nnptnt", "nong nghiep phat trien nong thon"],
]);

const spellOut = abbreviationExpander(ABBREVIATIONS);

/** Words that carry no identity in agency names ("và", "-" already folded away). */
const FILLER = /\b(va|cua)\b/g;

/** The key two spellings of one agency's name share: folded, fillers dropped, abbreviations spelt out. */
export function agencyKey(name: string): string {
  // Fillers go first, so "Sở NN và PTNT" meets the "nn ptnt" abbreviation.
  const k = foldKey(name).replace(FILLER, " ").replace(/\s+/g, " ");
  return spellOut(k).replace(FILLER, " ").replace(/\s+/g, " ").trim();
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

  // A group's members are resolved once per index, not on every lookup: the checks ask for the
  // same group for every file, and a group of a province's communes has thousands of members.
  const membersOf = new Map<AgencyGroup, Agency[]>();
  const members = (group: AgencyGroup): Agency[] => {
    let list = membersOf.get(group);
    if (!list) {
      list = group.members.map((id) => ids.get(id)).filter((a): a is Agency => a !== undefined);
      membersOf.set(group, list);
    }
    return list;
  };

  const resolve = (name: string): NameMatch => {
    const key = agencyKey(name);
    // A list's level word can serve all its bodies ("Ủy ban Mặt trận Tổ quốc Việt Nam và các đoàn
    // thể chính trị - xã hội tỉnh"): a name without it is the provincial body the roster holds.
    const hit = byKey.get(key) ?? (/\btinh$/.test(key) ? undefined : byKey.get(`${key} tinh`));
    if (hit?.kind === "agency") {
      const same = twins.get(key);
      if (!same) return { kind: "agency", text: name, agency: hit.agency };
      // Twins: the spelling decides; when it cannot, the name stands for none of them.
      const agency = pickTwin(name, same);
      return agency ? { kind: "agency", text: name, agency } : { kind: "unknown", text: name };
    }
    if (hit?.kind === "group") return { kind: "group", text: name, group: hit.group, members: members(hit.group) };
    if (hit?.kind === "open") return { kind: "open", text: name, phrase: hit.phrase };
    // "các … (có) liên quan" names no definite body whatever words stand between.
    if (/^cac\b.*\blien quan$/.test(key)) {
      return { kind: "open", text: name, phrase: roster.openPhrases[0] ?? { ...genericOpen, name } };
    }
    return { kind: "unknown", text: name };
  };

  // Plans and submissions name the same few agencies over and over: each distinct name is
  // folded once (agencyKey runs a dozen regular expressions).
  const resolved = new Map<string, NameMatch>();
  const resolveOnce = (name: string): NameMatch => {
    let m = resolved.get(name);
    if (!m) resolved.set(name, (m = resolve(name)));
    return m;
  };

  return {
    roster,
    resolve: resolveOnce,
    agenciesFor(name) {
      const m = resolveOnce(name);
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

const ID_SETS = new WeakMap<RosterIndex, Map<string, ReadonlySet<string>>>();

/** The ids of the agencies a name stands for, as a set built once per index and name (membership tests in O(1)). */
export function agencyIdsFor(roster: RosterIndex, name: string): ReadonlySet<string> {
  let byName = ID_SETS.get(roster);
  if (!byName) ID_SETS.set(roster, (byName = new Map()));
  let ids = byName.get(name);
  if (!ids) byName.set(name, (ids = new Set(roster.agenciesFor(name).map((a) => a.id))));
  return ids;
}
