import { cleanPhrase } from "../text";
import { splitBodies } from "./names";
import { hasTimeMeaning } from "./time";

/** What one "Phân công thực hiện" sentence says. */
export interface AssignmentReading {
  lead: string[];
  coordinate: string[];
  /** bodies named as implementers without "chủ trì" (TH); they are also listed in `lead` */
  implement: string[];
  deadlineText: string | null;
}

/**
 * Where the list of bodies ends and the action begins. "chỉ đạo triển khai thực hiện" is one
 * action; so is a bare "thực hiện" after the names.
 */
const ACTION_RE =
  /\s(?:chỉ đạo\s+)?(?:tổ chức\s+)?(?:triển khai\s+)?(?:thực hiện|triển khai)(?=[\s.,;]|$)|\s(?:tham mưu|theo dõi|hướng dẫn)\s/u;

const LEAD_RE = /\s*chủ trì\s*(?:,\s*|\s+và\s+|\s+)?/u;
const COORDINATE_RE = /^(?:phối hợp(?:\s+(?:với|cùng))?|cùng)\s+/u;

/** "Hoàn thành trước ngày …", "Thời hạn: …" sentences that carry the deadline. */
const DEADLINE_SENTENCE_RE = /(?:^|[.;]\s*)((?:Hoàn thành|hoàn thành|Thời hạn|thời hạn|Thời gian|thời gian)[^.;]*)/u;

/**
 * Reads "X chủ trì, phối hợp với Y, Z triển khai thực hiện thường xuyên" and its variants,
 * clause by clause (clauses separated by ";"): a clause with "chủ trì" names a lead and its
 * coordinators; a clause without names implementers.
 */
export function readAssignmentSentence(raw: string): AssignmentReading {
  const text = cleanPhrase(raw);
  const out: AssignmentReading = { lead: [], coordinate: [], implement: [], deadlineText: null };

  // The deadline sentence is read apart from the clauses: "… triển khai thực hiện. Hoàn thành trước ngày D."
  const deadlineSentence = DEADLINE_SENTENCE_RE.exec(text);
  const body = deadlineSentence ? text.slice(0, deadlineSentence.index) : text;
  let actionPhrase: string | null = null;

  for (const clause0 of splitClauses(body)) {
    const clause = clause0.replace(/^\s*(?:Giao|giao)\s+/u, "");
    const leadHit = LEAD_RE.exec(clause);
    if (leadHit) {
      out.lead.push(...splitBodies(clause.slice(0, leadHit.index)));
      let rest = clause.slice(leadHit.index + leadHit[0].length);
      const coordHit = COORDINATE_RE.exec(rest);
      if (coordHit) {
        rest = rest.slice(coordHit[0].length);
        const action = ACTION_RE.exec(" " + rest);
        const names = action ? rest.slice(0, Math.max(0, action.index - 1)) : rest;
        out.coordinate.push(...splitBodies(names));
        if (action) actionPhrase = pickAction(actionPhrase, (" " + rest).slice(action.index).trim());
      } else {
        const action = ACTION_RE.exec(" " + rest);
        if (action) actionPhrase = pickAction(actionPhrase, (" " + rest).slice(action.index).trim());
      }
    } else {
      const action = ACTION_RE.exec(" " + clause);
      const names = action ? clause.slice(0, Math.max(0, action.index - 1)) : clause;
      const bodies = splitBodies(names);
      out.lead.push(...bodies);
      out.implement.push(...bodies);
      if (action) actionPhrase = pickAction(actionPhrase, (" " + clause).slice(action.index).trim());
    }
  }

  if (deadlineSentence) out.deadlineText = trimPhrase(deadlineSentence[1]!);
  else if (actionPhrase && hasTimeMeaning(actionPhrase)) out.deadlineText = trimPhrase(actionPhrase);
  out.lead = unique(out.lead);
  out.coordinate = unique(out.coordinate.filter((c) => !out.lead.includes(c)));
  out.implement = unique(out.implement);
  return out;
}

/** Later clauses usually carry the time ("…; UBND các huyện triển khai thực hiện thường xuyên"). */
function pickAction(previous: string | null, next: string): string {
  if (previous && hasTimeMeaning(previous) && !hasTimeMeaning(next)) return previous;
  return next;
}

/** Splits at ";" that are not inside parentheses. */
function splitClauses(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = "";
  for (const ch of text) {
    if (ch === "(") depth++;
    if (ch === ")") depth = Math.max(0, depth - 1);
    if (ch === ";" && depth === 0) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out.map((c) => c.trim()).filter((c) => c.length > 0);
}

function trimPhrase(s: string): string {
  return s.replace(/[\s.;,]+$/u, "").trim();
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}
