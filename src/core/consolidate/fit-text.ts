/**
 * Text cut to what one cell can show: Excel stops a row at 409 pt, so a wrapped text longer than
 * that is hidden below the row's edge, where nobody reads it. A text past the budget is cut at a
 * word, ends in "…" and a note that says where the whole text is (the agency's sheet, kept
 * unchanged). Lines are estimated as for the row heights (row-heights.ts), so a fitted cell
 * never asks for more than the row can give.
 */
import { isWhiteSpaceCode } from "../text";
import { MAX_ROW_LINES, isHighSurrogate, wrappedLines } from "./row-heights";

/**
 * `text` as it fits in `maxLines` lines of a column `width` wide, or its start, "…" and `note`
 * on a line of its own (no line when `note` is empty). Bounded: a binary search over the text's length, each step linear.
 * A text fitted on many rows (a task's title on every agency's row) is fitted once by its sheet.
 */
export function fitText(text: string, width: number, note: string, maxLines: number = MAX_ROW_LINES): string {
  if (text === "" || wrappedLines(text, width) <= maxLines) return text;
  // Where each character (code point) starts: a cut never splits a surrogate pair.
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff || i === 0 || !isHighSurrogate(text.charCodeAt(i - 1))) starts.push(i);
  }
  const cut = (n: number) => {
    let head = text.slice(0, n < starts.length ? starts[n] : text.length);
    // end at a word, unless that throws away most of the text (one very long word)
    const space = lastWhiteSpace(head);
    if (space > n / 2) head = head.slice(0, space);
    return note ? `${head.trimEnd()}…\n${note}` : `${head.trimEnd()}…`;
  };
  return longestCutThatFits(starts.length, cut, width, maxLines);
}

/**
 * `cut(n)` for the largest n below `count` whose lines fit (`cut(0)` when none does): a binary
 * search, since greedy wrapping never loses lines as the text grows.
 */
function longestCutThatFits(count: number, cut: (n: number) => string, width: number, maxLines: number): string {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (wrappedLines(cut(mid), width) <= maxLines) lo = mid;
    else hi = mid - 1;
  }
  return cut(lo);
}

/** Index of the last white-space character (as `\s` has it), -1 when there is none. */
function lastWhiteSpace(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) if (isWhiteSpaceCode(s.charCodeAt(i))) return i;
  return -1;
}

/** Names joined by ", ", as many whole names as fit with "…" and `note` when not all do. */
export function fitList(
  items: readonly string[],
  width: number,
  note: string,
  maxLines: number = MAX_ROW_LINES,
): string {
  const all = items.join(", ");
  if (wrappedLines(all, width) <= maxLines) return all;
  return longestCutThatFits(items.length, (n) => `${items.slice(0, n).join(", ")}…\n${note}`, width, maxLines);
}
