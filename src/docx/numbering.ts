import { walkXml } from "./xml";

/**
 * Word's automatic numbering (word/numbering.xml): a paragraph with `w:numPr` shows a label
 * ("1.", "a)", "II.") that is not in its text. Plans number their tasks this way, so the label is
 * put back in front of the text, as the reader sees it on the page.
 *
 * Counters are kept per abstract list: Word continues a list across the `w:num` instances that
 * share one abstract definition, unless an instance overrides a level's start (then it restarts
 * where that instance is first used). A deeper level restarts when a shallower one advances.
 */
interface Level {
  start: number;
  format: string;
  text: string;
}

interface NumInstance {
  abstractId: string;
  startOverrides: Map<number, number>;
}

export interface NumberingDefinitions {
  abstracts: Map<string, Map<number, Level>>;
  nums: Map<string, NumInstance>;
}

export function readNumbering(xml: string | null): NumberingDefinitions {
  const abstracts = new Map<string, Map<number, Level>>();
  const nums = new Map<string, NumInstance>();
  if (!xml) return { abstracts, nums };
  let abstract: Map<number, Level> | null = null;
  let level: Level | null = null;
  let num: NumInstance | null = null;
  let overrideLevel = -1;
  walkXml(xml, {
    open(name, a) {
      if (name === "w:abstractNum") {
        abstract = new Map();
        abstracts.set(a["w:abstractNumId"] ?? "", abstract);
      } else if (name === "w:lvl" && abstract) {
        level = { start: 1, format: "decimal", text: "" };
        abstract.set(Number(a["w:ilvl"] ?? 0), level);
      } else if (name === "w:start" && level) level.start = Number(a["w:val"] ?? 1) || 0;
      else if (name === "w:numFmt" && level) level.format = a["w:val"] ?? "decimal";
      else if (name === "w:lvlText" && level) level.text = a["w:val"] ?? "";
      else if (name === "w:num") {
        num = { abstractId: "", startOverrides: new Map() };
        nums.set(a["w:numId"] ?? "", num);
      } else if (name === "w:abstractNumId" && num) num.abstractId = a["w:val"] ?? "";
      else if (name === "w:lvlOverride" && num) overrideLevel = Number(a["w:ilvl"] ?? 0);
      else if (name === "w:startOverride" && num && overrideLevel >= 0)
        num.startOverrides.set(overrideLevel, Number(a["w:val"] ?? 1) || 0);
    },
    close(name) {
      if (name === "w:abstractNum") abstract = null;
      else if (name === "w:lvl") level = null;
      else if (name === "w:num") num = null;
      else if (name === "w:lvlOverride") overrideLevel = -1;
    },
    text() {},
  });
  return { abstracts, nums };
}

/** Gives each numbered paragraph, in document order, the label Word would show. */
export class NumberingCounter {
  private readonly counters = new Map<string, number[]>();
  private readonly restarted = new Set<string>();
  constructor(private readonly defs: NumberingDefinitions) {}

  /** The visible label, e.g. "1.", "a)", "-" for a bullet; "" when the list is unknown. */
  next(numId: string, ilvl: number): string {
    const num = this.defs.nums.get(numId);
    const levels = num ? this.defs.abstracts.get(num.abstractId) : undefined;
    if (!num || !levels || numId === "0") return "";
    const lvl = Math.max(0, Math.min(8, ilvl));
    const level = levels.get(lvl);
    if (!level) return "";
    let counts = this.counters.get(num.abstractId);
    if (!counts || (num.startOverrides.size > 0 && !this.restarted.has(numId))) {
      counts = [];
      this.counters.set(num.abstractId, counts);
      this.restarted.add(numId);
    }
    const startOf = (l: number) => num.startOverrides.get(l) ?? levels.get(l)?.start ?? 1;
    counts[lvl] = counts[lvl] === undefined ? startOf(lvl) : counts[lvl]! + 1;
    counts.length = lvl + 1; // deeper levels restart
    if (level.format === "bullet") return "-";
    if (level.format === "none") return "";
    return level.text.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const value = counts![l] ?? startOf(l);
      return formatNumber(value, levels.get(l)?.format ?? "decimal");
    });
  }
}

const ROMAN: [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

function roman(n: number): string {
  let out = "";
  let rest = Math.max(1, Math.min(3999, n));
  for (const [v, s] of ROMAN) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

/** Word's letters: a…z, then aa…zz. */
function letters(n: number): string {
  const i = Math.max(1, n) - 1;
  return String.fromCharCode(97 + (i % 26)).repeat(Math.floor(i / 26) + 1);
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case "lowerLetter":
      return letters(n);
    case "upperLetter":
      return letters(n).toUpperCase();
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "upperRoman":
      return roman(n);
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n);
    default:
      return String(n);
  }
}

/** Paragraph styles that carry numbering themselves (headings numbered by their style). */
export function readStyleNumbering(xml: string | null): Map<string, { numId: string; ilvl: number }> {
  const out = new Map<string, { numId: string; ilvl: number }>();
  if (!xml) return out;
  let styleId: string | null = null;
  let numId: string | null = null;
  let ilvl = 0;
  walkXml(xml, {
    open(name, a) {
      if (name === "w:style") {
        styleId = a["w:type"] === "paragraph" ? (a["w:styleId"] ?? null) : null;
        numId = null;
        ilvl = 0;
      } else if (styleId && name === "w:numId") numId = a["w:val"] ?? null;
      else if (styleId && name === "w:ilvl") ilvl = Number(a["w:val"] ?? 0) || 0;
    },
    close(name) {
      if (name === "w:style" && styleId && numId) out.set(styleId, { numId, ilvl });
      if (name === "w:style") styleId = null;
    },
    text() {},
  });
  return out;
}
