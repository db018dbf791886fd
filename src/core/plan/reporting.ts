import type { ReportingObligation } from "./model";
import { cleanPhrase } from "../text";
import { splitBodies } from "./names";
import { readTimePhrase } from "./time";
import type { RosterIndex } from "../roster/match";

/**
 * The reporting regime of the organisation section (III. TỔ CHỨC THỰC HIỆN): each numbered
 * paragraph whose subject must send a periodic report ("Định kỳ (trước ngày 15 tháng 11 hàng
 * năm) … báo cáo … về X") gives one obligation.
 */
export function readReporting(lines: string[], roster?: RosterIndex): ReportingObligation[] {
  const out: ReportingObligation[] = [];
  for (const para of paragraphs(lines)) {
    const text = cleanPhrase(para).replace(/^\d{1,2}\.\s+/u, "");
    const due = /trước\s+ngày\s+(\d{1,2})(?:\s+tháng\s+|\/)(\d{1,2})(?!\s*(?:năm|\/)\s*\d{4})/u.exec(text) ??
      /(?:chậm nhất|trước hoặc trong)\s+ngày\s+(\d{1,2})(?:\s+tháng\s+|\/)(\d{1,2})(?!\s*(?:năm|\/)\s*\d{4})/u.exec(text);
    if (!due) continue;
    const start = Math.max(0, lastIndexBefore(text, /Định kỳ|định kỳ|Hằng năm|Hàng năm|Trước ngày|trước ngày/gu, due.index));
    const tail = text.slice(start);
    const toHit = /báo cáo(?:\s+kết quả(?:\s+thực hiện)?)?(?:\s+bằng văn bản)?\s+(?:về|cho|gửi|tới|lên)\s+/u.exec(tail);
    if (!toHit) continue;
    const afterTo = tail.slice(toHit.index + toHit[0].length);
    const stop = /\s(?:để|theo quy định|trước ngày)(?=[\s,.;]|$)|[;.(]/u.exec(afterTo);
    const toList = stop ? afterTo.slice(0, stop.index) : afterTo;
    const to = splitBodies(toList);
    if (to.length === 0) continue;
    const statement = tail.slice(0, toHit.index + toHit[0].length + toList.length).trim();
    const subject = text.slice(0, start).split(/\s(?:căn cứ|chủ động|làm đầu mối|là đầu mối|có trách nhiệm|theo dõi|thực hiện)(?=[\s,.;]|$)|[:]/u)[0] ?? "";
    const from = splitBodies(subject.replace(/^\s*(?:Giao|Đề nghị)\s+/u, "").replace(/\s*,\s*$/u, ""));
    const freq = readTimePhrase(text.slice(due.index, due.index + 80)).frequency;
    out.push({
      from: canonical(from, roster),
      to: canonical(to, roster),
      dueMonthDay: `${due[2]!.padStart(2, "0")}-${due[1]!.padStart(2, "0")}`,
      dueRule: /chậm nhất|trước hoặc trong/u.test(due[0]) ? "by" : "before",
      frequency: freq === "once" || freq === null ? "annual" : freq,
      adHoc: /đột xuất|khi có yêu cầu/u.test(text),
      text: statement,
    });
  }
  return out;
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

function lastIndexBefore(text: string, re: RegExp, limit: number): number {
  let best = -1;
  for (const m of text.matchAll(re)) if (m.index !== undefined && m.index < limit) best = m.index;
  return best;
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
