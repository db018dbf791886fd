/**
 * A small streaming XML tokenizer for the parts of an .xlsx, fed text in chunks as the part
 * inflates, so a part never has to sit in memory whole. It knows only what OOXML uses: tags,
 * attributes, text, CDATA, comments and processing instructions. It expands no entity but the
 * five predefined ones and numeric references, and refuses any DOCTYPE: a DTD is how XXE and
 * "billion laughs" attacks work, and Excel never writes one. Element names lose their
 * namespace prefix (`x:row` → `row`); attribute names keep theirs (`r:id`). Browser-safe.
 */

import type { TagText } from "./xml-attrs";
import { detached, isXmlSpace, textOf } from "./xml-text";

/** Malformed or unsafe XML; the caller turns it into a UserError naming the file and part. */
export class XmlError extends Error {
  constructor(
    readonly reason: "doctype" | "malformed" | "tooLong" | "tooManyElements",
    readonly offset: number,
  ) {
    super(`${reason} at ${offset}`);
  }
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
      if (isXmlSpace(c) || c === 0x2f) break;
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
