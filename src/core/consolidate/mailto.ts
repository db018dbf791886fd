/**
 * `mailto:` links that open a draft in the official's mail program. Excel refuses hyperlink
 * addresses longer than about 2,080 characters, and every Vietnamese letter costs up to nine
 * once percent-encoded, so the body's list is cut to fit and ends with how many items were left out.
 */

/** Room kept under Excel's limit on a hyperlink address. */
export const MAX_MAILTO_LENGTH = 2000;

/** A line break in an encoded body. */
const BREAK = "%0D%0A";

/** RFC 6068: spaces as %20, line breaks as %0D%0A. */
function encode(text: string): string {
  return encodeURIComponent(text.replace(/\r?\n/g, "\r\n"));
}

export function mailtoUrl(to: string, subject: string, body: string): string {
  // The address goes in as typed, apart from characters that would break the URL.
  const address = to.trim().replace(/[?&#%\s]/g, (c) => encodeURIComponent(c));
  return `mailto:${address}?subject=${encode(subject)}&body=${encode(body)}`;
}

export interface MailDraft {
  /** text before the list */
  intro: string[];
  /** the items (what is missing or wrong), one per line */
  items: string[];
  /** text after the list */
  outro: string[];
  /** line that replaces the items left out; `{count}` is the number left out */
  more: (count: number) => string;
}

export function draftBody(d: MailDraft, keep = d.items.length): string {
  const items = d.items.slice(0, keep);
  const left = d.items.length - items.length;
  const lines = [...d.intro, ...items.map((i) => `- ${i}`), ...(left > 0 ? [d.more(left)] : []), ...d.outro];
  return lines.join("\n");
}

/**
 * The link for a draft: as many items as fit under MAX_MAILTO_LENGTH. When even the intro is
 * too long the body is cut at a whole character and ends with "…".
 *
 * Linear in the draft: a URL's length is the sum of its encoded lines (each line break costs
 * "%0D%0A"), so every line is encoded once and the longest list that fits is found from prefix
 * sums, instead of encoding the whole body again for each candidate length.
 */
export function fittedMailto(to: string, subject: string, d: MailDraft): { url: string; itemsKept: number } {
  const base = mailtoUrl(to, subject, "").length;
  const len = (line: string) => encode(line).length;
  const fixed = [...d.intro, ...d.outro].reduce((n, l) => n + len(l), 0);
  const itemLens = d.items.map((i) => len(`- ${i}`));
  // encoded length of the body with the first `keep` items: lines plus one break between each pair
  const bodyLength = (keep: number, itemsLength: number) => {
    const left = d.items.length - keep;
    const lines = d.intro.length + keep + (left > 0 ? 1 : 0) + d.outro.length;
    return fixed + itemsLength + (left > 0 ? len(d.more(left)) : 0) + BREAK.length * Math.max(0, lines - 1);
  };
  let itemsLength = itemLens.reduce((n, l) => n + l, 0);
  for (let keep = d.items.length; keep >= 0; keep--) {
    if (base + bodyLength(keep, itemsLength) <= MAX_MAILTO_LENGTH) {
      const url = mailtoUrl(to, subject, draftBody(d, keep));
      // The arithmetic above must agree with the real URL; were it ever to differ, try one fewer.
      if (url.length <= MAX_MAILTO_LENGTH) return { url, itemsKept: keep };
    }
    if (keep > 0) itemsLength -= itemLens[keep - 1]!;
  }
  // Not even the intro fits: keep the longest whole-character prefix that does (binary search).
  const chars = Array.from(draftBody(d, 0));
  const fits = (n: number) => mailtoUrl(to, subject, chars.slice(0, n).join("") + "…").length <= MAX_MAILTO_LENGTH;
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return { url: mailtoUrl(to, subject, chars.slice(0, lo).join("") + "…"), itemsKept: 0 };
}
