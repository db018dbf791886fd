/**
 * The summary's cell formats, precomputed: every written cell is one of a handful of
 * combinations (named style × layout × date or link), each made into an `<xf>` the first time it
 * is used and looked up by a short key afterwards. The formats are those of the sheet model's
 * named styles (core/sheet-model.ts), in Times New Roman 12 as administrative documents use.
 *
 * The table can be appended to a workbook's own styles.xml (a rebuild keeps the user's styles):
 * our fonts, fills, borders, number formats and cell formats go after theirs, numbered from
 * where theirs end, and nothing of theirs is renumbered.
 */
import type { CellStyle } from "../../core/sheet-model";
import { xmlEscape } from "../xlsx-parts";
import { COLORS, STATUS_COLORS } from "../../core/palette";

interface FontSpec {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  size?: number;
  color?: string;
}

interface StyleSpec {
  font?: FontSpec;
  fill?: string;
  numFmt?: string;
  wrap?: boolean;
  vertical?: "top" | "middle";
  horizontal?: "center";
  border?: boolean;
}

const TOP = { vertical: "top" as const };
const WRAP_TOP = { wrap: true, vertical: "top" as const };

/** The named styles of the sheet model, in the one palette of the product (core/palette.ts). */
const STYLES: Record<CellStyle, StyleSpec> = {
  title: { font: { bold: true, size: 14, color: COLORS.heading } },
  subtitle: { font: { italic: true, size: 11, color: COLORS.note } },
  header: {
    font: { bold: true, color: COLORS.heading },
    fill: COLORS.headerFill,
    wrap: true,
    vertical: "middle",
    horizontal: "center",
    border: true,
  },
  label: { font: { bold: true }, ...TOP },
  text: { ...TOP, border: true },
  wrap: { ...WRAP_TOP, border: true },
  number: { numFmt: "#,##0", ...TOP, border: true },
  percent: { numFmt: "0%", ...TOP, border: true },
  date: { numFmt: "dd/mm/yyyy", ...TOP, border: true },
  muted: { font: { color: COLORS.muted, italic: true }, ...WRAP_TOP },
  good: status("good"),
  warn: status("warn"),
  bad: status("bad"),
  info: status("info"),
  neutral: status("neutral"),
};

function status(key: keyof typeof STATUS_COLORS): StyleSpec {
  const c = STATUS_COLORS[key];
  return { font: { color: c.font }, fill: c.fill, ...WRAP_TOP, border: true };
}

const BASE_FONT = { name: "Times New Roman", size: 12 };
const LINK_FONT: FontSpec = { color: COLORS.link, underline: true };
const DATE_FORMAT = "dd/mm/yyyy";
/** Excel's built-in number formats the styles use; others are declared in styles.xml. */
const BUILTIN_FORMATS: Record<string, number> = { "0%": 9 };
const THIN = `style="thin"><color rgb="FF${COLORS.border}"/>`;
const THIN_BORDER = `<border><left ${THIN}</left><right ${THIN}</right><top ${THIN}</top><bottom ${THIN}</bottom><diagonal/></border>`;

/** What a cell looks like besides its named style: its layout, and a date or link value. */
export interface CellLook {
  style: CellStyle | undefined;
  rotate?: boolean;
  center?: boolean;
  value?: "date" | "link";
}

/** Where a workbook's own lists end; ours are numbered from there. */
export interface StyleBases {
  fonts: number;
  fills: number;
  borders: number;
  cellXfs: number;
  /** first free custom number-format id (≥ 164) */
  numFmtId: number;
  /**
   * The entries already in the workbook, by their XML as written, with their index: an entry of
   * ours written exactly so by an earlier build is used again, not appended once more, so a
   * summary rebuilt every week does not grow its styles towards Excel's limit of cell formats.
   */
  known?: KnownStyles;
}

export interface KnownStyles {
  fonts: ReadonlyMap<string, number>;
  fills: ReadonlyMap<string, number>;
  borders: ReadonlyMap<string, number>;
  cellXfs: ReadonlyMap<string, number>;
  /** format code (as written, XML-escaped) → its id */
  numFmts: ReadonlyMap<string, number>;
}

/** A new workbook's lists: Excel's default font, the two fills every workbook has, no border, the default format. */
export const FRESH_BASES: StyleBases = { fonts: 1, fills: 2, borders: 1, cellXfs: 1, numFmtId: 164 };

export class StyleTable {
  private readonly xfByKey = new Map<string, number>();
  readonly fonts: string[] = [];
  readonly fills: string[] = [];
  readonly borders: string[] = [];
  readonly numFmts: { id: number; code: string }[] = [];
  readonly xfs: string[] = [];

  constructor(readonly bases: StyleBases = FRESH_BASES) {}

  /** The `s` index of a cell that looks like this. */
  xf(look: CellLook): number {
    const key = `${look.style ?? ""}|${look.rotate ? 1 : 0}${look.center ? 1 : 0}|${look.value ?? ""}`;
    let id = this.xfByKey.get(key);
    if (id === undefined) {
      id = this.indexOf(this.xfs, this.bases.cellXfs, this.makeXf(look), this.bases.known?.cellXfs);
      this.xfByKey.set(key, id);
    }
    return id;
  }

  private indexOf(list: string[], base: number, xml: string, known?: ReadonlyMap<string, number>): number {
    const already = known?.get(xml);
    if (already !== undefined) return already;
    const at = list.indexOf(xml); // a dozen entries at most
    if (at >= 0) return base + at;
    list.push(xml);
    return base + list.length - 1;
  }

  private numFmtIdOf(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    const already = this.bases.known?.numFmts.get(xmlEscape(code));
    if (already !== undefined) return already;
    const known = this.numFmts.find((f) => f.code === code);
    if (known) return known.id;
    const id = this.bases.numFmtId + this.numFmts.length;
    this.numFmts.push({ id, code });
    return id;
  }

  private makeXf(look: CellLook): string {
    const s: StyleSpec = look.style ? STYLES[look.style] : {};
    // A link is drawn as a link whatever its style's font; a date value brings its own format.
    const font = look.value === "link" ? LINK_FONT : (s.font ?? {});
    const numFmt = look.value === "date" ? DATE_FORMAT : s.numFmt;
    const known = this.bases.known;
    const fontId = this.indexOf(this.fonts, this.bases.fonts, fontXml(font), known?.fonts);
    const fillId = s.fill ? this.indexOf(this.fills, this.bases.fills, fillXml(s.fill), known?.fills) : 0;
    const borderId = s.border ? this.indexOf(this.borders, this.bases.borders, THIN_BORDER, known?.borders) : 0;
    const numFmtId = numFmt ? this.numFmtIdOf(numFmt) : 0;
    const align: string[] = [];
    const horizontal = look.center ? "center" : s.horizontal;
    const vertical = look.center ? "center" : s.vertical === "middle" ? "center" : s.vertical;
    if (horizontal) align.push(`horizontal="${horizontal}"`);
    if (vertical) align.push(`vertical="${vertical}"`);
    if (s.wrap) align.push('wrapText="1"');
    if (look.rotate) align.push('textRotation="90"');
    const applies =
      (numFmtId ? ' applyNumberFormat="1"' : "") +
      ' applyFont="1"' +
      (fillId ? ' applyFill="1"' : "") +
      (borderId ? ' applyBorder="1"' : "") +
      (align.length ? ' applyAlignment="1"' : "");
    const attrs = `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}`;
    return align.length ? `<xf ${attrs}><alignment ${align.join(" ")}/></xf>` : `<xf ${attrs}/>`;
  }
}

function fontXml(f: FontSpec): string {
  return (
    "<font>" +
    (f.bold ? "<b/>" : "") +
    (f.italic ? "<i/>" : "") +
    (f.underline ? "<u/>" : "") +
    `<sz val="${f.size ?? BASE_FONT.size}"/>` +
    (f.color ? `<color rgb="FF${f.color}"/>` : "") +
    `<name val="${BASE_FONT.name}"/><family val="1"/></font>`
  );
}

function fillXml(rgb: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="FF${rgb}"/><bgColor indexed="64"/></patternFill></fill>`;
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** styles.xml of a new workbook: Excel's defaults, then the table's formats. */
export function freshStylesXml(t: StyleTable): string {
  const numFmts = t.numFmts.map((f) => `<numFmt numFmtId="${f.id}" formatCode="${xmlEscape(f.code)}"/>`);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<styleSheet ${NS}>` +
    (numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.join("")}</numFmts>` : "") +
    `<fonts count="${1 + t.fonts.length}"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>${t.fonts.join("")}</fonts>` +
    `<fills count="${2 + t.fills.length}"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>${t.fills.join("")}</fills>` +
    `<borders count="${1 + t.borders.length}"><border><left/><right/><top/><bottom/><diagonal/></border>${t.borders.join("")}</borders>` +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${1 + t.xfs.length}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>${t.xfs.join("")}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
    "</styleSheet>"
  );
}
