/**
 * An .ods file's declared repetitions, counted before SheetJS expands them. ODF compresses a
 * run of equal cells as one cell with `number-columns-repeated` inside a row with
 * `number-rows-repeated`; SheetJS writes every copy of a cell that has content, so one 2 KB
 * cell repeated 1,000,000,000 times would never finish. Empty repeated cells cost nothing and
 * are not counted. The tokenizer also refuses a DTD in content.xml. The same pass notes which
 * sheets are hidden (a table style with `table:display="false"`), which SheetJS does not read.
 */
import { UserError } from "../core/errors";
import type { ReadLimits } from "../xlsx/limits";
import type { ZipEntryInfo } from "../xlsx/zip-inspect";
import { ZipParts } from "../xlsx/direct/zip-parts";
import { parseAttrs, type TagText } from "../xlsx/direct/xml-attrs";
import type { XmlHandler } from "../xlsx/direct/xml-tokens";

function repeat(attrs: Map<string, string>, local: string): number {
  for (const [k, v] of attrs) {
    if (k === local || k.endsWith(`:${local}`)) {
      const n = /^\d{1,10}$/.test(v) ? Number(v) : 1;
      return Math.max(1, n);
    }
  }
  return 1;
}

class RepeatCounter implements XmlHandler {
  private readonly attrs = new Map<string, string>();
  private rowRepeat = 1;
  private cells = 0;
  private sheet = "";
  private styleName = "";
  private readonly hiddenStyles = new Set<string>();
  private readonly tableStyles = new Map<string, string>();
  constructor(
    private readonly fileName: string,
    private readonly limits: ReadLimits,
  ) {}
  open(name: string, raw: TagText, selfClosing: boolean): void {
    if (name === "style") {
      this.styleName = "";
      for (const [k, v] of parseAttrs(raw, this.attrs)) if (k.endsWith(":name")) this.styleName = v;
    } else if (name === "table-properties") {
      for (const [k, v] of parseAttrs(raw, this.attrs))
        if (k.endsWith(":display") && v === "false") this.hiddenStyles.add(this.styleName);
    } else if (name === "table") {
      const a = parseAttrs(raw, this.attrs);
      for (const [k, v] of a) if (k.endsWith(":name")) this.sheet = v;
      for (const [k, v] of a) if (k.endsWith(":style-name")) this.tableStyles.set(this.sheet, v);
      this.cells = 0;
    } else if (name === "table-row") {
      this.rowRepeat = repeat(parseAttrs(raw, this.attrs), "number-rows-repeated");
    } else if (name === "table-cell") {
      const a = parseAttrs(raw, this.attrs);
      let hasValue = !selfClosing;
      for (const k of a.keys()) if (k.endsWith(":value-type")) hasValue = true;
      if (!hasValue) return;
      this.cells += this.rowRepeat * repeat(a, "number-columns-repeated");
      const limit = this.limits.maxCellElementsPerSheet;
      if (this.cells > limit) {
        throw new UserError("files.tooManyCellElements", {
          file: this.fileName,
          sheet: this.sheet,
          count: limit,
          limit,
        });
      }
    }
  }
  close(name: string): void {
    if (name === "table-row") this.rowRepeat = 1;
  }
  hiddenSheets(): Set<string> {
    const out = new Set<string>();
    for (const [sheet, style] of this.tableStyles) if (this.hiddenStyles.has(style)) out.add(sheet);
    return out;
  }
  wantsText(): boolean {
    return false;
  }
  text(): void {}
}

/** Checks the repetitions against the limits; returns the names of the hidden sheets. */
export async function checkOdsRepeats(
  bytes: Uint8Array,
  entries: readonly ZipEntryInfo[],
  fileName: string,
  limits: ReadLimits,
): Promise<Set<string>> {
  const parts = new ZipParts(bytes, entries, fileName, limits.maxXmlElementsPerPart);
  const counter = new RepeatCounter(fileName, limits);
  if (!(await parts.parse("content.xml", counter))) {
    throw new UserError("files.partMissing", { file: fileName, part: "content.xml" });
  }
  return counter.hiddenSheets();
}
