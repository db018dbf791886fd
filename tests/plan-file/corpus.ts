import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import type { PlanDocument } from "../../src/core/plan/document";

/** The shared corpus of real plans (beside the checkout); tests skip their cases when it is absent. */
export const CORPUS_DIR = "/work/shared/plans/real";

/** The plans that come as .docx and .pdf too, by their base name. */
export function corpusPlansWithForms(): string[] {
  if (!existsSync(CORPUS_DIR)) return [];
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith(".docx"))
    .map((f) => f.replace(/\.docx$/, ""))
    .filter((base) => existsSync(join(CORPUS_DIR, `${base}.pdf`)) && existsSync(join(CORPUS_DIR, `${base}.txt`)))
    .sort();
}

export function corpusBytes(base: string, ext: string): Uint8Array {
  return new Uint8Array(readFileSync(join(CORPUS_DIR, `${base}.${ext}`)));
}

export const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * The table cells of a corpus .txt, in order: the web copies render each cell as a block of
 * indented lines followed by a line that is just " |" (an empty cell is a lone " |").
 */
export function webLayoutCells(text: string): string[] {
  const lines = text.split("\n");
  const cells: string[] = [];
  let buf: string[] = [];
  for (const line of lines) {
    if (/^\s*\|\s*$/.test(line)) {
      cells.push(squash(buf.join(" ")));
      buf = [];
    } else if (line.trim() === "" || /^\s/.test(line)) buf.push(line);
    else buf = [];
  }
  return cells;
}

/** Every table cell of a document, row by row. */
export function documentCells(doc: PlanDocument): string[] {
  return doc.blocks.flatMap((b) => (b.kind === "table" ? b.rows.flat().map(squash) : []));
}

export function tablesOf(doc: PlanDocument): string[][][] {
  return doc.blocks.flatMap((b) => (b.kind === "table" ? [b.rows.map((r) => r.map(squash))] : []));
}
