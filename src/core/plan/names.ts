import { collapseSpaces } from "../text";

/**
 * Splitting a list of bodies as plans write them: joined by ",", ";" and "và", while names
 * that themselves contain commas or "và" stay whole ("Sở Văn hóa, Thể thao và Du lịch",
 * "Ủy ban nhân dân các huyện, thành phố"). A separator only splits where the next words
 * open a new body: a head word followed by a proper name, or an "các …" phrase.
 */

/** Words that open the name of a body, followed by a capitalised proper name. */
const HEAD_BEFORE_PROPER = String.raw`(?:Sở|Sơ|Phòng|Chi nhánh|Ban|Bộ|Ngân hàng|Văn phòng|Thanh tra|Hội|Tỉnh đoàn|Liên đoàn|Công an|Bộ Chỉ huy|Kho bạc|Cục|Chi cục|Trung tâm|Đài|Báo|Trường|Viện|Cảng vụ|Quỹ|Đảng ủy|Tòa án|Toà án|Viện kiểm sát|Vụ|Bưu điện|Bảo hiểm xã hội|Ban Quản lý|Ban quản lý|VP)\s+(?:\p{Lu}|(?:tỉnh|huyện|thành phố|thị xã|xã|bộ)(?=[\s,.;]|$))`;
/** Heads that open a body whatever follows. */
const HEAD_ALWAYS = String.raw`(?:Ủy ban|Uỷ ban|UBND|UBMTTQ|HĐND|Hội đồng|các\s|Các\s|Tỉnh ủy|Tỉnh uỷ|Tỉnh đoàn|Tỉnh Đoàn|Cục thuế|Cục Thuế|Chủ tịch|Giám đốc|Thủ trưởng|Viện kiểm sát|Viện Kiểm sát|Tòa án|Toà án)`;
const OPENS_BODY = new RegExp(`^(?:${HEAD_ALWAYS}|${HEAD_BEFORE_PROPER})`, "iu");
// "sở Nông nghiệp" (lower-case head) still opens a body; "ban, ngành" does not (no proper name).
const OPENS_BODY_CASED = new RegExp(`^(?:${HEAD_ALWAYS}|${HEAD_BEFORE_PROPER})`, "u");

function opensBody(rest: string): boolean {
  const r = rest.trimStart();
  if (OPENS_BODY_CASED.test(r)) return true;
  // lower-case "sở" / "ban" only when a capitalised name follows
  return OPENS_BODY.test(r) && /^\S+\s+\p{Lu}/u.test(r);
}

/**
 * "Sở Tài nguyên và Môi trường, sở, ngành có liên quan": a lower-case group phrase after a
 * complete proper name is a second body; inside "Các sở, ban, ngành" it is not.
 */
const GROUP_WORD =
  /^(?:sở|ban|ngành|địa phương|cơ quan|đơn vị|tổ chức|lực lượng|doanh nghiệp|đoàn thể|hội)(?=[\s,]|$)/u;
function opensGroupAfterName(current: string, next: string): boolean {
  const c = current.trim();
  return (
    /^\p{Lu}/u.test(c) && !/^(?:Các|Những)\s/u.test(c) && /^\S+\s+\S/u.test(c) && GROUP_WORD.test(next.trimStart())
  );
}

/** A phrase that names a body (or a group of bodies): it opens with a head word. */
export function looksLikeBody(name: string): boolean {
  const n = mendBodyName(name);
  if (!n || n.split(" ").length > 18) return false;
  return (
    opensBody(n) ||
    /^(?:Báo|Đài|Bưu điện|Bảo hiểm|Tòa|Toà|Viện|Công an|Ngân hàng|Kho bạc|Cục|Chi cục|Trung tâm|Văn phòng|Thanh tra)\s/u.test(
      n,
    )
  );
}

export function splitBodies(list: string): string[] {
  const text = collapseSpaces(list);
  const parts: string[] = [];
  let current = "";
  // Tokens: separators and the text between them.
  const re = /(\s*;\s*|\s*,\s*|\s+và\s+|\s+cùng\s+)/u;
  const pieces = text.split(re);
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (i % 2 === 1) {
      const next = pieces[i + 1] ?? "";
      const isSemicolon = piece.trim() === ";";
      // "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh" is one office serving several bodies.
      const officeOfBodies =
        /^Văn phòng\b/u.test(current.trim()) && /^(?:HĐND|UBND|Ủy ban|Uỷ ban|Hội đồng)/u.test(next.trimStart());
      if (current && !officeOfBodies && (isSemicolon || opensBody(next) || opensGroupAfterName(current, next))) {
        parts.push(current);
        current = "";
      } else {
        current += piece.trim() === "," ? ", " : piece.trim() === ";" ? "; " : ` ${piece.trim()} `;
      }
    } else {
      current += piece;
    }
  }
  if (current.trim()) parts.push(current);
  return parts.map(mendBodyName).filter((p) => p.length > 0);
}

/** Mends what typists break in names: "Sơ" for "Sở", a lower-case "sở", stray punctuation. */
export function mendBodyName(name: string): string {
  let n = collapseSpaces(name).replace(/^[\s,;:.\-–*+]+|[\s,;:.]+$/gu, "");
  n = n.replace(/^(?:Giao|giao|Đề nghị|đề nghị)\s+/u, "");
  n = n.replace(/^(Sơ|sơ|sở)(?=\s+\p{Lu})/u, "Sở");
  n = n.replace(/^ban(?=\s+\p{Lu})/u, "Ban");
  return n;
}
