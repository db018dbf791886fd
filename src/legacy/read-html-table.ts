/**
 * HTML tables that web systems export under an .xls name, read as Excel opens them: one sheet,
 * the page's tables stacked in order, a line of text outside a table as a row of its own, a
 * cell spanning rows or columns keeping its text in its top-left cell. The page is never live:
 * a linear tokenizer reads tags and text, script and style contents are dropped, no URL is
 * followed. Values are kept as written (like a CSV), so the checks read Vietnamese dates and
 * numbers themselves instead of a US-locale guess. Work is bounded by the cell limits.
 */
import type { Cell, WorkbookData } from "../core/grid";
import { UserError } from "../core/errors";
import { decodeText } from "../csv/decode";
import { csvSheetName } from "../csv/sheet-name";
import { safeSheetName } from "../core/sheet-model";
import type { ReadLimits } from "../xlsx/limits";
import { MAX_COLS, MAX_ROWS } from "../xlsx/direct/cell-refs";

const NAMED: Record<string, string> = { nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});/g, (whole, body: string) => {
    if (body[0] !== "#") return NAMED[body.toLowerCase()] ?? whole;
    const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : "";
  });
}

/** The text without comments and without what is inside script, style and title elements (never shown in a sheet); linear. */
function stripInert(html: string): string {
  const out: string[] = [];
  const lower = html.toLowerCase();
  let i = 0;
  for (;;) {
    const c = lower.indexOf("<!--", i);
    const s = lower.indexOf("<script", i);
    const t = lower.indexOf("<style", i);
    const h = lower.indexOf("<title", i);
    const starts = [c, s, t, h].filter((x) => x >= 0);
    if (starts.length === 0) break;
    const at = Math.min(...starts);
    out.push(html.slice(i, at));
    const closer = at === c ? "-->" : at === s ? "</script" : at === t ? "</style" : "</title";
    const end = lower.indexOf(closer, at + 4);
    if (end < 0) return out.join("");
    const gt = closer === "-->" ? end + 2 : lower.indexOf(">", end);
    if (gt < 0) return out.join("");
    i = gt + 1;
  }
  out.push(html.slice(i));
  return out.join("");
}

const BLOCK = new Set(["p", "div", "li", "caption"]);
const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|<[!?][^>]*>|([^<]+)/g;

function spanOf(attrs: string, name: string, max: number): number {
  const m = new RegExp(`\\b${name}\\s*=\\s*["']?\\s*(\\d{1,9})`, "i").exec(attrs);
  const n = m ? Number(m[1]) : 1;
  return Math.max(1, Math.min(n, max));
}

interface HtmlSheet {
  name: string;
  rows: Cell[][];
  hasTable: boolean;
}

/**
 * Tables follow each other on one sheet, as Excel opens a page; a heading after a table starts
 * a new sheet named after it, which is how LibreOffice and Excel export a multi-sheet workbook
 * as HTML ("Sheet 2: Hướng dẫn"), while a web system's title, header table and data table stay together.
 */
export function readHtmlTable(bytes: Uint8Array, fileName: string, limits: ReadLimits): WorkbookData {
  const html = stripInert(decodeText(bytes).text);
  const sheets: HtmlSheet[] = [{ name: csvSheetName(fileName), rows: [], hasTable: false }];
  let sheet = sheets[0]!;
  /** for each column, the last row a cell spanning down from above still covers */
  let coveredUntil: number[] = [];
  let work = 0;
  let row = -1;
  let col = 0;
  let tableDepth = 0;
  let cell: string[] | null = null;
  let cellCol = 0;
  let outside: string[] = [];
  let maxCol = 0;
  let heading: string[] | null = null;

  const spend = (n: number) => {
    work += n;
    if (work > limits.maxCellElementsPerSheet) {
      throw new UserError("files.tooManyCellElements", {
        file: fileName,
        sheet: sheet.name,
        count: limits.maxCellElementsPerSheet,
        limit: limits.maxCellElementsPerSheet,
      });
    }
  };
  const put = (r: number, c: number, text: string) => {
    const v = text.replace(/[ \t\r\f]*\n[ \t\r\f]*/g, "\n").trim();
    if (v === "") return;
    if (c > maxCol) maxCol = c;
    if ((r + 1) * (maxCol + 1) > limits.maxCellsPerSheet) {
      throw new UserError("files.tooManyCells", {
        file: fileName,
        sheet: sheet.name,
        rows: r + 1,
        cols: maxCol + 1,
        limit: limits.maxCellsPerSheet,
      });
    }
    const line = (sheet.rows[r] ??= []);
    while (line.length < c) line.push(null);
    line[c] = v;
  };
  const flushOutside = () => {
    const text = outside.join("").replace(/\s+/g, " ").trim();
    outside = [];
    if (text !== "") put(++row, 0, text);
  };
  const closeCell = () => {
    if (cell) put(row, cellCol, cell.join(""));
    cell = null;
  };
  const newSheet = (title: string) => {
    const used = new Set(sheets.map((s) => s.name));
    let name = safeSheetName(title) || `Sheet${sheets.length + 1}`;
    for (let k = 2; used.has(name); k++) name = `${safeSheetName(title).slice(0, 27) || "Sheet"} (${k})`;
    sheet = { name, rows: [], hasTable: false };
    sheets.push(sheet);
    coveredUntil = [];
    row = -1;
    maxCol = 0;
  };

  for (const m of html.matchAll(TOKEN)) {
    spend(1);
    if (m[2] === undefined && m[4] === undefined) continue;
    if (m[4] !== undefined) {
      const text = decodeEntities(m[4]).replace(/[ \t\r\n\f\u00a0]+/g, " ");
      if (cell) cell.push(text);
      else if (tableDepth === 0) {
        outside.push(text);
        heading?.push(text);
      }
      continue;
    }
    const closing = m[1] === "/";
    const tag = m[2]!.toLowerCase();
    if (tag === "br") {
      if (cell) cell.push("\n");
      else if (tableDepth === 0) flushOutside();
    } else if (tag === "table") {
      closeCell();
      if (closing) tableDepth = Math.max(0, tableDepth - 1);
      else {
        if (tableDepth === 0) flushOutside();
        tableDepth++;
        sheet.hasTable = true;
      }
    } else if (tableDepth === 0) {
      if (/^h[1-6]$/.test(tag)) {
        if (!closing) {
          flushOutside();
          heading = [];
        } else if (heading) {
          const title = heading.join("").replace(/\s+/g, " ").trim();
          heading = null;
          // The heading opens the new sheet as its first row.
          if (sheet.hasTable && title !== "") newSheet(title);
          flushOutside();
        }
      } else if (BLOCK.has(tag)) flushOutside();
    } else if (tag === "tr") {
      closeCell();
      if (!closing) {
        if (row + 1 >= MAX_ROWS) break;
        row++;
        col = 0;
      }
    } else if (tag === "td" || tag === "th") {
      closeCell();
      if (closing) continue;
      if (row < 0) row = 0;
      // Cells that a span from an earlier row covers are skipped, as a browser lays them out.
      while ((coveredUntil[col] ?? -1) >= row && col < MAX_COLS) {
        spend(1);
        col++;
      }
      if (col >= MAX_COLS) continue;
      const colspan = spanOf(m[3]!, "colspan", MAX_COLS - col);
      const rowspan = spanOf(m[3]!, "rowspan", MAX_ROWS - row);
      if (rowspan > 1) {
        spend(colspan);
        for (let c = col; c < col + colspan; c++) coveredUntil[c] = row + rowspan - 1;
      }
      // The cell's text goes to its first column; the rest of the span stays empty.
      cell = [];
      cellCol = col;
      col += colspan;
    } else if (cell && (tag === "p" || tag === "div") && closing) {
      cell.push("\n");
    }
  }
  closeCell();
  flushOutside();
  const withRows = sheets.filter((s) => s.rows.length > 0);
  if (withRows.length === 0) throw new UserError("files.notSpreadsheetHtml", { file: fileName });
  return {
    fileName,
    sheets: withRows.map((s) => {
      for (let i = 0; i < s.rows.length; i++) s.rows[i] ??= [];
      return { name: s.name, rows: s.rows, state: "visible" as const };
    }),
  };
}
