import type { Frequency } from "./model";
import { daysInMonth, isoDate, isValidYmd, lastDayOfQuarter, quarterFromToken } from "../dates";
import { foldKey } from "../text";

/**
 * Time phrases of plans (thời gian thực hiện): what they say about frequency and deadline.
 * A stated date wins: a task "hoàn thành trước ngày D" is done once, by D.
 */
export interface TimeReading {
  frequency: Frequency | null;
  /** ISO deadline when the phrase states one */
  deadline: string | null;
  /** "before" = trước ngày D (D is late), "by" = chậm nhất / trong ngày D (D is the last day) */
  rule: "before" | "by" | null;
}

const NONE: TimeReading = { frequency: null, deadline: null, rule: null };

interface DateHit {
  iso: string;
  index: number;
  /** quarters, months and years name a period whose last day is the deadline */
  period: boolean;
}

function dateHits(s: string): DateHit[] {
  const hits: DateHit[] = [];
  const take = (re: RegExp, f: (m: RegExpExecArray) => { iso: string; period: boolean } | null) => {
    for (const m of s.matchAll(new RegExp(re.source, "giu"))) {
      const r = f(m as RegExpExecArray);
      if (r && !hits.some((h) => Math.abs(h.index - m.index!) < 3)) hits.push({ ...r, index: m.index! });
    }
  };
  // ngày 10 tháng 02 năm 2022
  take(/(?:ngày\s*)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/, (m) =>
    isValidYmd(+m[3]!, +m[2]!, +m[1]!) ? { iso: isoDate(+m[3]!, +m[2]!, +m[1]!), period: false } : null,
  );
  // 10/02/2022, 10-02-2022, 10.02.2022
  take(/(?<![\d/])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/])/, (m) =>
    isValidYmd(+m[3]!, +m[2]!, +m[1]!) ? { iso: isoDate(+m[3]!, +m[2]!, +m[1]!), period: false } : null,
  );
  // Quý II/2023, quý 2 năm 2023: the last day of the quarter
  take(/quý\s+(IV|III|II|I|[1-4])\s*(?:\/|năm|-)\s*(\d{4})/, (m) => {
    const q = quarterFromToken(m[1]!);
    return q ? { iso: lastDayOfQuarter(+m[2]!, q), period: true } : null;
  });
  // tháng 6/2023, tháng 6 năm 2023: the last day of the month
  take(/tháng\s+(\d{1,2})\s*(?:\/|năm|-)\s*(\d{4})/, (m) => {
    const y = +m[2]!;
    const mo = +m[1]!;
    return mo >= 1 && mo <= 12 && y >= 1900 ? { iso: isoDate(y, mo, daysInMonth(y, mo)), period: true } : null;
  });
  // "Năm 2025", "trong năm 2023": the last day of the year (not "hằng năm", not "giai đoạn 2021-2025")
  if (!/(?:hằng|hàng)\s+năm\s+\d/iu.test(s)) {
    take(/(?:^|[\s(,:;])(?:trong\s+)?năm\s+(\d{4})(?!\s*-)/, (m) => ({ iso: isoDate(+m[1]!, 12, 31), period: true }));
  }
  return hits.sort((x, y) => x.index - y.index);
}

/** Words just before a date that make it the deadline ("đến ngày", "trước", "chậm nhất", "hạn"). */
const DEADLINE_CUE = /(?:đến|trước|chậm nhất|hạn chót|hạn|hoàn thành)(?:\s+(?:ngày|hết|hoặc trong))?\s*$/iu;

/**
 * Finds the deadline a phrase states, with the way it bounds it. Of several dates ("Từ ngày
 * 01/3/2022 đến ngày 30/6/2022") the one after a deadline word wins, else the last.
 * "trước (ngày) D" = before D (D is late under the strict reading); "chậm nhất", "đến",
 * "trong", "trước hoặc trong" and a bare date make D the last day.
 */
export function findStatedDate(phrase: string): { iso: string; rule: "before" | "by" } | null {
  const s = phrase.normalize("NFC");
  const hits = dateHits(s);
  if (hits.length === 0) return null;
  const cued = hits.filter((h) => DEADLINE_CUE.test(s.slice(Math.max(0, h.index - 24), h.index)));
  const hit = (cued.length > 0 ? cued : hits)[(cued.length > 0 ? cued : hits).length - 1]!;
  if (hit.period) return { iso: hit.iso, rule: "by" };
  const before = s.slice(Math.max(0, hit.index - 24), hit.index);
  const strict = /trước(?:\s+ngày)?\s*$/iu.test(before) && !/trước hoặc trong(?:\s+ngày)?\s*$/iu.test(before);
  return { iso: hit.iso, rule: strict ? "before" : "by" };
}

/** Frequency words, checked in this order: the first that appears decides. */
const FREQUENCY_WORDS: [RegExp, Frequency][] = [
  [/\bthuong xuyen\b|\blien tuc\b/, "ongoing"],
  [/\b(dinh ky )?hang thang\b|\bmoi thang\b/, "monthly"],
  [/\bhang quy\b|\bdinh ky (hang )?quy\b|\bmoi quy\b/, "quarterly"],
  [/\b6 thang\b|\bsau thang\b|\bnua nam\b/, "semiannual"],
  [/\bhang nam\b|\bdinh ky (hang )?nam\b|\bmoi nam\b/, "annual"],
  [/\btheo quy dinh\b|\btheo yeu cau\b|\bkhi co yeu cau\b|\btheo chi dao\b/, "per-regulation"],
];

export function readTimePhrase(phrase: string | null): TimeReading {
  if (!phrase) return NONE;
  const stated = findStatedDate(phrase);
  if (stated) return { frequency: "once", deadline: stated.iso, rule: stated.rule };
  const frequency = frequencyOf(phrase);
  return frequency ? { frequency, deadline: null, rule: null } : NONE;
}

/** The frequency words of a phrase, ignoring any date in it. */
export function frequencyOf(phrase: string): Frequency | null {
  const key = foldKey(phrase);
  for (const [re, freq] of FREQUENCY_WORDS) if (re.test(key)) return freq;
  return null;
}

/** True when the phrase says something about time (not just "triển khai thực hiện"). */
export function hasTimeMeaning(phrase: string): boolean {
  const r = readTimePhrase(phrase);
  return r.frequency !== null || r.deadline !== null;
}
