import type { PlanBlock, PlanDocument } from "./document";
import { normalizeText } from "../text";
import { headingBodies } from "./items";
import { columnOf, isBareSubLabel, mergeHeaderRows, splitCells } from "./columns";
import { isClosingLine } from "./closing";

/**
 * Plain text → PlanDocument. Three table layouts are recognised in text:
 *  - one row per line, cells separated by tabs or "|" (pasted from Word or Excel);
 *  - the web copies' layout: one cell per block of indented lines, each cell followed by a line
 *    that is just " |", with no end-of-row marker (rows are rebuilt by readCellBlocks);
 * Everything else becomes paragraphs (split at blank lines, line breaks kept).
 */
export function textToDocument(raw: string): PlanDocument {
  const lines = normalizeText(raw).split("\n");
  // Text pasted without blank lines between paragraphs: a line that opens with an item marker
  // starts a new paragraph. (Where blank lines separate paragraphs, a wrapped line may itself
  // start with "- ", so markers are not trusted there.)
  const filled = lines.filter((l) => l.trim() !== "").length;
  const dense = lines.length - filled <= Math.max(1, filled * 0.1);
  const blocks: PlanBlock[] = [];
  let para: string[] = [];
  const flush = () => {
    if (para.some((l) => l.trim() !== "")) blocks.push({ kind: "paragraph", text: para.join("\n") });
    para = [];
  };
  // Where a scan for cell blocks found none, no later start inside the same run finds one:
  // remember where it stopped, so the scan stays linear.
  let noCellsUntil = 0;
  for (let i = 0; i < lines.length;) {
    const web = i >= noCellsUntil ? cellBlockRegion(lines, i) : null;
    if (web && web.cells.length === 0) noCellsUntil = web.end;
    if (web && web.cells.length > 0) {
      flush();
      blocks.push({ kind: "table", rows: rowsFromCells(web.cells) });
      i = web.end;
      continue;
    }
    const delimited = delimitedTable(lines, i);
    if (delimited) {
      flush();
      blocks.push({ kind: "table", rows: delimited.rows });
      i = delimited.end;
      continue;
    }
    const line = lines[i]!;
    if (line.trim() === "") flush();
    else {
      if (dense && ITEM_START.test(line)) flush();
      para.push(line);
      // "2. Sở Tài chính" alone on its line, the duty below it: the heading is a paragraph
      if (dense && para.length === 1 && isHeadingLine(line, lines[i + 1] ?? "")) flush();
    }
    i++;
  }
  flush();
  return { blocks, source: "txt" };
}

const MARKER = /^\s*\|\s*$/u;
const ITEM_START =
  /^\s*(?:(?:I|II|III|IV|V|VI|VII|VIII|IX|X)\.\s+\p{Lu}|\d{1,3}(?:\.\d{1,2})?\.\s+\p{Lu}|[a-zđê]\)\s|[-+•]\s+\p{Lu})/u;

/**
 * A cell-per-block region starting at line i: indented or blank lines and " |" markers. With
 * no marker, `cells` is empty and `end` is where the scan stopped.
 */
function cellBlockRegion(lines: string[], i: number): { cells: string[]; end: number } | null {
  const first = lines[i]!;
  if (!(MARKER.test(first) || /^\s+\S/u.test(first))) return null;
  const cells: string[] = [];
  let cur: string[] = [];
  let end = -1;
  let stop = lines.length;
  for (let k = i; k < lines.length; k++) {
    const l = lines[k]!;
    if (MARKER.test(l)) {
      cells.push(
        cur
          .map((x) => x.trim())
          .join("\n")
          .trim(),
      );
      cur = [];
      end = k + 1;
    } else if (l.trim() === "") {
      if (cur.length > 0) cur.push("");
    } else if (/^\s/u.test(l)) cur.push(l);
    else {
      stop = k;
      break;
    }
  }
  if (cells.length === 0) return { cells, end: stop };
  return { cells: cells.map((c) => c.replace(/\n{2,}/gu, "\n")), end };
}

/**
 * An item line that only names bodies, followed by a line that starts a sentence or a bullet.
 * A name broken by the line break ("3. Đề nghị Ủy ban Mặt trận tổ quốc Việt" / "Nam và các đoàn
 * thể …: Theo chức năng …") is not a heading: when the next line's opening phrase still extends
 * the bodies the line names, the line continues into it.
 */
function isHeadingLine(line: string, next: string): boolean {
  const m = /^\s*(?:\d{1,3}\.|[a-zđê]\))\s+(.+)$/u.exec(line);
  if (!m || /(?:\svà|[,;-])\s*$/u.test(m[1]!) || !/^\s*(?:\p{Lu}|[-+•]\s)/u.test(next)) return false;
  return headingBodies(m[1]!) !== null && !continuesName(m[1]!, next);
}

function continuesName(heading: string, next: string): boolean {
  if (/^\s*[-+•]\s/u.test(next)) return false;
  const head = (/^[^:;.]*/u.exec(next.trim()) ?? [""])[0].trim();
  if (!head || head.length > 120) return false;
  return headingBodies(`${heading} ${head}`) !== null;
}

/** A whole cell that is a row number: "1", "2.", "4.1", "II.", "A", "b)". */
export const ROW_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVXL]{1,5}\.?|[A-ZĐ]\.?|[a-zđ][.)])$/u;

/**
 * Rebuilds rows from a flat list of cells. The header is the run of leading cells that name
 * columns; its length is the row width. A row ends when it is full, or when a cell that is a
 * row number comes after a row that already has two cells (a group row spans the table and
 * has fewer cells). Without a header, each cell is its own row (the letterhead, signatures).
 */
export function rowsFromCells(cells: string[]): string[][] {
  let run = 0;
  while (run < cells.length && columnOf(cells[run]!) !== null) run++;
  if (run < 3) return cells.map((c) => [c]);
  // A second header row starts at the first sub-column label ("Chủ trì" under "Cơ quan thực hiện").
  const split = cells.slice(0, run).findIndex((c, i) => i > 0 && isSubLabel(c, cells.slice(0, i)));
  const header = split > 0 ? mergeHeaderRows(cells.slice(0, split), cells.slice(split, run)) : cells.slice(0, run);
  const width = header.length;
  const rows: string[][] = [header];
  let row: string[] = [];
  for (let k = run; k < cells.length; k++) {
    const c = cells[k]!;
    if (row.length >= width || (row.length >= 2 && ROW_NUMBER.test(c))) {
      rows.push(row);
      row = [];
    }
    row.push(c);
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/** "Chủ trì" after a parent "Cơ quan thực hiện", "Bắt đầu"/"Kết thúc" after a parent "Thời gian". */
function isSubLabel(cell: string, before: string[]): boolean {
  if (!isBareSubLabel(cell)) return false;
  const c = columnOf(cell);
  const cols = before.map(columnOf);
  if ((c === "lead" || c === "coordinate") && cols.includes("implement") && !cols.includes(c)) return true;
  return c === "start" && cols.includes("time");
}

/** A table with one row per line, cells split by tabs or "|", from its header line on. */
function delimitedTable(lines: string[], i: number): { rows: string[][]; end: number } | null {
  const header = splitCells(lines[i]!);
  if (!header || header.length < 3) return null;
  const cols = header.map(columnOf);
  if (!(cols.includes("content") && (cols.includes("lead") || cols.includes("implement")))) return null;
  const content = cols.indexOf("content");
  const width = header.length;
  const rows: string[][] = [header];
  let misses = 0;
  let carry = "";
  let k = i + 1;
  for (; k < lines.length; k++) {
    // A cell broken across lines leaves a row short of cells: join it with the next line.
    const line = carry ? `${carry} ${lines[k]!.trim()}` : lines[k]!;
    carry = "";
    const cells = splitCells(line);
    if (
      cells &&
      cells.length >= 2 &&
      cells.length < width &&
      k + 1 < lines.length &&
      !/[|\t]\s*$/u.test(line) &&
      lines[k + 1]!.trim() !== "" &&
      !ROW_START.test(lines[k + 1]!)
    ) {
      carry = line;
      continue;
    }
    if (cells && cells.every((c) => /^[-:\s]*$/u.test(c))) continue; // |---|---| rule
    if (cells && cells.length >= 2) {
      rows.push(cells);
      misses = 0;
    } else if (line.trim() === "") {
      if (++misses >= 2) break;
    } else if (rows.length > 1 && misses === 0 && !isClosingLine(line)) {
      // A cell's text broken onto the next line: it continues the content of the row above.
      const last = rows[rows.length - 1]!;
      last[content] = `${last[content] ?? ""} ${line.trim()}`;
    } else break;
  }
  return { rows, end: k };
}

/** A line that opens a new table row: a number, Roman numeral or letter in the first cell. */
const ROW_START = /^\s*\|?\s*(?:\d{1,3}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.?|[a-zđ][.)]?)?\s*(?:\t|\|)/u;
