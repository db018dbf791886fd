/**
 * Turns the bytes of a text file into a string, guessing the encoding the way Vietnamese
 * offices' files come: UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode text"), or the
 * Windows code page for Vietnamese, windows-1258, from older programs. Browser-safe.
 */

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1258";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** the encoding was announced by a byte-order mark, not guessed */
  bom: boolean;
}

/** The file begins with the bytes `sig` (a signature or a byte-order mark). */
export function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/**
 * UTF-16 without a BOM shows as a NUL in every other byte of ASCII text. Returns the byte order
 * when at least 40% of the sampled pairs look like that, else null.
 */
export function guessBomlessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs >= 0.4 && evenZero / pairs < 0.05) return "utf-16le";
  if (evenZero / pairs >= 0.4 && oddZero / pairs < 0.05) return "utf-16be";
  return null;
}

/** Decodes with BOM first, then strict UTF-8, then windows-1258. Always returns NFC text. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]))
    return done(new TextDecoder("utf-8").decode(bytes.subarray(3)), "utf-8", true);
  if (startsWith(bytes, [0xff, 0xfe]))
    return done(new TextDecoder("utf-16le").decode(bytes.subarray(2)), "utf-16le", true);
  if (startsWith(bytes, [0xfe, 0xff]))
    return done(new TextDecoder("utf-16be").decode(bytes.subarray(2)), "utf-16be", true);
  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) return done(new TextDecoder(utf16).decode(bytes), utf16, false);
  try {
    return done(new TextDecoder("utf-8", { fatal: true }).decode(bytes), "utf-8", false);
  } catch {
    // Not valid UTF-8: windows-1258 is what Vietnamese Windows writes for "ANSI" text.
    // Its letters come decomposed (base + combining tone mark): NFC puts them together.
    return done(new TextDecoder("windows-1258").decode(bytes), "windows-1258", false);
  }
}

function done(text: string, encoding: TextEncodingName, bom: boolean): DecodedText {
  return { text: text.normalize("NFC"), encoding, bom };
}

/** True when the bytes hold NULs or control bytes that text files do not have (after encoding checks). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1a && b !== 0x1b)) bad++;
  }
  return bad > n * 0.02;
}
