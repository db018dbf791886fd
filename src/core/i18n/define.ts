/**
 * Translation tables are split by area (plan, check, summary, ui, cli) so that each part of
 * the product owns its texts. Each area is written as { vi, en } where `en` must have exactly
 * the keys of `vi`: Vietnamese is the first language, English the second.
 */
export type Locale = "vi" | "en";

export function defineMessages<K extends string>(
  vi: Record<K, string>,
  en: Record<K, string>,
): {
  vi: Record<K, string>;
  en: Record<K, string>;
} {
  return { vi, en };
}

export type Params = Record<string, string | number | null | undefined>;

/** A message template cut at its placeholders once: text, or a placeholder with its plural forms. */
type Piece = string | { name: string; whole: string; one?: string; other?: string };

const PLACEHOLDER = /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g;

// Templates come from the translation tables, a few thousand at most: each is cut once, not at
// every message (a check of a thousand files writes tens of thousands). Bounded all the same.
const MAX_CACHED = 10_000;
const cut = new Map<string, Piece[]>();

function piecesOf(template: string): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    if (m.index > at) pieces.push(template.slice(at, m.index));
    pieces.push(
      m[2] === undefined ? { name: m[1]!, whole: m[0] } : { name: m[1]!, whole: m[0], one: m[2], other: m[3] },
    );
    at = m.index + m[0].length;
  }
  if (at < template.length) pieces.push(template.slice(at));
  return pieces;
}

/**
 * Replaces `{name}` placeholders; unknown placeholders stay visible so a missing param is noticed.
 * `{name|one|other}` is a plural choice for English: `one` when the parameter is 1, else `other`
 * ("{count} {count|error|errors}"). Vietnamese nouns do not inflect, so its tables never need it.
 */
export function interpolate(template: string, params: Params = {}): string {
  if (!template.includes("{")) return template;
  let pieces = cut.get(template);
  if (!pieces) {
    pieces = piecesOf(template);
    if (cut.size < MAX_CACHED) cut.set(template, pieces);
  }
  let out = "";
  for (const p of pieces) {
    if (typeof p === "string") {
      out += p;
      continue;
    }
    const v = params[p.name];
    if (v === undefined || v === null) out += p.whole;
    else if (p.one === undefined || p.other === undefined) out += String(v);
    else out += Number(v) === 1 ? p.one : p.other;
  }
  return out;
}
