/**
 * A small streaming XML tokenizer for the parts of an .xlsx, fed text in chunks as the part
 * inflates, so a part never has to sit in memory whole. It knows only what OOXML uses: tags,
 * attributes, text, CDATA, comments and processing instructions. It expands no entity but the
 * five predefined ones and numeric references, and refuses any DOCTYPE: a DTD is how XXE and
 * "billion laughs" attacks work, and Excel never writes one. Element names lose their
 * namespace prefix (`x:row` → `row`); attribute names keep theirs (`r:id`). Browser-safe.
 */

/** Malformed or unsafe XML; the caller turns it into a UserError naming the file and part. */
export class XmlError extends Error {
  constructor(
    readonly reason: "doctype" | "malformed" | "tooLong" | "tooManyElements",
    readonly offset: number,
  ) {
    super(`${reason} at ${offset}`);
  }
}

/**
 * Where a tag's attributes are written: `text` from `from` to `to` (what follows the element
 * name). The tokenizer hands out one such view for every tag instead of cutting a string per
 * element; it is valid only during the `open` call that receives it.
 */
export interface TagText {
  readonly text: string;
  readonly from: number;
  readonly to: number;
}

export interface XmlHandler {
  open(name: string, attrs: TagText, selfClosing: boolean): void;
  close(name: string): void;
  /** asked before each text run: text is decoded and delivered only while this is true */
  wantsText(): boolean;
  text(s: string): void;
}

/** The longest tag or pending text run kept while waiting for the rest: real tags are far shorter. */
const MAX_PENDING = 1 << 20;

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
function textOf(s: string): string {
  return s.indexOf("&") < 0 ? detached(s) : s.replace(ENTITY, entity);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/**
 * Attributes of a tag's raw text (what follows the element name) into `out`, names as written.
 * Values are entity-decoded. Malformed attributes are skipped, not guessed.
 */
export function parseAttrs(raw: string | TagText, out: Map<string, string> = new Map()): Map<string, string> {
  out.clear();
  new Attrs().parse(raw).forEach((name, value) => out.set(name, value));
  return out;
}

/**
 * The attributes of one tag, found in one pass and kept as positions: a value is cut out (and
 * entity-decoded) only when asked for, and no name is copied. The same rules as parseAttrs;
 * one instance is reused for every tag of a part, so a sheet's cells allocate nothing here.
 */
export class Attrs {
  private raw = "";
  /** per attribute: name start, name end, value start, value end */
  private readonly at: number[] = [];
  private count = 0;

  parse(tag: string | TagText): this {
    const raw = typeof tag === "string" ? tag : tag.text;
    this.raw = raw;
    this.count = 0;
    const n = typeof tag === "string" ? raw.length : tag.to;
    let i = typeof tag === "string" ? 0 : tag.from;
    while (i < n) {
      while (i < n && isSpace(raw.charCodeAt(i))) i++;
      const nameStart = i;
      while (i < n) {
        const c = raw.charCodeAt(i);
        if (c === 0x3d || isSpace(c)) break;
        i++;
      }
      const nameEnd = i;
      while (i < n && isSpace(raw.charCodeAt(i))) i++;
      if (raw.charCodeAt(i) !== 0x3d) {
        i++;
        continue;
      }
      i++;
      while (i < n && isSpace(raw.charCodeAt(i))) i++;
      const q = raw.charCodeAt(i);
      if (q !== 0x22 && q !== 0x27) continue;
      const end = raw.indexOf(q === 0x22 ? '"' : "'", i + 1);
      if (end < 0 || end >= n) break;
      if (nameEnd > nameStart) {
        const k = this.count++ * 4;
        this.at[k] = nameStart;
        this.at[k + 1] = nameEnd;
        this.at[k + 2] = i + 1;
        this.at[k + 3] = end;
      }
      i = end + 1;
    }
    return this;
  }

  /** Every attribute in the order written, name and decoded value. */
  forEach(fn: (name: string, value: string) => void): void {
    for (let k = 0; k < this.count * 4; k += 4)
      fn(this.raw.slice(this.at[k], this.at[k + 1]), textOf(this.raw.slice(this.at[k + 2], this.at[k + 3])));
  }

  /** The value of the last attribute named `name` (as parseAttrs keeps the last of a repeated name). */
  get(name: string): string | undefined {
    const k = this.find(name);
    return k < 0 ? undefined : textOf(this.raw.slice(this.at[k + 2], this.at[k + 3]));
  }

  has(name: string): boolean {
    return this.find(name) >= 0;
  }

  /** The value of the last attribute whose name ends with `suffix` (`r:id` under any prefix). */
  endingWith(suffix: string): string | undefined {
    for (let k = (this.count - 1) * 4; k >= 0; k -= 4) {
      const end = this.at[k + 1]!;
      if (end - this.at[k]! >= suffix.length && this.raw.startsWith(suffix, end - suffix.length))
        return textOf(this.raw.slice(this.at[k + 2], this.at[k + 3]));
    }
    return undefined;
  }

  private find(name: string): number {
    for (let k = (this.count - 1) * 4; k >= 0; k -= 4) {
      const start = this.at[k]!;
      if (this.at[k + 1]! - start === name.length && this.raw.startsWith(name, start)) return k;
    }
    return -1;
  }
}

export class XmlTokenizer {
  private buf = "";
  /** characters consumed before `buf`, for error offsets */
  private base = 0;
  /** how far an unfinished tag at the start of `buf` was already scanned, and the quote open there */
  private tagScanned = 0;
  private tagQuote = 0;

  private elements = 0;
  /** the attributes of the tag being handed out, one object for every tag */
  private readonly tagText = { text: "", from: 0, to: 0 };

  /** `maxElements` bounds the work on one part, whatever its elements are (known or not). */
  constructor(
    private readonly handler: XmlHandler,
    private readonly maxElements = Number.POSITIVE_INFINITY,
  ) {}

  feed(chunk: string): void {
    this.buf = this.buf.length === 0 ? chunk : this.buf + chunk;
    const consumed = this.scan(false);
    this.base += consumed;
    this.buf = this.buf.slice(consumed);
    if (this.buf.length > MAX_PENDING) throw new XmlError("tooLong", this.base);
  }

  /** The part is complete: anything left must be whitespace or trailing text. */
  end(): void {
    const consumed = this.scan(true);
    const rest = this.buf.slice(consumed);
    if (rest.trim() !== "") throw new XmlError("malformed", this.base + consumed);
    this.buf = "";
  }

  /** Handles every complete token in `buf`; returns how many characters were consumed. */
  private scan(final: boolean): number {
    const b = this.buf;
    const h = this.handler;
    let i = 0;
    for (;;) {
      const lt = b.indexOf("<", i);
      const textEnd = lt < 0 ? b.length : lt;
      if (textEnd > i) {
        // Trailing text may continue in the next chunk (and an entity may be cut): keep it.
        if (lt < 0 && !final) return i;
        if (h.wantsText()) h.text(textOf(b.slice(i, textEnd)));
        i = textEnd;
      }
      if (lt < 0) return i;
      const next = b.charCodeAt(lt + 1);
      if (Number.isNaN(next)) return lt;
      if (next === 0x21 /* ! */) {
        if (b.startsWith("<!--", lt)) {
          const end = b.indexOf("-->", lt + 4);
          if (end < 0) return lt;
          i = end + 3;
        } else if (b.startsWith("<![CDATA[", lt)) {
          const end = b.indexOf("]]>", lt + 9);
          if (end < 0) return lt;
          if (h.wantsText()) h.text(detached(b.slice(lt + 9, end)));
          i = end + 3;
        } else if (lt + 9 > b.length && !final) {
          return lt;
        } else {
          throw new XmlError("doctype", this.base + lt);
        }
        continue;
      }
      if (next === 0x3f /* ? */) {
        const end = b.indexOf("?>", lt + 2);
        if (end < 0) return lt;
        i = end + 2;
        continue;
      }
      // A tag cut by the chunk boundary is scanned on from where the last chunk stopped, not again.
      const resume = lt === 0 && this.tagScanned > 0;
      const end = this.tagEnd(b, resume ? this.tagScanned : lt + 1, resume ? this.tagQuote : 0);
      if (end < 0) {
        this.tagScanned = b.length - lt;
        return lt;
      }
      this.tagScanned = 0;
      this.tag(b, lt, end);
      i = end + 1;
    }
  }

  private tag(b: string, lt: number, gt: number): void {
    const closing = b.charCodeAt(lt + 1) === 0x2f;
    let p = closing ? lt + 2 : lt + 1;
    const nameStart = p;
    let colon = -1;
    while (p < gt) {
      const c = b.charCodeAt(p);
      if (isSpace(c) || c === 0x2f) break;
      if (c === 0x3a) colon = p;
      p++;
    }
    if (p === nameStart) throw new XmlError("malformed", this.base + lt);
    const name = b.slice(colon >= 0 ? colon + 1 : nameStart, p);
    if (closing) {
      this.handler.close(name);
      return;
    }
    if (++this.elements > this.maxElements) throw new XmlError("tooManyElements", this.base + lt);
    const selfClosing = b.charCodeAt(gt - 1) === 0x2f;
    const attrs = this.tagText;
    attrs.text = b;
    attrs.from = p;
    attrs.to = selfClosing ? gt - 1 : gt;
    this.handler.open(name, attrs, selfClosing);
    if (selfClosing) this.handler.close(name);
  }

  /**
   * Index of the `>` that ends a tag, scanning from `from` with `quote` open, skipping quoted
   * attribute values; -1 when it is not yet in the buffer (the quote open at the end is kept).
   */
  private tagEnd(b: string, from: number, quote: number): number {
    let q = quote;
    for (let i = from; i < b.length; i++) {
      const c = b.charCodeAt(i);
      if (q !== 0) {
        if (c === q) q = 0;
      } else if (c === 0x3e) {
        return i;
      } else if (c === 0x22 || c === 0x27) {
        q = c;
      }
    }
    this.tagQuote = q;
    return -1;
  }
}
