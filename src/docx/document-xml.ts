import type { PlanBlock, PlanTable } from "../core/plan/document";
import { walkXml } from "./xml";
import { NumberingCounter, type NumberingDefinitions } from "./numbering";

/**
 * Walks word/document.xml once, in document order, into paragraphs and tables.
 *
 * - Text is what the page shows: `w:t`, tabs, line breaks; deleted revisions, field codes and
 *   the fallback copy of alternate content (the same text twice) are skipped.
 * - A numbered paragraph gets its visible label back ("2.", "b)", "-" for bullets).
 * - A table's rows keep the grid: a cell spanning n columns (gridSpan) is followed by n−1 empty
 *   cells, and a cell merged into the one above (vMerge) repeats that cell's text, so each row
 *   reads whole (a lead written once for several rows belongs to each of them).
 * - A table inside a cell is flattened into the cell's text (a line per row, cells separated by
 *   a tab), except a one-cell table used as a frame around content: its content is read as if
 *   the frame were not there.
 */
interface Cell {
  blocks: PlanBlock[];
  span: number;
  merge: "restart" | "continue" | null;
}
interface Row {
  cells: Cell[];
  before: number;
  after: number;
}
interface Table {
  rows: Row[];
}
interface Paragraph {
  parts: string[];
  numId: string | null;
  ilvl: number;
  style: string | null;
}

/** Elements whose text the page does not show. */
const SKIP = new Set(["w:del", "w:delText", "w:instrText", "mc:Fallback", "w:rPrChange", "w:pPrChange"]);

export interface DocumentXmlOptions {
  numbering: NumberingDefinitions;
  styleNumbering: Map<string, { numId: string; ilvl: number }>;
  /** stop when the text read passes this many characters */
  maxChars: number;
}

export class DocumentTooLong extends Error {}

export function readDocumentXml(xml: string, options: DocumentXmlOptions): PlanBlock[] {
  const top: PlanBlock[] = [];
  const tables: Table[] = [];
  const paragraphs: Paragraph[] = [];
  const counter = new NumberingCounter(options.numbering);
  let skip = 0;
  let inText = false;
  let chars = 0;

  const currentCell = (): Cell | undefined => tables.at(-1)?.rows.at(-1)?.cells.at(-1);
  const target = (): PlanBlock[] => currentCell()?.blocks ?? top;
  const add = (s: string) => {
    const p = paragraphs.at(-1);
    if (!p) return;
    chars += s.length;
    if (chars > options.maxChars) throw new DocumentTooLong();
    p.parts.push(s);
  };

  walkXml(xml, {
    open(name, a) {
      if (skip > 0 || SKIP.has(name)) {
        skip++;
        return;
      }
      const p = paragraphs.at(-1);
      switch (name) {
        case "w:p":
          paragraphs.push({ parts: [], numId: null, ilvl: 0, style: null });
          break;
        case "w:pStyle":
          if (p) p.style = a["w:val"] ?? null;
          break;
        case "w:numId":
          if (p) p.numId = a["w:val"] ?? null;
          break;
        case "w:ilvl":
          if (p) p.ilvl = Number(a["w:val"] ?? 0) || 0;
          break;
        case "w:t":
          inText = true;
          break;
        case "w:tab":
          // w:tab inside w:tabs (a paragraph's tab stops) is not text: only a run's tab is.
          if (p && !a["w:pos"]) add("\t");
          break;
        case "w:br":
        case "w:cr":
          add("\n");
          break;
        case "w:noBreakHyphen":
          add("-");
          break;
        case "w:tbl":
          tables.push({ rows: [] });
          break;
        case "w:tr":
          tables.at(-1)?.rows.push({ cells: [], before: 0, after: 0 });
          break;
        case "w:gridBefore":
        case "w:gridAfter": {
          const row = tables.at(-1)?.rows.at(-1);
          const n = clampSpan(a["w:val"]);
          if (row && name === "w:gridBefore") row.before = n;
          else if (row) row.after = n;
          break;
        }
        case "w:tc":
          tables.at(-1)?.rows.at(-1)?.cells.push({ blocks: [], span: 1, merge: null });
          break;
        case "w:gridSpan": {
          const cell = currentCell();
          if (cell) cell.span = clampSpan(a["w:val"]);
          break;
        }
        case "w:vMerge": {
          const cell = currentCell();
          if (cell) cell.merge = a["w:val"] === "restart" ? "restart" : "continue";
          break;
        }
      }
    },
    close(name) {
      if (skip > 0) {
        skip--;
        return;
      }
      if (name === "w:t") inText = false;
      else if (name === "w:p") {
        const p = paragraphs.pop();
        if (p) emitParagraph(p);
      } else if (name === "w:tbl") {
        const table = tables.pop();
        if (table) emitTable(table);
      }
    },
    text(t) {
      if (skip === 0 && inText) add(t);
    },
  });
  return top;

  function emitParagraph(p: Paragraph): void {
    const text = p.parts.join("").normalize("NFC").trimEnd();
    const fromStyle = p.style ? options.styleNumbering.get(p.style) : undefined;
    const numId = p.numId ?? fromStyle?.numId ?? null;
    const label = numId ? counter.next(numId, p.numId ? p.ilvl : (fromStyle?.ilvl ?? 0)) : "";
    if (text.trim() === "") return;
    target().push({ kind: "paragraph", text: label ? `${label} ${text.trimStart()}` : text });
  }

  function emitTable(table: Table): void {
    const cells = table.rows.flatMap((r) => r.cells);
    const frame = cells.length === 1 && cells[0]!.blocks.some((b) => b.kind === "table");
    if (frame) {
      target().push(...cells[0]!.blocks);
      return;
    }
    target().push(gridOf(table));
  }
}

function clampSpan(v: string | undefined): number {
  const n = Number(v ?? 1);
  return Number.isInteger(n) && n >= 0 ? Math.min(n, 64) : 1;
}

function gridOf(table: Table): PlanTable {
  const rows: string[][] = [];
  let above: string[] = [];
  for (const r of table.rows) {
    const out: string[] = Array.from({ length: r.before }, () => "");
    for (const c of r.cells) {
      const col = out.length;
      const text = c.merge === "continue" ? (above[col] ?? "") : cellText(c.blocks);
      out.push(text);
      for (let i = 1; i < c.span; i++) out.push(c.merge === "continue" ? (above[col + i] ?? "") : "");
    }
    for (let i = 0; i < r.after; i++) out.push("");
    rows.push(out);
    above = out;
  }
  return { kind: "table", rows };
}

function cellText(blocks: PlanBlock[]): string {
  return blocks
    .map((b) =>
      b.kind === "paragraph"
        ? b.text
        : b.rows
            .map((row) => row.filter((c) => c.trim() !== "").join("\t"))
            .filter((line) => line !== "")
            .join("\n"),
    )
    .join("\n")
    .trim();
}
