/**
 * `mailto:` links that open a draft in the official's mail program. Excel refuses hyperlink
 * addresses longer than about 2,080 characters, and every Vietnamese letter costs up to nine
 * once percent-encoded, so the body's list is cut to fit and ends with how many items were left out.
 */

/** Room kept under Excel's limit on a hyperlink address. */
export const MAX_MAILTO_LENGTH = 2000;

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
 */
export function fittedMailto(to: string, subject: string, d: MailDraft): { url: string; itemsKept: number } {
  for (let keep = d.items.length; keep >= 0; keep--) {
    const url = mailtoUrl(to, subject, draftBody(d, keep));
    if (url.length <= MAX_MAILTO_LENGTH) return { url, itemsKept: keep };
  }
  let body = draftBody(d, 0);
  while (body.length > 0 && mailtoUrl(to, subject, body + "…").length > MAX_MAILTO_LENGTH)
    body = Array.from(body).slice(0, -1).join("");
  return { url: mailtoUrl(to, subject, body + "…"), itemsKept: 0 };
}
