import type { ReportingObligation } from "./model";
import { cleanPhrase } from "../text";
import { looksLikeBody, mendBodyName, splitBodies } from "./names";
import { headingBodies } from "./items";
import { leadingSubject } from "./item-sentence";
import { firstVerbAt } from "./verbs";
import { frequencyOf } from "./time";
import type { RosterIndex } from "../roster/match";

/** "trước ngày 15 tháng 11", "trước ngày 15/11", "chậm nhất ngày 15 tháng 11" — a yearly day, no year. */
const DUE_RE =
  /(trước|chậm nhất|trước hoặc trong)\s+ngày\s+(\d{1,2})(?:\s+tháng\s+|\/)(\d{1,2})(?!\s*(?:năm|\/)\s*\d{4})/u;
const PERIODIC_RE = /Định kỳ|định kỳ|hằng năm|hàng năm|hằng quý|hàng quý|hằng tháng|(?<!\d)6 tháng/u;
const SUBJECT_END =
  /\s(?:căn cứ|chủ động|chủ trì|phối hợp|là|làm|có trách nhiệm|theo dõi|thực hiện|định kỳ|Định kỳ)(?=[\s,.;]|$)|[:]/u;

/**
 * The reporting regime of the organisation section (III. TỔ CHỨC THỰC HIỆN): each numbered
 * paragraph whose subject must send a periodic report ("Định kỳ (trước ngày 15 tháng 11 hàng
 * năm) … báo cáo … về X") gives one obligation. A report "khi có khó khăn" is not periodic
 * and gives none.
 */
export function readReporting(lines: string[], roster?: RosterIndex): ReportingObligation[] {
  const out: ReportingObligation[] = [];
  for (const { para, leadIn } of paragraphs(lines)) {
    const text = cleanPhrase(para).replace(/^(?:\d{1,2}\.|[a-zđê]\))\s+/u, "");
    const due = DUE_RE.exec(text);
    const periodic = PERIODIC_RE.exec(text);
    if (!due && !periodic) continue;
    const anchor = Math.min(due?.index ?? Infinity, periodic?.index ?? Infinity);
    // The report verb after (or just before) the periodic phrase.
    const reportAt = findReportVerb(text, anchor);
    if (!reportAt) continue;
    const recipients = findRecipients(text, reportAt.start);
    if (!recipients) continue;
    const start = Math.min(anchor, reportAt.start);
    const end = Math.max(reportAt.end, recipients.end);
    const statementEnd =
      due && due.index + due[0].length > end ? Math.max(end, closingParen(text, due.index + due[0].length)) : end;
    const statement = text.slice(start, statementEnd).trim();
    const freq = frequencyOf(statement);
    out.push({
      from: canonical(reporters(text, start, para, leadIn), roster),
      to: canonical(recipients.to, roster),
      dueMonthDay: due ? `${due[3]!.padStart(2, "0")}-${due[2]!.padStart(2, "0")}` : null,
      dueRule: due ? (due[1] === "trước" ? "before" : "by") : null,
      // "Định kỳ" with no period says nothing of how often, unless a yearly due day is given
      frequency: freq === "once" || freq === "ongoing" || (freq === null && due) ? "annual" : freq,
      adHoc: /đột xuất|khi có yêu cầu/u.test(text),
      text: statement,
    });
  }
  return out;
}

/**
 * Who reports: the subject of the sentence that holds the clause ("Các sở, ngành … định kỳ báo
 * cáo …"), else the bodies the item's heading names ("2. Sở Tài nguyên và Môi trường / - … định
 * kỳ báo cáo …"), else the subject the item opens with ("Giao Công an tỉnh chủ trì …; định kỳ …").
 */
function reporters(text: string, start: number, para: string, leadIn: string | null): string[] {
  const before = text.slice(0, start);
  const cut = Math.max(before.lastIndexOf(". "), before.lastIndexOf("; "));
  const named = subjectBodies(before.slice(cut < 0 ? 0 : cut + 2));
  if (named.length > 0) return named;
  const head = cleanPhrase(para.split(/\n\s*\n/u)[0] ?? "").replace(/^(?:\d{1,2}\.|[a-zđê]\))\s+/u, "");
  const heading = headingBodies(head);
  if (heading) return heading;
  const opening = subjectBodies(before);
  if (opening.length > 0) return opening;
  const leading = leadingSubject(text)?.bodies ?? [];
  if (leading.length > 0 || !leadIn) return leading;
  // "Điều 2. Giao thủ trưởng các đơn vị thuộc Bộ: 1. … 2. Định kỳ hằng năm gửi báo cáo …"
  const lead = leadIn.replace(/^Điều\s+\d{1,2}\.\s*/u, "").replace(/^(?:Giao|Đề nghị)\s+/u, "");
  return subjectBodies(lead.charAt(0).toLocaleUpperCase("vi") + lead.slice(1));
}

/**
 * The bodies a sentence opens with, up to its verb ("… căn cứ", "… chủ động", "… định kỳ"). A
 * list of heads ("Giám đốc các sở, Thủ trưởng các ban, ngành, đơn vị liên quan; Chỉ huy trưởng
 * …") counts when it opens with a body and most of its parts are bodies: a part that is not
 * ("ngành, đơn vị liên quan") belongs to the one before it.
 */
function subjectBodies(sentence: string): string[] {
  const subject = sentence.split(SUBJECT_END)[0] ?? "";
  const bodies = splitBodies(mendBodyName(subject).replace(/\s*,\s*$/u, ""));
  const ok = (b: string) =>
    looksLikeBody(b) || /^(?:Đơn vị|đơn vị|Thủ trưởng|Giám đốc|Chủ tịch|Chỉ huy trưởng|Các|các)\s/u.test(b);
  const good = bodies.filter(ok).length;
  if (bodies.length === 0 || !ok(bodies[0]!) || good * 3 < bodies.length * 2) return [];
  const out: string[] = [];
  for (const b of bodies) {
    if (ok(b)) out.push(b);
    else out[out.length - 1] += `, ${b}`;
  }
  return out.map(bodyOfHead);
}

/** The body a head speaks for: "Giám đốc Công an tỉnh" reports for "Công an tỉnh". */
function bodyOfHead(name: string): string {
  const body = name.replace(/^(?:Giám đốc|Thủ trưởng|Chủ tịch|Chỉ huy trưởng)\s+(?=\S)/u, "");
  return body === name ? name : body.charAt(0).toLocaleUpperCase("vi") + body.slice(1);
}

/** "… báo cáo (kết quả …) về X (qua Y)", "… gửi báo cáo X": the recipients, with the intermediary. */
function findRecipients(text: string, from: number): { to: string[]; end: number } | null {
  const after = text.slice(from, from + 260);
  const direct = /^báo cáo(?:\s+kết quả(?:\s+thực hiện)?)?(?:\s+bằng văn bản)?\s+(?=\p{Lu}|UBND|các\s)/u.exec(after);
  const via = /\s(?:về|gửi|cho|lên|tới)\s+(?=\p{Lu}|UBND|các\s|cơ quan\s)/u.exec(after);
  const at = direct ? direct[0].length : via ? via.index + via[0].length : -1;
  if (at < 0) return null;
  const rest = after.slice(at);
  const stop = /\s(?:để|theo quy định|trước ngày|chậm nhất|định kỳ)(?=[\s,.;]|$)|[;.(]/u.exec(rest);
  let list = stop ? rest.slice(0, stop.index) : rest;
  const verb = firstVerbAt(" " + list);
  if (verb >= 0) list = list.slice(0, Math.max(0, verb - 1));
  const to = splitBodies(list);
  if (to.length === 0) return null;
  let end = from + at + list.length;
  // "(qua Cục An toàn thực phẩm)", "(Vụ Kế hoạch - Tài chính)": the office that receives for it
  const paren = /^\s*\((?:qua|thông qua)?\s*([^()]{3,80})\)/u.exec(text.slice(end));
  if (paren && looksLikeBody(paren[1]!)) {
    to.push(mendBodyName(paren[1]!));
    end += paren[0].length;
  }
  return { to, end };
}

/**
 * The report verb that goes with the periodic phrase: the first after it, unless one stands just
 * before it in the same clause ("chế độ báo cáo định kỳ … về X", "gửi Vụ Y trước ngày …").
 */
function findReportVerb(text: string, anchor: number): { start: number; end: number } | null {
  const re = /(?:gửi\s+)?báo cáo|gửi(?=\s+(?:\p{Lu}|UBND|về\s))/gu;
  let before: { start: number; end: number } | null = null;
  let after: { start: number; end: number } | null = null;
  for (const m of text.matchAll(re)) {
    const hit = { start: m.index!, end: m.index! + m[0].length };
    if (hit.start >= anchor) {
      after = hit;
      break;
    }
    before = hit;
  }
  if (before && (!after || (anchor - before.end < 40 && !/[.;]/u.test(text.slice(before.end, anchor))))) return before;
  return after;
}

function closingParen(text: string, from: number): number {
  const i = text.indexOf(")", from);
  return i >= 0 && i - from < 60 ? i + 1 : from;
}

function canonical(names: string[], roster?: RosterIndex): string[] {
  if (!roster) return names;
  return names.map((n) => {
    const m = roster.resolve(n);
    if (m.kind === "agency") return m.agency.name;
    if (m.kind === "group") return m.group.name;
    return n;
  });
}

/**
 * Numbered and lettered paragraphs ("1. …", "a) …"), or the whole text when there are none.
 * Each carries the sentence that introduces its list when that ends with a colon ("Điều 2.
 * Giao thủ trưởng các đơn vị thuộc Bộ:"): the subject of items that have none of their own.
 */
function paragraphs(lines: string[]): { para: string; leadIn: string | null }[] {
  const out: { para: string; leadIn: string | null }[] = [];
  let cur: string[] = [];
  let n = 0;
  let leadIn: string | null = null;
  for (const l of lines) {
    const m = /^\s*(\d{1,2})\.\s+/u.exec(l);
    if ((m && +m[1]! === n + 1) || (n > 0 && /^\s*[a-zđê]\)\s+\S/u.test(l))) {
      if (cur.length) out.push({ para: cur.join("\n"), leadIn: n > 0 ? leadIn : null });
      if (m && n === 0) leadIn = lastSentence(cur);
      cur = [l];
      if (m) n++;
    } else cur.push(l);
  }
  if (cur.length) out.push({ para: cur.join("\n"), leadIn: n > 0 ? leadIn : null });
  return out;
}

/** The text's last paragraph when it ends with a colon, else null. */
function lastSentence(lines: string[]): string | null {
  const blocks = lines.join("\n").split(/\n\s*\n/u);
  const last = cleanPhrase(blocks.filter((b) => b.trim()).pop() ?? "");
  return last.endsWith(":") ? last : null;
}
