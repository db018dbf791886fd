/** The attributes of a tag, read where they are written, without cutting a string per tag. */
import { isXmlSpace, textOf } from "./xml-text";

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
      while (i < n && isXmlSpace(raw.charCodeAt(i))) i++;
      const nameStart = i;
      while (i < n) {
        const c = raw.charCodeAt(i);
        if (c === 0x3d || isXmlSpace(c)) break;
        i++;
      }
      const nameEnd = i;
      while (i < n && isXmlSpace(raw.charCodeAt(i))) i++;
      if (raw.charCodeAt(i) !== 0x3d) {
        i++;
        continue;
      }
      i++;
      while (i < n && isXmlSpace(raw.charCodeAt(i))) i++;
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
