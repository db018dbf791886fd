import type { ReportingObligation } from "./model";
import { cleanPhrase } from "../text";
import { mendBodyName, splitBodies } from "./names";
import { frequencyOf } from "./time";
import type { RosterIndex } from "../roster/match";

/** "trước ngày 15 tháng 11", "trước ngày 15/11", "chậm nhất ngày 15 tháng 11" — a yearly day, no year. */
const DUE_RE =
  /(trước|chậm nhất|trước hoặc trong)\s+ngày\s+(\d{1,2})(?:\s+tháng\s+|\/)(\d{1,2})(?!\s*(?:năm|\/)\s*\d{4})/u;
/** "báo cáo (kết quả thực hiện) về X", "báo cáo X" */
const REPORT_TO_RE =
  /báo cáo(?:\s+kết quả(?:\s+thực hiện)?)?(?:\s+bằng văn bản)?(?:\s+(?:về|cho|gửi|tới|lên))?\s+(?=\p{Lu}|UBND|các\s)/u;
const PERIODIC_RE = /Định kỳ|định kỳ|hằng năm|hàng năm|hằng quý|hàng quý|hằng tháng|(?<!\d)6 tháng/u;
const SUBJECT_END = /\s(?:căn cứ|chủ động|là|làm|có trách nhiệm|theo dõi|thực hiện|định kỳ|Định kỳ)(?=[\s,.;]|$)|[:]/u;

/**
 * The reporting regime of the organisation section (III. TỔ CHỨC THỰC HIỆN): each numbered
 * paragraph whose subject must send a periodic report ("Định kỳ (trước ngày 15 tháng 11 hàng
 * năm) … báo cáo … về X") gives one obligation. A report "khi có khó khăn" is not periodic
 * and gives none.
 */
export function readReporting(lines: string[], roster?: RosterIndex): ReportingObligation[] {
  const out: ReportingObligation[] = [];
  for (const para of paragraphs(lines)) {
    const text = cleanPhrase(para).replace(/^\d{1,2}\.\s+/u, "");
    const due = DUE_RE.exec(text);
    const periodic = PERIODIC_RE.exec(text);
    if (!due && !periodic) continue;
    const anchor = Math.min(due?.index ?? Infinity, periodic?.index ?? Infinity);
    // The report verb after (or just before) the periodic phrase.
    const reportAt = findReportVerb(text, anchor);
    if (!reportAt) continue;
    const afterTo = text.slice(reportAt.end);
    const stop = /\s(?:để|theo quy định|trước ngày|chậm nhất|định kỳ)(?=[\s,.;]|$)|[;.(]/u.exec(afterTo);
    const toList = stop ? afterTo.slice(0, stop.index) : afterTo;
    const to = splitBodies(toList);
    if (to.length === 0) continue;
    const start = Math.min(anchor, reportAt.start);
    const end = reportAt.end + toList.length;
    const statementEnd =
      due && due.index + due[0].length > end ? Math.max(end, closingParen(text, due.index + due[0].length)) : end;
    const statement = text.slice(start, statementEnd).trim();
    const subject = text.slice(0, start).split(SUBJECT_END)[0] ?? "";
    const from = splitBodies(mendBodyName(subject).replace(/\s*,\s*$/u, ""));
    const freq = frequencyOf(statement);
    out.push({
      from: canonical(from, roster),
      to: canonical(to, roster),
      dueMonthDay: due ? `${due[3]!.padStart(2, "0")}-${due[2]!.padStart(2, "0")}` : null,
      dueRule: due ? (due[1] === "trước" ? "before" : "by") : null,
      frequency: freq === null || freq === "once" || freq === "ongoing" ? "annual" : freq,
      adHoc: /đột xuất|khi có yêu cầu/u.test(text),
      text: statement,
    });
  }
  return out;
}

function findReportVerb(text: string, anchor: number): { start: number; end: number } | null {
  const re = new RegExp(REPORT_TO_RE.source, "gu");
  let best: { start: number; end: number } | null = null;
  for (const m of text.matchAll(re)) {
    const hit = { start: m.index!, end: m.index! + m[0].length };
    if (hit.start >= anchor) return hit;
    best = hit; // a report verb before the periodic phrase: "báo cáo UBND huyện trước ngày …"
  }
  return best;
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

/** Numbered paragraphs ("1. …", "2. …"), or the whole text when there are none. */
function paragraphs(lines: string[]): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  let n = 0;
  for (const l of lines) {
    const m = /^\s*(\d{1,2})\.\s+/u.exec(l);
    if (m && +m[1]! === n + 1) {
      if (cur.length) out.push(cur.join("\n"));
      cur = [l];
      n++;
    } else cur.push(l);
  }
  if (cur.length) out.push(cur.join("\n"));
  return out;
}
