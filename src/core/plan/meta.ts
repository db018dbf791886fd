import type { PlanMeta } from "./model";
import { collapseSpaces, foldKey } from "../text";
import { isoDate, isValidYmd } from "../dates";

/**
 * The plan's letterhead and signature: number ("Số: 4587/KH-UBND"), place and date
 * ("Kon Tum, ngày 27 tháng 12 năm 2021"), issuer (the capitalised block at the top left),
 * title (after "KẾ HOẠCH"), signer (the name under "CHỦ TỊCH").
 */
export function readMeta(lines: string[]): PlanMeta {
  const meta: PlanMeta = { number: null, date: null, issuer: null, place: null, signer: null, title: null };
  const head = lines.slice(0, 60);
  for (const l of head) {
    const n = /^\s*Số\s*:\s*([0-9A-Za-zĐđ][\w/.\-Đđ]*)/u.exec(l);
    if (n && !meta.number) meta.number = n[1]!.replace(/[.,;]+$/, "");
    const d = /^\s*([^,\d]{2,40}),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u.exec(l);
    if (d && !meta.date && isValidYmd(+d[4]!, +d[3]!, +d[2]!)) {
      meta.date = isoDate(+d[4]!, +d[3]!, +d[2]!);
      meta.place = collapseSpaces(d[1]!);
    }
  }
  meta.issuer = readIssuer(head);
  meta.title = readTitle(head);
  meta.signer = readSigner(lines);
  return meta;
}

const ISSUER_HEADS: [string, string][] = [
  ["uy ban nhan dan", "Ủy ban nhân dân"],
  ["hoi dong nhan dan", "Hội đồng nhân dân"],
  ["so ", "Sở "],
  ["ban ", "Ban "],
];
const UNIT_WORDS = ["tỉnh", "thành phố", "huyện", "thị xã", "quận", "xã", "phường"];

/** "ỦY BAN NHÂN DÂN / TỈNH KON TUM" → "Ủy ban nhân dân tỉnh Kon Tum". */
function readIssuer(head: string[]): string | null {
  const block: string[] = [];
  for (const l of head) {
    const t = l.trim();
    if (/^[-_=|]+$/.test(t) || t === "") {
      if (block.length) break;
      continue;
    }
    if (/CỘNG HÒA|CỘNG HOÀ/u.test(t)) break;
    if (t !== t.toLocaleUpperCase("vi")) break;
    block.push(t);
  }
  if (block.length === 0) return null;
  const caps = collapseSpaces(block.join(" "));
  const key = foldKey(caps);
  for (const [k, proper] of ISSUER_HEADS) {
    if (key.startsWith(k)) {
      const words = caps.split(" ");
      const headLen = proper.split(" ").length;
      const rest = words.slice(headLen).join(" ").toLocaleLowerCase("vi");
      return `${proper} ${properCaseUnit(rest)}`.trim();
    }
  }
  return caps;
}

/** "tỉnh kon tum" → "tỉnh Kon Tum": the unit word stays lower case, the place name is capitalised. */
function properCaseUnit(s: string): string {
  for (const u of UNIT_WORDS) {
    if (s.startsWith(u + " ")) return u + " " + titleCase(s.slice(u.length + 1));
  }
  return titleCase(s);
}

function titleCase(s: string): string {
  return s
    .split(" ")
    .map((w) => (w ? w[0]!.toLocaleUpperCase("vi") + w.slice(1) : w))
    .join(" ");
}

function readTitle(head: string[]): string | null {
  const i = head.findIndex((l) => /^\s*KẾ HOẠCH\s*$/u.test(l));
  if (i < 0) return null;
  const parts: string[] = [];
  for (let k = i + 1; k < head.length; k++) {
    const t = head[k]!.trim();
    if (!t || t !== t.toLocaleUpperCase("vi") || /^(?:[IVX]+|\d+)\.\s/u.test(t)) break;
    parts.push(t);
  }
  return parts.length ? collapseSpaces(parts.join(" ")) : null;
}

/** The line under the last "CHỦ TỊCH" (or "GIÁM ĐỐC", "TRƯỞNG BAN") that is not in capitals. */
function readSigner(lines: string[]): string | null {
  let idx = -1;
  lines.forEach((l, i) => {
    if (/^\s*(?:KT\.\s*|TM\.\s*)?(?:PHÓ\s+)?(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN)\s*$/u.test(l)) idx = i;
  });
  if (idx < 0) return null;
  for (let k = idx + 1; k < Math.min(lines.length, idx + 6); k++) {
    const t = lines[k]!.trim();
    if (!t || /^[|\-_(]/.test(t) || /ký|đã ký|\(ký/u.test(t)) continue;
    if (t === t.toLocaleUpperCase("vi") && t.length > 3) continue;
    return collapseSpaces(t);
  }
  return null;
}
