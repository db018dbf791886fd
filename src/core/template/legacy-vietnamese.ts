/**
 * Detects Vietnamese typed in the pre-Unicode font encodings still met in provincial offices:
 * TCVN3 (ABC, fonts ".VnTime") and VNI (fonts "VNI-Times"). Both put Vietnamese letters on
 * Latin-1 code points, so a file in them is valid text that reads as nonsense:
 *
 *   Unicode  "Cộng hòa xã hội chủ nghĩa Việt Nam"
 *   TCVN3    "Céng hoµ x· héi chñ nghÜa ViÖt Nam"   one byte a letter: à = µ, ã = ·, đ = ®, ơ = ¬ …
 *   VNI      "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam"   vowel + a mark byte: ộ = oä, à = aø, ủ = uû …
 *
 * The same text arrives either as single-byte files (CSV saved by an old program) or as Unicode
 * text whose letters are those Latin-1 look-alikes (a cell typed with a ".VnTime" font). Either
 * way the code points are what we look at. We report such text; we never try to convert it,
 * because a wrong guess silently changes names and numbers.
 */

export type LegacyEncoding = "TCVN3" | "VNI";

export interface LegacyDetection {
  encoding: LegacyEncoding;
  /** the word around the first telling character, as it appears */
  sample: string;
  /** 1-based line of that character */
  line: number;
  /** how many telling characters were found */
  hits: number;
}

/** Latin-1 letters that Vietnamese uses itself: these prove nothing. */
const VIETNAMESE_LATIN1 = new Set("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý");

/** TCVN3 code points that are symbols in Latin-1 (0xA1–0xBE, ×, Þ, ß): no VNI text has them. */
function isTcvn3Symbol(code: number): boolean {
  return (code >= 0xa1 && code <= 0xbe) || code === 0xd7 || code === 0xde || code === 0xdf;
}

/** VNI writes tone and hat marks as a byte after the vowel; these mark bytes are never Vietnamese letters. */
const VNI_MARKS = new Set("øûïöäåëüæØÛÏÖÄÅËÜÆ");
const VOWELS = new Set("aeiouyAEIOUYâêôÂÊÔ");
const VNI_AFTER_D = new Set("aeiouAEIOUâêôÂÊÔ");

/** Symbols that Unicode reports use for themselves (m², 30°, ±5%, «quoted»): not counted. */
const ORDINARY_SYMBOLS = new Set("\u00a0°²³±«»");

function isNonVietnameseLatin1(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code >= 0xa0 && code <= 0xff && !VIETNAMESE_LATIN1.has(ch) && !ORDINARY_SYMBOLS.has(ch);
}

const LETTER = /\p{L}/u;

function countTelling(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xa0 && code <= 0xff && isNonVietnameseLatin1(text[i]!) && ++n >= MIN_HITS) return n;
  }
  return n;
}

/** Minimum telling characters before we call text legacy-encoded: one "®" in "Microsoft®" is not enough. */
const MIN_HITS = 3;

/**
 * Returns the likely legacy encoding of `text`, or null when it reads as Unicode Vietnamese
 * (or as anything else without the telltale patterns).
 */
export function detectLegacyVietnamese(text: string): LegacyDetection | null {
  // Fast path for the common case (checks run this on every cell): without enough telling
  // characters the answer is null, whatever the letters around them.
  if (countTelling(text) < MIN_HITS) return null;
  let tcvn = 0;
  let vni = 0;
  let nonViet = 0;
  let first = -1;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (LETTER.test(ch)) letters++;
    if (!isNonVietnameseLatin1(ch)) continue;
    nonViet++;
    if (first < 0) first = i;
    const prev = i > 0 ? text[i - 1]! : "";
    const next = i + 1 < text.length ? text[i + 1]! : "";
    const afterVowel = VOWELS.has(prev);
    // VNI writes đ/Đ as ñ/Ñ; at the start of a word before a vowel it cannot be TCVN3's "ủ"
    // (which begins "ủy", "ủng" …).
    if ((ch === "ñ" || ch === "Ñ") && !LETTER.test(prev) && VNI_AFTER_D.has(next)) vni += 1;
    else if (isTcvn3Symbol(ch.charCodeAt(0))) tcvn += 2;
    else if (!afterVowel) tcvn += 1;
    if (afterVowel && VNI_MARKS.has(ch)) vni += 1;
  }
  // Legacy text has a telling character in most words; Unicode text with a stray symbol has few.
  if (nonViet < MIN_HITS || Math.max(tcvn, vni) < MIN_HITS || nonViet * 100 < letters) return null;
  const encoding: LegacyEncoding = vni >= tcvn ? "VNI" : "TCVN3";
  return { encoding, sample: wordAround(text, first), line: lineOf(text, first), hits: nonViet };
}

function wordAround(text: string, at: number): string {
  let start = at;
  let end = at + 1;
  // A few words either side, on the same line, so the user recognises the place.
  let spaces = 0;
  while (
    start > 0 &&
    text[start - 1] !== "\n" &&
    text[start - 1] !== "\r" &&
    !(text[start - 1] === " " && ++spaces > 2)
  )
    start--;
  spaces = 0;
  while (end < text.length && text[end] !== "\n" && text[end] !== "\r" && !(text[end] === " " && ++spaces > 2)) end++;
  const s = text
    .slice(start, end)
    .replace(/[,;\t"]+/g, " ")
    .trim();
  return s.length > 40 ? s.slice(0, 40) + "…" : s;
}

function lineOf(text: string, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
