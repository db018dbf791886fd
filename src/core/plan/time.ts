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

/** Finds a calendar date stated in a phrase, with the way it bounds the deadline. */
export function findStatedDate(phrase: string): { iso: string; rule: "before" | "by" } | null {
  const s = phrase.normalize("NFC");
  const rule: "before" | "by" = /chậm nhất|trước hoặc trong|hạn chót|\btrong ngày\b|\bđến ngày\b/iu.test(s) ? "by" : "before";
  // ngày 10 tháng 02 năm 2022
  let m = /(?:ngày\s*)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu.exec(s);
  if (m && isValidYmd(+m[3]!, +m[2]!, +m[1]!)) return { iso: isoDate(+m[3]!, +m[2]!, +m[1]!), rule };
  // 10/02/2022, 10-02-2022, 10.02.2022
  m = /(?<![\d/])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/])/u.exec(s);
  if (m && isValidYmd(+m[3]!, +m[2]!, +m[1]!)) return { iso: isoDate(+m[3]!, +m[2]!, +m[1]!), rule };
  // Quý II/2023, quý 2 năm 2023: the last day of the quarter
  m = /quý\s+(IV|III|II|I|[1-4])\s*(?:\/|năm|-)\s*(\d{4})/iu.exec(s);
  if (m) {
    const q = quarterFromToken(m[1]!);
    if (q) return { iso: lastDayOfQuarter(+m[2]!, q), rule: "by" };
  }
  // tháng 6/2023, tháng 6 năm 2023: the last day of the month
  m = /tháng\s+(\d{1,2})\s*(?:\/|năm|-)\s*(\d{4})/iu.exec(s);
  if (m && +m[1]! >= 1 && +m[1]! <= 12) {
    const y = +m[2]!;
    const mo = +m[1]!;
    return { iso: isoDate(y, mo, daysInMonth(y, mo)), rule: "by" };
  }
  // "Năm 2025", "trong năm 2023": the last day of the year (not "hằng năm", not "giai đoạn 2021-2025")
  m = /(?:^|[\s(,:;])(?:trong\s+)?năm\s+(\d{4})(?!\s*-)/iu.exec(s);
  if (m && !/(?:hằng|hàng)\s+năm\s+\d/iu.test(s)) return { iso: isoDate(+m[1]!, 12, 31), rule: "by" };
  return null;
}

/** Frequency words, checked in this order: the first that appears decides. */
const FREQUENCY_WORDS: [RegExp, Frequency][] = [
  [/\bthuong xuyen\b|\bliên tục\b|\blien tuc\b/, "ongoing"],
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
