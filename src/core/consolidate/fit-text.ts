/**
 * Text cut to what one cell can show: Excel stops a row at 409 pt, so a wrapped text longer than
 * that is hidden below the row's edge, where nobody reads it. A text past the budget is cut at a
 * word, ends in "…" and a note that says where the whole text is (the agency's sheet, kept
 * unchanged). Lines are estimated as for the row heights (row-heights.ts), so a fitted cell
 * never asks for more than the row can give.
 */
import { MAX_ROW_LINES, wrappedLines } from "./row-heights";

/**
 * `text` as it fits in `maxLines` lines of a column `width` wide, or its start, "…" and `note`
 * on a line of its own (no line when `note` is empty). Bounded: a binary search over the text's length, each step linear.
 */
export function fitText(text: string, width: number, note: string, maxLines: number = MAX_ROW_LINES): string {
  if (text === "" || wrappedLines(text, width) <= maxLines) return text;
  const chars = Array.from(text);
  const cut = (n: number) => {
    let head = chars.slice(0, n).join("");
    // end at a word, unless that throws away most of the text (one very long word)
    const space = head.search(/\s\S*$/);
    if (space > n / 2) head = head.slice(0, space);
    return note ? `${head.trimEnd()}…\n${note}` : `${head.trimEnd()}…`;
  };
  // the longest start that still fits with the note (greedy wrapping never loses lines as text grows)
  let lo = 0;
  let hi = chars.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (wrappedLines(cut(mid), width) <= maxLines) lo = mid;
    else hi = mid - 1;
  }
  return cut(lo);
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
  const cut = (n: number) => `${items.slice(0, n).join(", ")}…\n${note}`;
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (wrappedLines(cut(mid), width) <= maxLines) lo = mid;
    else hi = mid - 1;
  }
  return cut(lo);
}
