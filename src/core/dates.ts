/**
 * Dates as the plan and the agencies write them. Internally a date is an ISO string
 * "yyyy-mm-dd" (no time, no zone: the plan's dates are calendar days in Vietnam), and in
 * workbooks an Excel serial day number (1900 system).
 */

const MS_PER_DAY = 86_400_000;
/** Excel's day 0 is 1899-12-30 once its fictitious 29 Feb 1900 is accounted for. */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

export function isValidYmd(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m !== null && isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function isoFromSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  const d = new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * MS_PER_DAY);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function serialFromIso(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - EXCEL_EPOCH_UTC) / MS_PER_DAY);
}

export function addDays(iso: string, days: number): string {
  return isoFromSerial(serialFromIso(iso) + days)!;
}

/** "2022-11-15" → "15/11/2022", the way Vietnamese documents write dates. */
export function formatDateVi(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

export function lastDayOfQuarter(year: number, quarter: 1 | 2 | 3 | 4): string {
  const month = quarter * 3;
  return isoDate(year, month, daysInMonth(year, month));
}

const ROMAN_QUARTERS: Record<string, 1 | 2 | 3 | 4> = { I: 1, II: 2, III: 3, IV: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

export function quarterFromToken(tok: string): 1 | 2 | 3 | 4 | null {
  return ROMAN_QUARTERS[tok.toUpperCase()] ?? null;
}

/** Result of reading a date someone typed. `invalid` means it looks like a date but is impossible (31/02). */
export type DateReading = { ok: true; iso: string } | { ok: false; reason: "invalid" | "unrecognised" };

function twoDigitYear(y: number): number {
  // Reports are about 2000–2099; "22" is 2022.
  return y < 100 ? 2000 + y : y;
}

/**
 * Reads a date typed as text: "15/11/2022", "15-11-2022", "15.11.2022", "5/1/22", "2022-11-15",
 * "ngày 15 tháng 11 năm 2022", "15 tháng 11 năm 2022". Day before month, as in Vietnam.
 */
export function parseDateText(raw: string): DateReading {
  // "ngày 15/11/2022" is as common as "15/11/2022".
  const s = raw
    .normalize("NFC")
    .trim()
    .replace(/\s+/g, " ")
    .replace(/^ngày\s+(?=\d{1,2}\s?[/.-])/iu, "");
  if (s === "") return { ok: false, reason: "unrecognised" };
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(s);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{2}|\d{4})$/.exec(s);
  if (m) return fromParts(twoDigitYear(Number(m[3])), Number(m[2]), Number(m[1]));
  m = /^(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/iu.exec(s);
  if (m) return fromParts(Number(m[3]), Number(m[2]), Number(m[1]));
  return { ok: false, reason: "unrecognised" };
}

function fromParts(y: number, m: number, d: number): DateReading {
  return isValidYmd(y, m, d) ? { ok: true, iso: isoDate(y, m, d) } : { ok: false, reason: "invalid" };
}

/**
 * Reads a Vietnamese number: "1.234.567,5" (dots group thousands, comma is decimal),
 * "1234567.5" and "1,234,567.5" as fallbacks when unambiguous. Null when not a number.
 */
export function parseVietnameseNumber(raw: string): number | null {
  const s = raw.trim().replace(/\s/g, "");
  if (s === "") return null;
  if (/^[-+]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) return Number(s.replace(/\./g, "").replace(",", "."));
  if (/^[-+]?\d+(,\d+)?$/.test(s)) return Number(s.replace(",", "."));
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ""));
  if (/^[-+]?\d+\.\d+$/.test(s)) return Number(s);
  return null;
}
