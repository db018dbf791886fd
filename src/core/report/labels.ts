/**
 * Recognising the template's labels however an agency retyped them: case, tone marks,
 * spacing, punctuation, abbreviations ("Mã NV", "Ngày HT"), notes in brackets
 * ("Tình trạng (chọn)"), and small typos. A typo is forgiven only when exactly one label is
 * that close: the reader never guesses between two.
 */
import { abbreviationExpander, foldKey } from "../text";
import { HEADER_FIELDS, TABLE_COLUMNS, type ColumnKey, type HeaderFieldKey } from "../template/layout";

// Abbreviations in column and field labels, on folded words (no spelled-out word is itself an
// abbreviation, as abbreviationExpander needs).
const LABEL_ABBREVIATIONS = new Map<string, string>([
  ["nv", "nhiem vu"],
  ["ht", "hoan thanh"],
  ["th", "thuc hien"],
  ["nd", "noi dung"],
  ["kq", "ket qua"],
  ["kk", "kho khan"],
  ["vm", "vuong mac"],
  ["dx", "de xuat"],
  ["kn", "kien nghi"],
  ["gc", "ghi chu"],
  ["dv", "don vi"],
  ["bc", "bao cao"],
  ["sdt", "so dien thoai"],
  ["dt", "dien thoai"],
  ["vb", "van ban"],
  ["kh", "ke hoach"],
  ["email", "e mail"],
  ["stt", "so thu tu"],
  ["tt", "so thu tu"],
]);
const spellOut = abbreviationExpander(LABEL_ABBREVIATIONS);

// Words that add nothing to a label ("Nội dung của nhiệm vụ", "Khó khăn và vướng mắc").
const LABEL_FILLER = /\b(va|cua|cac)\b/g;

/** The comparison key of a label: folded, abbreviations spelled out, notes in brackets dropped. */
export function labelKey(label: string): string {
  const k = foldKey(label.replace(/\([^)]*\)|\[[^\]]*\]/g, " "));
  return spellOut(k).replace(LABEL_FILLER, " ").replace(/\s+/g, " ").trim();
}

/** How a label was recognised: exactly (up to case, marks, aliases) or as a near spelling. */
export interface LabelMatch<K extends string> {
  key: K;
  fuzzy: boolean;
}

interface LabelIndex<K extends string> {
  exact: Map<string, K>;
  all: { text: string; key: K }[];
}

function buildIndex<K extends string>(items: readonly { key: K; label: string; aliases: string[] }[]): LabelIndex<K> {
  const exact = new Map<string, K>();
  const all: { text: string; key: K }[] = [];
  for (const it of items) {
    for (const l of [it.label, ...it.aliases]) {
      const k = labelKey(l);
      if (k && !exact.has(k)) exact.set(k, it.key);
      all.push({ text: k, key: it.key });
    }
  }
  return { exact, all };
}

const COLUMN_INDEX = buildIndex<ColumnKey>(TABLE_COLUMNS);
const HEADER_INDEX = buildIndex<HeaderFieldKey>(HEADER_FIELDS);

/** Edit distance with transpositions (optimal string alignment), capped for speed. */
export function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const r = new Array<number>(cols).fill(0);
    r[0] = i;
    return r;
  });
  for (let j = 0; j < cols; j++) d[0]![j] = j;
  for (let i = 1; i < rows; i++) {
    let rowMin = Infinity;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > cap) return cap + 1;
  }
  return d[rows - 1]![cols - 1]!;
}

/** How far a typo may go: none for short labels, where one letter changes the meaning. */
export function allowedDistance(len: number): number {
  if (len < 6) return 0;
  if (len < 12) return 1;
  return 2;
}

// Labels repeat across hundreds of files: remember the keys of texts already seen. Bounded,
// because cell texts are untrusted and unbounded.
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_MAX = 5000;

function cachedKey(text: string): string {
  let k = KEY_CACHE.get(text);
  if (k === undefined) {
    k = labelKey(text);
    if (KEY_CACHE.size >= KEY_CACHE_MAX) KEY_CACHE.clear();
    KEY_CACHE.set(text, k);
  }
  return k;
}

function exactMatch<K extends string>(index: LabelIndex<K>, text: string): K | null {
  const k = cachedKey(text);
  return (k && index.exact.get(k)) || null;
}

function match<K extends string>(index: LabelIndex<K>, text: string): LabelMatch<K> | null {
  const k = cachedKey(text);
  if (!k || k.length > 80) return null;
  const hit = index.exact.get(k);
  if (hit) return { key: hit, fuzzy: false };
  const cap = allowedDistance(k.length);
  if (cap === 0) return null;
  let best = cap + 1;
  let keys = new Set<K>();
  for (const cand of index.all) {
    if (allowedDistance(cand.text.length) === 0) continue;
    const dist = editDistance(k, cand.text, cap);
    if (dist < best) {
      best = dist;
      keys = new Set([cand.key]);
    } else if (dist === best) {
      keys.add(cand.key);
    }
  }
  if (best > cap || keys.size !== 1) return null;
  return { key: [...keys][0]!, fuzzy: true };
}

export function matchColumnLabel(text: string): LabelMatch<ColumnKey> | null {
  return match(COLUMN_INDEX, text);
}

/** Exact (up to case, marks, abbreviations, aliases) only: cheap enough to try on every cell. */
export function matchColumnLabelExact(text: string): ColumnKey | null {
  return exactMatch(COLUMN_INDEX, text);
}

/**
 * Header labels are matched exactly (no typo allowance): they are searched for in every cell
 * around the table, where a near spelling is more likely a title or a note than a label.
 */
export function matchHeaderLabel(text: string): LabelMatch<HeaderFieldKey> | null {
  const key = exactMatch(HEADER_INDEX, text);
  return key ? { key, fuzzy: false } : null;
}
