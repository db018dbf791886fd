/**
 * The workbook-level parts the direct reader needs, each read by a small handler of the XML
 * tokenizer: the package and workbook relationships (where each part is), workbook.xml (sheet
 * names, order, visibility, the 1904 date system), the shared strings and, from the styles,
 * only which cell formats show dates. The rules follow what ExcelJS does on load, so both
 * readers give the same grids (tests/xlsx/direct/same-grids.test.ts compares them).
 */
import { UserError } from "../../core/errors";
import type { ReadLimits } from "../limits";
import { Attrs, type TagText } from "./xml-attrs";
import type { XmlHandler } from "./xml-tokens";

export interface Relationship {
  type: string;
  /** the target part's path inside the zip, resolved against the source part */
  path: string;
}

/** `target` as a path in the zip, relative to the folder of `sourcePart` unless it starts with "/". */
export function resolvePart(sourcePart: string, target: string): string {
  const base = target.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") base.pop();
    else base.push(seg);
  }
  return base.join("/");
}

/** The relationships part that belongs to `part`: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Reads a .rels part into id → relationship; external targets (links, files) are left out. */
export class RelsHandler implements XmlHandler {
  readonly rels = new Map<string, Relationship>();
  private readonly attrs = new Attrs();
  constructor(private readonly sourcePart: string) {}
  open(name: string, raw: TagText): void {
    if (name !== "Relationship") return;
    const a = this.attrs.parse(raw);
    const id = a.get("Id");
    const target = a.get("Target");
    if (id === undefined || target === undefined || a.get("TargetMode") === "External") return;
    if (this.rels.size < 100_000)
      this.rels.set(id, { type: a.get("Type") ?? "", path: resolvePart(this.sourcePart, target) });
  }
  close(): void {}
  wantsText(): boolean {
    return false;
  }
  text(): void {}
}

export interface SheetEntry {
  name: string;
  relId: string;
  state: "visible" | "hidden" | "veryHidden";
}

export class WorkbookHandler implements XmlHandler {
  readonly sheets: SheetEntry[] = [];
  date1904 = false;
  private readonly attrs = new Attrs();
  constructor(
    private readonly fileName: string,
    private readonly limits: ReadLimits,
  ) {}
  open(name: string, raw: TagText): void {
    if (name === "workbookPr") {
      const v = this.attrs.parse(raw).get("date1904");
      this.date1904 = v === "1" || v === "true";
    } else if (name === "sheet") {
      const a = this.attrs.parse(raw);
      const relId = a.endingWith(":id") ?? "";
      const state = a.get("state");
      this.sheets.push({
        name: a.get("name") ?? "",
        relId,
        state: state === "hidden" || state === "veryHidden" ? state : "visible",
      });
      if (this.sheets.length > this.limits.maxSheets) {
        throw new UserError("files.tooManySheets", {
          file: this.fileName,
          count: this.sheets.length,
          limit: this.limits.maxSheets,
        });
      }
    }
  }
  close(): void {}
  wantsText(): boolean {
    return false;
  }
  text(): void {}
}

/** Excel's longest cell text; longer runs in a hostile file are cut, not kept growing. */
export const MAX_TEXT = 32_767;

/** `_x000D_` and friends: how OOXML escapes characters XML cannot carry. ExcelJS decodes upper-case hex only. */
export function decodeOoxmlEscapes(s: string): string {
  return s.indexOf("_x") < 0
    ? s
    : s.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The shared-strings table; rich text is joined, phonetic runs (`rPh`) are left out. */
export class SharedStringsHandler implements XmlHandler {
  readonly strings: (string | null)[] = [];
  private parts: string[] = [];
  private inText = false;
  private inPhonetic = false;
  private length = 0;
  constructor(
    private readonly fileName: string,
    private readonly limits: ReadLimits,
  ) {}
  open(name: string): void {
    if (name === "si") {
      this.parts = [];
      this.length = 0;
    } else if (name === "rPh") this.inPhonetic = true;
    else if (name === "t" && !this.inPhonetic) this.inText = true;
  }
  close(name: string): void {
    if (name === "t") this.inText = false;
    else if (name === "rPh") this.inPhonetic = false;
    else if (name === "si") {
      // A loop, not parts.map: an entry with no text leaves the list empty, an array of
      // another kind, and code specialised for lists of strings would be thrown away for it.
      let s = "";
      for (let i = 0; i < this.parts.length; i++) s += decodeOoxmlEscapes(this.parts[i]!);
      this.strings.push(s === "" ? null : s);
      if (this.strings.length > this.limits.maxSharedStrings) {
        throw new UserError("files.tooManySharedStrings", {
          file: this.fileName,
          count: this.limits.maxSharedStrings,
          limit: this.limits.maxSharedStrings,
        });
      }
    }
  }
  wantsText(): boolean {
    return this.inText;
  }
  text(s: string): void {
    if (this.length >= MAX_TEXT) return;
    this.parts.push(s);
    this.length += s.length;
  }
}

/** Built-in number formats ExcelJS knows a code for that show dates or times. */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);
/** Built-in formats with a code ExcelJS knows that are not dates. */
const BUILTIN_OTHER_FORMATS = new Set([0, 1, 2, 3, 4, 9, 10, 11, 12, 13, 37, 38, 39, 40, 48, 49]);

/** A format code shows a date when, outside quotes and brackets, it has a date or time letter. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(bare);
}

/** Which cell formats (`s` index of a cell) show dates: the only thing of the styles the checks need. */
export class StylesHandler implements XmlHandler {
  private readonly customFormats = new Map<number, string>();
  private readonly xfFormat: number[] = [];
  private inCellXfs = false;
  private readonly attrs = new Attrs();
  open(name: string, raw: TagText): void {
    if (name === "numFmt") {
      const a = this.attrs.parse(raw);
      const id = Number(a.get("numFmtId"));
      const code = a.get("formatCode");
      if (Number.isInteger(id) && code !== undefined && this.customFormats.size < 100_000)
        this.customFormats.set(id, code);
    } else if (name === "cellXfs") this.inCellXfs = true;
    else if (name === "xf" && this.inCellXfs && this.xfFormat.length < 1_000_000) {
      const id = Number(this.attrs.parse(raw).get("numFmtId") ?? 0);
      this.xfFormat.push(Number.isInteger(id) ? id : 0);
    }
  }
  close(name: string): void {
    if (name === "cellXfs") this.inCellXfs = false;
  }
  wantsText(): boolean {
    return false;
  }
  text(): void {}

  /** One flag per cell format index: true when a number in such a cell is a date. */
  dateStyles(): boolean[] {
    return this.xfFormat.map((id) => {
      if (id === 0) return false;
      const custom = this.customFormats.get(id);
      if (custom !== undefined && custom !== "") return isDateFormat(custom);
      return BUILTIN_DATE_FORMATS.has(id) && !BUILTIN_OTHER_FORMATS.has(id);
    });
  }
}
