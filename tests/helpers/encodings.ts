/**
 * Test-only encoders for the encodings agencies' CSV files come in. windows-1258 writes
 * Vietnamese as a base letter (a, â, ă, ê, ô, ơ, ư, đ…) plus a separate tone-mark byte; the
 * byte of each base letter is found by decoding all 256 bytes once.
 */

/** Tone marks as combining characters, and their windows-1258 bytes. */
const TONE_BYTES: Record<string, number> = {
  "\u0300": 0xcc, // huyền
  "\u0301": 0xec, // sắc
  "\u0303": 0xde, // ngã
  "\u0309": 0xd2, // hỏi
  "\u0323": 0xf2, // nặng
};

let baseTable: Map<string, number> | null = null;
function cp1258Bases(): Map<string, number> {
  if (baseTable) return baseTable;
  const dec = new TextDecoder("windows-1258");
  baseTable = new Map();
  for (let b = 0x80; b <= 0xff; b++) {
    const ch = dec.decode(new Uint8Array([b]));
    if (ch.length === 1 && !baseTable.has(ch)) baseTable.set(ch, b);
  }
  return baseTable;
}

export function encodeWindows1258(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize("NFC")) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const direct = cp1258Bases().get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    // Split off the tone mark; what is left (ơ, â, ê …) is a single windows-1258 byte.
    const nfd = ch.normalize("NFD");
    const tone = [...nfd].find((c) => c in TONE_BYTES);
    const base = [...nfd]
      .filter((c) => c !== tone)
      .join("")
      .normalize("NFC");
    const b =
      cp1258Bases().get(base) ?? (base.length === 1 && base.charCodeAt(0) < 0x80 ? base.charCodeAt(0) : undefined);
    if (b === undefined || tone === undefined) throw new Error(`cannot encode ${ch} in windows-1258`);
    out.push(b, TONE_BYTES[tone]!);
  }
  return new Uint8Array(out);
}

export function encodeUtf16(text: string, order: "le" | "be", bom = true): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const units = (bom ? "\ufeff" : "") + text;
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    const [first, second] = order === "le" ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff];
    out[i * 2] = first;
    out[i * 2 + 1] = second;
  }
  return out;
}

export function encodeUtf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

/** Each character's code point as one byte: how legacy-font text sits in a single-byte file. */
export function latin1Bytes(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => {
    const code = c.charCodeAt(0);
    if (code > 0xff) throw new Error(`not Latin-1: ${c}`);
    return code;
  });
}
