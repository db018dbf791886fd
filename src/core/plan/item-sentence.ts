import { looksLikeBody, mendBodyName, splitBodies } from "./names";
import { verbPositions } from "./verbs";

/**
 * Assignment sentences at the head of an item: "X chủ trì, phối hợp (với) Y <việc>",
 * "X phối hợp (với) Y <việc>", "X: <việc>", "X <động từ> …". The subject X leads; Y
 * coordinates. Partners named later in the item ("…, phối hợp với Z kiểm soát …") also
 * coordinate, except the partners of a subordinate the item directs ("Chỉ đạo lực lượng Công
 * an phối hợp với …").
 */

export interface ItemAssignment {
  lead: string[];
  coordinate: string[];
}

/** The subject of a sentence that opens with bodies, and where the rest starts; null when it does not. */
export function leadingSubject(text: string): { bodies: string[]; rest: string } | null {
  const t = text.replace(/^(?:Đề nghị|Giao|Giao cho)\s+/u, "");
  const opening = (t.split(/[,;:]/u)[0] ?? "").split(" ").slice(0, 10).join(" ");
  if (!looksLikeBody(opening)) return null;
  const ends = [
    /\s(?:là|làm(?=\s+(?:đầu mối|cơ quan|thường trực)))\s/u.exec(t),
    /\s+chủ\s+trì(?=[\s,.;:]|$)/u.exec(t),
    /\s+phối\s+hợp(?=[\s,.;:]|$)/u.exec(t),
    /:/u.exec(t),
    /[.;]/u.exec(t),
    stopParen(t),
  ];
  let end = Math.min(...ends.map((m) => (m ? m.index : Infinity)));
  const verb = firstVerb(t, end);
  if (verb >= 0 && verb < end) end = verb;
  if (!Number.isFinite(end)) end = t.length;
  const subject = t.slice(0, end);
  const bodies = splitBodies(subject.replace(/,?\s*đề nghị\s+/giu, ", "));
  if (bodies.length === 0 || !bodies.every(looksLikeBody)) return null;
  return {
    bodies,
    rest: t
      .slice(end)
      .replace(/^\s*:\s*/u, " ")
      .trim(),
  };
}

/** The first "(" that does not hold a body's parent ("Phòng Việc làm (Sở Lao động …)"). */
function stopParen(t: string): { index: number } | null {
  for (const m of t.matchAll(/\(([^()]*)\)?/gu)) {
    if (!(m[1] && m[0].endsWith(")") && looksLikeBody(m[1]))) return { index: m.index! };
  }
  return null;
}

/** The first verb after a body name (skipping words inside the first name). */
function firstVerb(t: string, limit: number): number {
  for (const index of verbPositions(t)) {
    if (index > limit) break;
    const before = t.slice(0, index);
    if (/\([^)]*$/u.test(before)) continue; // inside a parenthesis
    // "Sở Văn hóa, Thể thao và Du lịch phát triển": the verb comes after a complete name
    if (before.split(" ").length >= 2) return index;
  }
  return -1;
}

/** Coordinators named with "phối hợp (chặt chẽ) (với|cùng) Y" anywhere in an item. */
export function partnersIn(text: string): string[] {
  const out: string[] = [];
  const re = /(?:^|[\s,;.(])(?:[Pp]hối hợp)(?:\s+chặt chẽ)?(?:\s+(?:với|cùng))?\s+/gu;
  for (const m of text.matchAll(re)) {
    const before = text.slice(Math.max(0, m.index! - 80), m.index! + 1);
    // the partner of a subordinate the item directs, not of the agency itself
    if (/(?:Chỉ đạo|chỉ đạo)\s+[^,;.:]{1,60}$/u.test(before)) continue;
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 300); // a list of partners is short
    const stop = /[.;:(]|\s(?:để|nhằm|trong việc|khi)\s/u.exec(after);
    let list = stop ? after.slice(0, stop.index) : after;
    // "Cơ quan điều tra": a verb right after a bare head noun is part of the name.
    for (const v of verbPositions(" " + list)) {
      if (/(?:^|,\s*)(?:[Cc]ơ quan|[Ll]ực lượng)$/u.test(list.slice(0, Math.max(0, v - 1)).trim())) continue;
      list = list.slice(0, Math.max(0, v - 1));
      break;
    }
    // a group phrase ends with "(có) liên quan": what follows is the action
    const rel = /\bliên quan(?=\s+(?!và\s|cùng\s)\p{Ll})/u.exec(list);
    if (rel) list = list.slice(0, rel.index + "liên quan".length);
    for (const b of splitBodies(list)) {
      const name = mendBodyName(b);
      if (name && name.split(" ").length <= 14 && !out.includes(name)) out.push(name);
    }
  }
  return out.filter((n) => /^(?:các|cơ quan|sở|ngành|lực lượng|\p{Lu})/u.test(n));
}

/**
 * The assignment an item's own text states: its subject leads (unless it is "Chủ trì, …" with
 * no subject), the partners coordinate. Null when the text names no body at its head.
 */
export function readItemSentence(text: string): ItemAssignment | null {
  const s = leadingSubject(text);
  if (!s) return null;
  const coordinate = partnersIn(s.rest).filter((c) => !s.bodies.includes(c));
  return { lead: s.bodies, coordinate };
}
