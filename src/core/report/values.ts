/**
 * Readers for the values agencies type into the report: statuses, roles, dates, numbers,
 * e-mail addresses, phone numbers, and formula error values. Each reader takes a raw grid
 * cell and says what it found, so the reader and the checks judge a cell the same way.
 * Nothing here evaluates text: a cell that starts with "=" is text like any other.
 */
import { isDateCell, isErrorCell, type Cell } from "../grid";
import { isoFromSerial, parseDateText, parseVietnameseNumber } from "../dates";
import { collapseSpaces, foldKey, needsCleaning, normalizeText } from "../text";
import { STATUS_LABELS, ROLE_LABELS, type ReportedStatus } from "../template/layout";
import { allowedDistance, editDistance } from "./labels";
import type { Role } from "../matrix-model";

/** Text of a cell as a person would read it; dates as ISO, errors as their code. */
export function cellText(c: Cell | undefined): string {
  if (c === null || c === undefined) return "";
  if (typeof c === "string") {
    // The fast path gives the same text as the full cleaning whenever nothing needs cleaning.
    return needsCleaning(c) ? collapseSpaces(normalizeText(c)) : c.normalize("NFC");
  }
  if (typeof c === "number") return Number.isFinite(c) ? String(c) : "";
  if (typeof c === "boolean") return c ? "TRUE" : "FALSE";
  if (isDateCell(c)) return isoFromSerial(c.serial) ?? String(c.serial);
  if (isErrorCell(c)) return c.code;
  return "";
}

/** Multi-line text kept as lines (results and difficulties are often lists). */
export function cellLongText(c: Cell | undefined): string {
  if (typeof c === "string") {
    // One clean line (the usual case) is its own long text.
    if (!needsCleaning(c)) return c.normalize("NFC");
    return normalizeText(c)
      .split("\n")
      .map((l) => l.replace(/\s+/g, " ").trim())
      .filter((l) => l !== "")
      .join("\n");
  }
  return cellText(c);
}

// What cellText would reduce to nothing: whitespace and the invisible characters text.ts drops.
const VISIBLE = /[^\s\u200b\u00ad\ufeff]/;

/** Same answer as `cellText(c) === ""`, without building the text (called for every cell). */
export function isBlank(c: Cell | undefined): boolean {
  if (c === null || c === undefined) return true;
  if (typeof c === "string") return !VISIBLE.test(c);
  if (typeof c === "number") return !Number.isFinite(c);
  if (typeof c === "boolean") return false;
  if (c.kind === "error") return c.code === "";
  return false;
}

const ERROR_TEXT =
  /^#(REF!|VALUE!|N\/A|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|UNKNOWN!|CONNECT!|BUSY!)$/i;

/**
 * The formula error a cell shows, if any: an error value from the reader, or the same text
 * pasted as a value (copying a broken sheet "as values" turns #REF! into text).
 */
export function formulaErrorOf(c: Cell | undefined): string | null {
  if (c === null || c === undefined) return null;
  if (isErrorCell(c)) return c.code;
  if (typeof c === "string") {
    const s = c.trim();
    return ERROR_TEXT.test(s) ? s.toUpperCase() : null;
  }
  return null;
}

/** A value read from a list: the canonical value and whether it was written differently. */
export type ListReading<T> = { ok: true; value: T; exact: boolean } | { ok: false };

// Folded spellings officials use for each status, beyond the label itself. "HT" is
// "hoàn thành", "TH" is "thực hiện", "TK" is "triển khai".
const STATUS_KEYS: Record<ReportedStatus, string[]> = {
  // "Đã thực hiện" says the work was carried out: done.
  done: [
    "da hoan thanh",
    "hoan thanh",
    "da ht",
    "ht",
    "da xong",
    "xong",
    "hoan tat",
    "da hoan tat",
    "hoan thanh dung han",
    "hoan thanh qua han",
    "hoan thanh dung tien do",
    "da thuc hien",
  ],
  // "Đã triển khai" says the work has started, not that it is finished; "thường xuyên"
  // is recurring work that is under way.
  inProgress: [
    "dang thuc hien",
    "dang th",
    "dang trien khai",
    "dang tk",
    "dang tien hanh",
    "dang lam",
    "dang thuc hien trong han",
    "dang trien khai thuc hien",
    "dang trien khai th",
    "dang thuc hien chua hoan thanh",
    "da trien khai",
    "dang trien khai thuong xuyen",
    "dang thuc hien thuong xuyen",
    "trien khai thuong xuyen",
    "thuc hien thuong xuyen",
    "thuong xuyen",
  ],
  notStarted: [
    "chua thuc hien",
    "chua th",
    "chua trien khai",
    "chua tk",
    "chua bat dau",
    "chua lam",
    "chua trien khai thuc hien",
    "chua",
  ],
};

const STATUS_BY_KEY = new Map<string, ReportedStatus>();
for (const [status, keys] of Object.entries(STATUS_KEYS) as [ReportedStatus, string[]][]) {
  for (const k of keys) STATUS_BY_KEY.set(k, status);
}

/**
 * A bounded memo for readers of list values: a batch holds thousands of cells with the same
 * few texts. Cleared when full, since cell texts are untrusted and unbounded.
 */
function memo<T>(read: (text: string) => T, max = 2000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let v = cache.get(text);
    if (v === undefined) {
      v = read(text);
      if (cache.size >= max) cache.clear();
      cache.set(text, v);
    }
    return v;
  };
}

const STATUS_KEY_LIST = [...STATUS_BY_KEY.entries()];

/**
 * The status a folded key stands for: an alias, or a typo of aliases that all mean one
 * status (the same "only one candidate" rule as column labels), so "Đã hoàn thnah" reads
 * but a spelling halfway between two statuses does not.
 */
function statusOfKey(k: string): ReportedStatus | undefined {
  const hit = STATUS_BY_KEY.get(k);
  if (hit) return hit;
  const cap = allowedDistance(k.length);
  if (cap === 0 || k.length > 80) return undefined;
  let best = cap + 1;
  let found = new Set<ReportedStatus>();
  for (const [key, status] of STATUS_KEY_LIST) {
    if (allowedDistance(key.length) === 0) continue;
    const d = editDistance(k, key, cap);
    if (d < best) {
      best = d;
      found = new Set([status]);
    } else if (d === best) found.add(status);
  }
  return best <= cap && found.size === 1 ? [...found][0] : undefined;
}

const statusOfText = memo((text: string): ListReading<ReportedStatus> => {
  if (text === "") return { ok: false };
  // Notes in brackets and a trailing "100%" add nothing to the status ("Đã hoàn thành (100%)",
  // "Hoàn thành 100%"), as with column labels.
  const k = foldKey(text.replace(/\([^)]*\)|\[[^\]]*\]/g, " ").replace(/\s*100\s*%\s*[.;]?\s*$/, " "));
  const status = k === "" ? undefined : statusOfKey(k);
  if (!status) return { ok: false };
  return { ok: true, value: status, exact: text === STATUS_LABELS[status] };
});

export function readStatus(c: Cell | undefined): ListReading<ReportedStatus> {
  return statusOfText(cellText(c));
}

const ROLE_KEYS: Record<Role, string[]> = {
  CT: ["chu tri", "ct", "co quan chu tri", "don vi chu tri"],
  PH: ["phoi hop", "ph", "co quan phoi hop", "don vi phoi hop"],
  TH: ["thuc hien", "th", "trien khai thuc hien", "trien khai"],
};
const ROLE_BY_KEY = new Map<string, Role>();
for (const [role, keys] of Object.entries(ROLE_KEYS) as [Role, string[]][]) {
  for (const k of keys) ROLE_BY_KEY.set(k, role);
}

const roleOfText = memo((text: string): ListReading<Role> => {
  if (text === "") return { ok: false };
  const role = ROLE_BY_KEY.get(foldKey(text));
  if (!role) return { ok: false };
  return { ok: true, value: role, exact: text === ROLE_LABELS[role] };
});

export function readRole(c: Cell | undefined): ListReading<Role> {
  return roleOfText(cellText(c));
}

export type DateValue =
  | { kind: "empty" }
  | { kind: "ok"; iso: string }
  /** looks like a date but cannot be one (31/02/2022), or a serial out of range */
  | { kind: "invalid"; text: string }
  | { kind: "unrecognised"; text: string };

/** Dates as serials (number cells formatted as dates), date cells, or typed text. */
export function readDate(c: Cell | undefined): DateValue {
  if (c === null || c === undefined) return { kind: "empty" };
  if (isDateCell(c)) {
    const iso = isoFromSerial(c.serial);
    return iso ? { kind: "ok", iso } : { kind: "invalid", text: String(c.serial) };
  }
  if (typeof c === "number") {
    // A bare number in a date column is a serial whose date format was lost (paste as values).
    // Reports concern 2000–2100: serials 36526–73050. Anything else is not a date.
    if (Number.isInteger(c) && c >= 36_526 && c <= 73_050) {
      const iso = isoFromSerial(c);
      if (iso) return { kind: "ok", iso };
    }
    return { kind: "unrecognised", text: String(c) };
  }
  const text = cellText(c);
  if (text === "") return { kind: "empty" };
  const r = parseDateText(text);
  if (r.ok) return { kind: "ok", iso: r.iso };
  return r.reason === "invalid" ? { kind: "invalid", text } : { kind: "unrecognised", text };
}

export type NumberValue = { kind: "empty" } | { kind: "ok"; value: number } | { kind: "bad"; text: string };

export function readNumber(c: Cell | undefined): NumberValue {
  if (typeof c === "number") return Number.isFinite(c) ? { kind: "ok", value: c } : { kind: "bad", text: String(c) };
  const text = cellText(c);
  if (text === "") return { kind: "empty" };
  const n = parseVietnameseNumber(text);
  return n === null ? { kind: "bad", text } : { kind: "ok", value: n };
}

// Deliberately plain: one "@", no spaces, a dot in the domain. Stricter rules reject
// addresses that mail servers accept; looser ones let typos ("abc@gmail") through.
const EMAIL_RE = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[A-Za-z]{2,}$/;

/** One address, or several separated by ";" or "," (a department often gives two). */
export function isPlausibleEmail(text: string): boolean {
  const parts = text.split(/[;,]/).map((p) => p.trim());
  return parts.every((p) => p.length <= 254 && EMAIL_RE.test(p));
}

/** Vietnamese phone numbers as written: "0260 3862 xxx", "(0260) 3.862.123", "+84 …"; 8–15 digits. */
export function isPlausiblePhone(text: string): boolean {
  // Several numbers: "0260 3862 123; 0905 123 456" or "0260 3862 123 - 0905 123 456".
  const parts = text.split(/[;,]|\s[-–]\s/).map((p) => p.trim());
  return parts.every((p) => {
    if (!/^[+()\d\s.\-/]+$/.test(p)) return false;
    const digits = p.replace(/\D/g, "").length;
    return digits >= 8 && digits <= 15;
  });
}

/**
 * A task code as the plan writes it ("1.1", "2.6"). Agencies type "1.1.", "NV 1.1", or
 * Excel turns "1.1" into the number 1.1; all of these read as "1.1".
 */
export function readTaskCode(c: Cell | undefined): string | null {
  if (typeof c === "number") return Number.isFinite(c) ? String(c) : null;
  const text = cellText(c);
  if (text === "") return null;
  const m = /^(?:(?:mã\s*)?(?:nv|nhiệm vụ)\s*(?:số\s*)?)?(\d{1,3}(?:\.\d{1,3}){0,3})\.?$/iu.exec(text);
  return m ? m[1]! : text;
}

/** A period such as "Năm 2022", "2022", "năm 2022 (chốt số liệu 31/10)": the year, as text. */
export function readPeriod(text: string): string | null {
  const years = [...new Set([...text.matchAll(/(?<!\d)(20\d{2})(?!\d)/g)].map((m) => m[1]!))];
  return years.length === 1 ? years[0]! : null;
}

/** Keeps a value short enough for a message: untrusted text can be any length. */
export function shortValue(s: string, max = 200): string {
  return s.length <= max ? s : s.slice(0, max - 1) + "…";
}
