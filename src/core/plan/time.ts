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
  end: number;
  /** quarters, months and years name a period whose last day is the deadline */
  period: boolean;
}

function dateHits(s: string): DateHit[] {
  const hits: DateHit[] = [];
  const take = (re: RegExp, f: (m: RegExpExecArray) => { iso: string; period: boolean } | null) => {
    for (const m of s.matchAll(re)) {
      const r = f(m as RegExpExecArray);
      // a year inside an already read date ("tháng 7 năm 2023") is not a date of its own
      if (r && !hits.some((h) => m.index! < h.end && m.index! + m[0].length > h.index))
        hits.push({ ...r, index: m.index!, end: m.index! + m[0].length });
    }
  };
  // ngày 10 tháng 02 năm 2022
  take(/(?:ngày\s*)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu, (m) =>
    isValidYmd(+m[3]!, +m[2]!, +m[1]!) ? { iso: isoDate(+m[3]!, +m[2]!, +m[1]!), period: false } : null,
  );
  // 10/02/2022, 10-02-2022, 10.02.2022
  take(/(?<![\d/])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/])/giu, (m) =>
    isValidYmd(+m[3]!, +m[2]!, +m[1]!) ? { iso: isoDate(+m[3]!, +m[2]!, +m[1]!), period: false } : null,
  );
  // Quý II/2023, quý 2 năm 2023: the last day of the quarter
  take(/quý\s+(IV|III|II|I|[1-4])\s*(?:\/|năm|-)\s*(\d{4})/giu, (m) => {
    const q = quarterFromToken(m[1]!);
    return q ? { iso: lastDayOfQuarter(+m[2]!, q), period: true } : null;
  });
  // tháng 6/2023, tháng 6 năm 2023: the last day of the month
  take(/tháng\s+(\d{1,2})\s*(?:\/|năm|-)\s*(\d{4})/giu, (m) => {
    const y = +m[2]!;
    const mo = +m[1]!;
    return mo >= 1 && mo <= 12 && y >= 1900 ? { iso: isoDate(y, mo, daysInMonth(y, mo)), period: true } : null;
  });
  // "Năm 2025", "trong năm 2023": the last day of the year (not "hằng năm", not "giai đoạn 2021-2025")
  if (!/(?:hằng|hàng)\s+năm\s+\d/iu.test(s)) {
    take(/(?:^|[\s(,:;])(?:trong\s+)?năm\s+(\d{4})(?!\s*-)/giu, (m) => ({
      iso: isoDate(+m[1]!, 12, 31),
      period: true,
    }));
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
  [/\bhang nam\b|\bdinh ky (hang )?nam\b|\bmoi nam\b|\bdinh ky 0?1 nam\b/, "annual"],
  [
    /\btheo quy dinh\b|\btheo yeu cau\b|\bkhi co (yeu cau|de nghi)\b|\btheo chi dao\b|\btheo ke hoach (cua|chung)\b|\btheo huong dan cua\b|\btheo tien do (cua|chung)\b/,
    "per-regulation",
  ],
];

/** What the plan around a phrase says: its year, for dates written without one ("trước ngày 30/6"). */
export interface TimeContext {
  year?: number | null;
}

export function readTimePhrase(phrase: string | null, ctx: TimeContext = {}): TimeReading {
  if (!phrase) return NONE;
  const s = phrase.normalize("NFC").replace(/[‐‑‒–—―−]/gu, "-");
  // A time cell that is just a year ("2023") is that year's end.
  const bare = /^\s*(?:năm\s+)?(\d{4})\s*\.?\s*$/iu.exec(s);
  if (bare && +bare[1]! > 1900 && +bare[1]! < 2200)
    return { frequency: "once", deadline: isoDate(+bare[1]!, 12, 31), rule: "by" };
  const recurring = recurringOf(s);
  const window = windowEnd(s, ctx);
  if (window) {
    if (recurring) return { frequency: recurring, deadline: null, rule: null };
    const cued = findStatedDate(s.slice(0, window.index) + s.slice(window.index + window.length));
    return { frequency: null, deadline: cued && cued.iso <= window.iso ? cued.iso : window.iso, rule: "by" };
  }
  const stated = findStatedDate(s) ?? yearlessDate(s, ctx);
  if (stated && !(recurring && "yearless" in stated))
    return { frequency: "once", deadline: stated.iso, rule: stated.rule };
  const frequency = frequencyOf(s);
  return frequency ? { frequency, deadline: null, rule: null } : NONE;
}

/** A recurring frequency (not "once", not "per-regulation") the phrase states. */
function recurringOf(s: string): Frequency | null {
  const f = frequencyOf(s);
  return f && f !== "per-regulation" ? f : null;
}

/** Budget words that contain "thường xuyên" (recurrent spending) say nothing about timing. */
const BUDGET_RE =
  /(?:kinh phí|ngân sách|nguồn vốn|vốn|dự toán)?\s*(?:chi\s+)?thường xuyên(?=\s+(?:của|được|năm|hằng|hàng|theo|ngân|cho|đã)|[\s.,;)]*$)/giu;

/** The frequency words of a phrase, ignoring any date in it. */
export function frequencyOf(phrase: string): Frequency | null {
  const key = foldKey(phrase.replace(BUDGET_RE, (m) => (/kinh phí|ngân sách|vốn|dự toán|chi\s/iu.test(m) ? " " : m)));
  for (const [re, freq] of FREQUENCY_WORDS) if (re.test(key)) return freq;
  return null;
}

const Q = String.raw`(IV|III|II|I|[1-4])`;
const YEAR_WINDOW = new RegExp(String.raw`(?<!\d)(\d{4})\s*(?:-|đến(?:\s+năm)?)\s*(\d{4})(?!\d)`, "iu");
const QUARTER_WINDOW = new RegExp(
  String.raw`quý\s+${Q}\s*(?:-|,|đến|và)\s*(?:quý\s+)?${Q}\s*(?:\/|năm|-)\s*(\d{4})`,
  "iu",
);

/**
 * The end of a window the phrase names: "Giai đoạn 2023 - 2025", "Từ năm A đến năm B",
 * "Quý II-III/2023", "Quý II, IV năm 2023", "Tháng 6-7/2023", "Tháng 5, 6 năm 2023",
 * "Từ ngày 20- 26/12/2023", "Từ ngày 15/10 đến ngày 15/11/2023".
 */
function windowEnd(s: string, ctx: TimeContext): { iso: string; index: number; length: number } | null {
  let m = YEAR_WINDOW.exec(s);
  if (m && +m[2]! > +m[1]! && +m[2]! < 2200)
    return { iso: isoDate(+m[2]!, 12, 31), index: m.index, length: m[0].length };
  m = QUARTER_WINDOW.exec(s);
  if (m) {
    const q = quarterFromToken(m[2]!);
    if (q) return { iso: lastDayOfQuarter(+m[3]!, q), index: m.index, length: m[0].length };
  }
  m = /tháng\s+(\d{1,2})\s*(?:-|,|đến|và)\s*(?:tháng\s+)?(\d{1,2})\s*(?:\/|năm|-)\s*(\d{4})/iu.exec(s);
  if (m && +m[2]! >= 1 && +m[2]! <= 12) {
    const y = +m[3]!;
    return { iso: isoDate(y, +m[2]!, daysInMonth(y, +m[2]!)), index: m.index, length: m[0].length };
  }
  m = /(?<![\d/])(\d{1,2})\s*-\s*(\d{1,2})\/(\d{1,2})\/(\d{4})/u.exec(s);
  if (m && isValidYmd(+m[4]!, +m[3]!, +m[2]!))
    return { iso: isoDate(+m[4]!, +m[3]!, +m[2]!), index: m.index, length: m[0].length };
  m =
    /từ\s+(?:ngày\s+)?(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?\s*(?:đến|-)\s*(?:trước\s+|hết\s+)?(?:ngày\s+)?(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?/iu.exec(
      s,
    );
  if (m) {
    const y = +(m[6] ?? m[3] ?? ctx.year ?? 0);
    if (y && isValidYmd(y, +m[5]!, +m[4]!))
      return { iso: isoDate(y, +m[5]!, +m[4]!), index: m.index, length: m[0].length };
  }
  return null;
}

/** "trước ngày 30/6", "ngày 15 tháng 11": a date without a year, in the plan's year. */
function yearlessDate(s: string, ctx: TimeContext): { iso: string; rule: "before" | "by"; yearless: true } | null {
  const m =
    /(trước|chậm nhất|đến|hạn|trong)?\s*(?:ngày\s+)?(?<![\d/])(\d{1,2})(?:\/|\s+tháng\s+)(\d{1,2})(?![\d/]|\s*(?:năm|\/)\s*\d)/iu.exec(
      s,
    );
  if (!m) return null;
  const y = ctx.year ?? null;
  if (y === null || !isValidYmd(y, +m[3]!, +m[2]!)) return null;
  return { iso: isoDate(y, +m[3]!, +m[2]!), rule: /trước/iu.test(m[1] ?? "") ? "before" : "by", yearless: true };
}

/** True when the phrase says something about time (not just "triển khai thực hiện"). */
export function hasTimeMeaning(phrase: string): boolean {
  const r = readTimePhrase(phrase);
  return r.frequency !== null || r.deadline !== null;
}
