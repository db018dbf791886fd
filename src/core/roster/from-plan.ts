import type { Plan } from "../plan/model";
import type { Agency, AgencyKind, OpenPhrase, Roster } from "./model";
import { agencyKey, indexRoster } from "./match";
import { foldKey } from "../text";

/**
 * A roster started from the plan itself, for plans whose bodies the base roster (Kon Tum's by
 * default) mostly lacks: each body the plan names becomes a row — the name as written, a
 * proposed short name, a group (Loại), e-mail empty — for the official to confirm, instead of
 * a long list of "unmatched" names. Names are de-duplicated by their folded key. Nothing
 * assumes districts: local governments of any level are "local".
 */
export interface RosterFromPlan {
  roster: Roster;
  /** true when the roster was started from the plan; false when the base roster was kept */
  fromPlan: boolean;
  /** how many definite bodies (not open phrases like "các sở, ngành liên quan") the plan names */
  named: number;
  /** how many of them the base roster does not know */
  unknown: number;
}

/** Below this share of known bodies the base roster is not the plan's roster. */
const KNOWN_ENOUGH = 0.5;

export function rosterFromPlan(plan: Plan, base?: Roster): RosterFromPlan {
  const names = namesOf(plan);
  const definite = names.filter((n) => !isOpenPhrase(n.name));
  if (base) {
    const index = indexRoster(base);
    const known = definite.filter((n) => index.resolve(n.name).kind !== "unknown").length;
    const share = definite.length === 0 ? 1 : known / definite.length;
    const counts = { named: definite.length, unknown: definite.length - known };
    if (share >= KNOWN_ENOUGH) return { roster: base, fromPlan: false, ...counts };
    return { roster: build(names), fromPlan: true, ...counts };
  }
  return { roster: build(names), fromPlan: true, named: definite.length, unknown: definite.length };
}

interface Named {
  name: string;
  /** named only as a receiver of reports */
  receiverOnly: boolean;
}

/** Every body the plan names, first spelling kept, in order of appearance. */
function namesOf(plan: Plan): Named[] {
  const seen = new Map<string, Named>();
  const add = (name: string, receiver: boolean) => {
    const key = agencyKey(name);
    if (!key) return;
    const had = seen.get(key);
    if (had) had.receiverOnly &&= receiver;
    else seen.set(key, { name, receiverOnly: receiver });
  };
  for (const t of plan.tasks) for (const n of [...t.lead, ...t.coordinate, ...t.implement]) add(n, false);
  for (const r of plan.reporting) {
    for (const n of r.from) add(n, false);
    for (const n of r.to) add(n, true);
  }
  return [...seen.values()];
}

/** "các sở, ngành liên quan", "cơ quan chức năng": names no definite body. */
function isOpenPhrase(name: string): boolean {
  const k = foldKey(name);
  if (/\blien quan\b|\bchuc nang\b|\bco lien quan\b/u.test(k)) return true;
  return /^(cac|nhung)\s/u.test(k) && !/\p{Lu}/u.test(name.slice(4));
}

function build(names: Named[]): Roster {
  const agencies: Agency[] = [];
  const openPhrases: OpenPhrase[] = [];
  const ids = new Set<string>();
  for (const n of names) {
    const id = uniqueId(initials(n.name), ids);
    if (isOpenPhrase(n.name)) {
      openPhrases.push({ id: `O-${id}`, name: n.name, aliases: [] });
      continue;
    }
    const kind: AgencyKind = n.receiverOnly ? "external" : kindOf(n.name);
    agencies.push({
      id,
      name: n.name,
      short: shortName(n.name),
      aliases: [],
      kind,
      email: "",
      reports: kind !== "external",
    });
  }
  return { agencies, groups: [], openPhrases };
}

function kindOf(name: string): AgencyKind {
  const k = foldKey(name);
  if (/^(uy ban nhan dan|ubnd|chu tich uy ban nhan dan)\b/u.test(k) && !/^uy ban mat tran/u.test(k)) return "local";
  if (/^(uy ban mat tran|hoi |doan |tinh doan|lien doan|mat tran)/u.test(k)) return "organisation";
  if (/^ngan hang/u.test(k)) return "bank";
  return "department";
}

/** Common long words of agency names and the short forms officials write. */
const SHORT_FORMS: [RegExp, string][] = [
  [/Ủy ban nhân dân|Uỷ ban nhân dân/gu, "UBND"],
  [/Lao động - Thương binh và Xã hội/gu, "LĐTBXH"],
  [/Kế hoạch và Đầu tư/gu, "KH&ĐT"],
  [/Thông tin và Truyền thông/gu, "TT&TT"],
  [/Nông nghiệp và Phát triển nông thôn/gu, "NN&PTNT"],
  [/Tài nguyên và Môi trường/gu, "TN&MT"],
  [/Giáo dục và Đào tạo/gu, "GD&ĐT"],
  [/Văn hóa, Thể thao và Du lịch|Văn hoá, Thể thao và Du lịch/gu, "VHTTDL"],
  [/Khoa học và Công nghệ/gu, "KH&CN"],
  [/Giao thông vận tải/gu, "GTVT"],
  [/Mặt trận Tổ quốc Việt Nam|Mặt trận Tổ quốc/gu, "MTTQ"],
  [/Phát thanh và Truyền hình/gu, "PT-TH"],
  [/Bộ Chỉ huy Quân sự/gu, "BCH Quân sự"],
];

/** A proposed short name: the usual abbreviations, else the name itself when short, else initials. */
export function shortName(name: string): string {
  let s = name;
  for (const [re, short] of SHORT_FORMS) s = s.replace(re, short);
  if (s.length <= 40) return s;
  return initials(name);
}

/** ASCII initials of a name, upper case: "Sở Tài chính" → "STC". */
function initials(name: string): string {
  const words = foldKey(name)
    .split(" ")
    .filter((w) => w && w !== "va" && w !== "cua");
  const s = words.map((w) => w[0]!.toUpperCase()).join("");
  return s.slice(0, 10) || "DV";
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let i = 2; used.has(id); i++) id = `${base}${i}`;
  used.add(id);
  return id;
}
