/**
 * Text items of a PDF page → lines → paragraphs, in the order the page's content stream gives
 * them (the producer's reading order: a cell's text, a column's text, stays together even when
 * another column sits beside it at the same height).
 */
export interface TextItem {
  str: string;
  x: number;
  /** baseline */
  y: number;
  width: number;
  /** font size in points */
  size: number;
  /** position in the page's content stream */
  order: number;
}

export interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  order: number;
}

/** Groups items into lines: a new line whenever the baseline moves by more than half a letter. */
export function toLines(items: readonly TextItem[]): Line[] {
  const lines: Line[] = [];
  let cur: Line | null = null;
  for (const it of items) {
    if (it.str === "") continue;
    const blank = it.str.trim() === "";
    if (cur && Math.abs(it.y - cur.y) <= 0.5 * Math.max(cur.size, it.size, 1)) {
      if (!blank) {
        const gap = it.x - cur.x1;
        const needsSpace = gap > 0.2 * Math.max(cur.size, 1) && !/\s$/.test(cur.text) && !/^\s/.test(it.str);
        cur.text += (needsSpace ? " " : "") + it.str;
        cur.x1 = Math.max(cur.x1, it.x + it.width);
        cur.size = Math.max(cur.size, it.size);
      } else if (!/\s$/.test(cur.text)) cur.text += " ";
      continue;
    }
    if (blank) continue;
    cur = { text: it.str, x0: it.x, x1: it.x + it.width, y: it.y, size: it.size, order: it.order };
    lines.push(cur);
  }
  for (const l of lines) l.text = l.text.replace(/\s+/g, " ").trim();
  return lines.filter((l) => l.text !== "");
}

/** A line that opens a list item: "-", "+", "•", "1.", "2.1", "a)", "đ.", "II.", "(3)". */
export const ITEM_START = /^(?:[-+•*–]\s|\(?\d{1,3}(?:\.\d{1,3})*[.)]\s|\(?[a-zđê][.)]\s|[IVXLC]{1,6}\.\s|Điều \d)/u;

/** The usual distance between two lines of one paragraph: the median of the small gaps. */
export function linePitch(lines: readonly Line[]): number {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const gap = lines[i - 1]!.y - lines[i]!.y;
    const size = lines[i]!.size;
    if (gap > 0.8 * size && gap < 2.5 * size) gaps.push(gap);
  }
  if (gaps.length === 0) return (lines[0]?.size ?? 12) * 1.2;
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 4)]!;
}

/**
 * Lines → paragraphs. A paragraph ends where the next line is not just below (a larger gap, or
 * it goes back up), starts further right than the paragraph's later lines (a first-line indent),
 * or opens a list item. In running text (`justified`), a line that stops well short of the right
 * margin ends its paragraph too; not in table cells, whose ragged lines would break names apart.
 * Lines of one paragraph are joined with a space (the PDF wrapped them, the author did not).
 */
export function toParagraphs(
  lines: readonly Line[],
  justified: boolean,
  pitch = linePitch(lines),
  /** a table cell's right edge, inside its padding: a word longer than the cell is cut there */
  cellRight?: number,
): { text: string; order: number }[] {
  const out: { text: string; order: number }[] = [];
  const right = lines.reduce((m, l) => Math.max(m, l.x1), 0);
  let prev: Line | null = null;
  let firstOfParagraph = true;
  for (const l of lines) {
    const gap = prev ? prev.y - l.y : 0;
    const joins: boolean =
      prev !== null &&
      gap > 0 &&
      gap <= pitch * 1.25 + 0.5 &&
      // a hanging indent (bullet, then its wrapped lines further right) stays one paragraph;
      // in table cells lines are often centred, so their starts say nothing
      (!justified || l.x0 <= prev.x0 + 0.6 * l.size || firstOfParagraph) &&
      !(justified && prev.x1 < right - 4 * prev.size) &&
      !ITEM_START.test(l.text);
    firstOfParagraph = !joins;
    const last = out[out.length - 1];
    if (joins && last && prev && cellRight !== undefined && cutWord(prev, l, cellRight)) last.text += l.text;
    else if (joins && last) last.text = joinWrapped(last.text, l.text);
    else out.push({ text: l.text, order: l.order });
    prev = l;
  }
  return out;
}

/**
 * A word too long for its cell is cut where the cell ends ("Thưởn|g", "T|T", "NHIỆ|M"): the line
 * before is one piece without a space that reaches the cell's right edge, and the pieces are
 * not two syllables: one has no vowel, and together they make one Vietnamese syllable, or
 * neither has a vowel, or both are capitals (an acronym or a heading: "UBN|D", "NHIỆ|M"). Geometry alone cannot tell a cut from a wrap in a
 * cell one word wide ("Giáo|dục" are two syllables, "Số|TT" a word and an acronym).
 */
function cutWord(prev: Line, next: Line, cellRight: number): boolean {
  const letter = (next.x1 - next.x0) / Math.max(1, next.text.length);
  if (/\s/.test(prev.text) || prev.x1 + letter <= cellRight) return false;
  const head = /^\p{L}+/u.exec(next.text)?.[0];
  if (!head || !/^\p{L}+$/u.test(prev.text)) return false;
  const a = hasVowel(prev.text);
  const b = hasVowel(head);
  const caps = (x: string) => x === x.toUpperCase() && x !== x.toLowerCase();
  return (!a && !b) || (caps(prev.text) && caps(head)) || (a !== b && isSyllable(prev.text + head));
}

function bare(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
}

function hasVowel(s: string): boolean {
  return /[aeiouy]/.test(bare(s));
}

const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;

function isSyllable(s: string): boolean {
  return SYLLABLE.test(bare(s));
}

/** Joins a wrapped line to the text before it; a line broken after a hyphen ("QĐ-|BNN") gets no space. */
export function joinWrapped(before: string, after: string): string {
  return /\S-$/.test(before) ? before + after : `${before} ${after}`;
}
