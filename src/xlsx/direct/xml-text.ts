/**
 * Text out of XML, as the tokenizer and the attribute reader hand it on: the five predefined
 * entities and numeric references expanded (nothing else: no DTD is ever read), and never a
 * view into the part's text, which would keep the whole part alive. Browser-safe.
 */

const ENTITY = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);/g;

function entity(_: string, body: string): string {
  switch (body) {
    case "lt":
      return "<";
    case "gt":
      return ">";
    case "amp":
      return "&";
    case "quot":
      return '"';
    case "apos":
      return "'";
  }
  const code = body[1] === "x" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : "";
}

/** Predefined and numeric character references; anything else stays as written. */
export function decodeXmlText(s: string): string {
  return s.indexOf("&") < 0 ? s : s.replace(ENTITY, entity);
}

/**
 * A copy of `s` that does not hold on to the string it was cut from. V8 makes a slice of 13
 * characters or more a view into its parent: one cell text kept for the summary would keep the
 * whole decoded part (shared strings, a sheet) alive, for every file of a batch. The copy is
 * made flat by slicing a joined string, which V8 flattens first.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (" " + s).slice(1);
}

/** What the tokenizer hands out: entity-decoded, and never a view into the part's text. */
export function textOf(s: string): string {
  return s.indexOf("&") < 0 ? detached(s) : s.replace(ENTITY, entity);
}

/** XML white space between attributes and around `=`. */
export function isXmlSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
