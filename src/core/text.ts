/**
 * Vietnamese text as it comes from real documents: decomposed Unicode, CRLF, words split by
 * stray spaces, characters from a wrong font, footnote markers. Everything that reads text
 * from outside passes through here once.
 */

/** Characters that legacy fonts and bad conversions put in place of Vietnamese letters. */
const CONFUSABLES: Record<string, string> = {
  ǜ: "ũ",
  Ǜ: "Ũ",
  "\u00a0": " ", // no-break space
  "\u2007": " ",
  "\u202f": " ",
  "\u200b": "", // zero-width space
  "\u00ad": "", // soft hyphen
  "\ufeff": "", // BOM inside text
};

const CONFUSABLE_RE = new RegExp(`[${Object.keys(CONFUSABLES).join("")}]`, "g");

/**
 * NFC, LF line ends, confusable characters mended. Keeps lines, so line numbers stay true.
 */
export function normalizeText(raw: string): string {
  return raw
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(CONFUSABLE_RE, (ch) => CONFUSABLES[ch] ?? ch)
    .replace(/[ \f\v]+$/gm, ""); // trailing tabs stay: they delimit empty cells of pasted tables
}

/** One line of words: all whitespace runs (line breaks too) become one space. */
export function collapseSpaces(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/**
 * A lone "i" after a word that ends in a vowel is the tail of that word split off by a stray
 * space ("xã hộ i", "Hộ i đồng"): no Vietnamese word ends in a vowel followed by a separate "i".
 * Only "i" is mended: other lone letters are legal references ("điểm b khoản 1").
 */
const STRAY_I_RE =
  /([aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ])\s(i)(?=[\s,.;:)]|$)/giu;

function joinStrayLetters(s: string): string {
  return s.replace(STRAY_I_RE, "$1$2");
}

/** Footnote markers such as "[1]", "[12]" (not "[a]" or bracketed text). */
function stripFootnoteMarkers(s: string): string {
  return s.replace(/\s?\[\d{1,3}\]/g, "");
}

/** Dashes of every kind become "-" (names are written with "-" and "–" alike). */
function normalizeDashes(s: string): string {
  return s.replace(/[‐‑‒–—―−]/g, "-");
}

/** Text for display: all of the above, spaces collapsed. */
export function cleanPhrase(s: string): string {
  return collapseSpaces(joinStrayLetters(stripFootnoteMarkers(normalizeDashes(normalizeText(s)))));
}

/**
 * A key for comparing names: no diacritics, đ → d, lowercase, punctuation as spaces.
 * "Sở Lao động - TB&XH" → "so lao dong tb xh". Old and new tone placement (uỷ / ủy,
 * hoá / hóa) fold to the same key.
 */
export function foldKey(s: string): string {
  return normalizeText(s)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/&/g, " ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Removes Vietnamese diacritics but keeps case and punctuation: for ASCII file names and ids. */
function stripDiacritics(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFC");
}

/** A safe file-name fragment: ASCII letters, digits, "-" and "_". */
export function fileSafe(s: string): string {
  return stripDiacritics(s)
    .replace(/[^A-Za-z0-9_-]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Whether a UTF-16 code is one that `\s` matches in a JavaScript pattern. */
export function isWhiteSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Whether normalizeText + collapseSpaces could change the text: line breaks, tabs, odd spaces
 * and invisible characters, a double space, a space at either end. Most cells have none of
 * these. One pass over the characters: this runs for every cell each check reads.
 */
export function needsCleaning(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  if (isWhiteSpaceCode(s.charCodeAt(0)) || isWhiteSpaceCode(s.charCodeAt(n - 1))) return true;
  let previous = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      if (previous === 0x20) return true;
    } else if (c < 0x20) {
      if (c >= 0x09 && c <= 0x0d) return true;
    } else if (c >= 0xa0) {
      // odd spaces, and the invisible or confusable characters normalizeText mends
      if (isWhiteSpaceCode(c) || c === 0xad || c === 0x200b || (c >= 0x1d7 && c <= 0x1dc)) return true;
    }
    previous = c;
  }
  return false;
}

/**
 * Order by UTF-16 code units: the same on every machine, and no locale's collator to start. For
 * identifiers, ISO dates and "MM-DD" days; names people read are sorted by compareVietnamese.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

let vietnamese: Intl.Collator | null = null;

/**
 * Vietnamese dictionary order (Đ after D, Ơ after O), whatever the machine's locale, for names
 * people read. One collator, made at the first comparison: making it costs more than checking a
 * file, so a run that never sorts names never pays for it.
 */
export function compareVietnamese(a: string, b: string): number {
  vietnamese ??= new Intl.Collator("vi");
  return vietnamese.compare(a, b);
}

/**
 * One pass that spells out whole-word abbreviations in a folded key ("ubnd" → "uy ban nhan
 * dan"), the longest where two start at one word. Right only when no expansion holds an
 * abbreviation, as in the agency and label tables; then it gives what replacing them one after
 * another would.
 */
export function abbreviationExpander(table: ReadonlyMap<string, string>): (key: string) => string {
  const words = [...table.keys()]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const re = new RegExp(`\\b(?:${words.join("|")})\\b`, "g");
  return (key) => key.replace(re, (a) => table.get(a) ?? a);
}
