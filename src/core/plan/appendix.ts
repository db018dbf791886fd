import type { Section, Task } from "./model";
import { cleanPhrase, foldKey } from "../text";
import { splitBodies } from "./names";
import { newTask, setTime } from "./task";

/**
 * The third shape: the assignment matrix as an appendix table (Phụ lục) pasted as text, cells
 * separated by tabs or "|":  STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |
 * Thời gian hoàn thành | Sản phẩm. Group rows carry a Roman or letter number and no body.
 */
export interface TableLocation {
  start: number;
  header: string[];
}

type Col = "no" | "content" | "lead" | "coordinate" | "implement" | "time" | "product";

function splitCells(line: string): string[] | null {
  if (line.includes("\t")) return line.split("\t").map((c) => c.trim());
  if ((line.match(/\|/g) ?? []).length >= 2) {
    const cells = line.split("|").map((c) => c.trim());
    if (line.trim().startsWith("|")) cells.shift();
    if (line.trim().endsWith("|")) cells.pop();
    return cells;
  }
  return null;
}

function columnOf(label: string): Col | null {
  const k = foldKey(label);
  if (/^(stt|tt|so tt)$/.test(k)) return "no";
  if (/chu tri/.test(k)) return "lead";
  if (/phoi hop/.test(k)) return "coordinate";
  if (/(co quan|don vi) thuc hien/.test(k)) return "implement";
  if (/thoi gian|thoi han|tien do/.test(k)) return "time";
  if (/san pham/.test(k)) return "product";
  if (/noi dung|nhiem vu|ten/.test(k)) return "content";
  return null;
}

export function findAppendixTable(lines: string[]): TableLocation | null {
  for (let i = 0; i < lines.length; i++) {
    const cells = splitCells(lines[i]!);
    if (!cells || cells.length < 3) continue;
    const cols = cells.map(columnOf);
    if (cols.includes("content") && (cols.includes("lead") || cols.includes("implement")))
      return { start: i, header: cells };
  }
  return null;
}

/** A line that opens a new table row: a number, Roman numeral or letter in the first cell. */
const ROW_START = /^\s*\|?\s*(?:\d{1,3}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.?|[a-zđ][.)]?)?\s*(?:\t|\|)/u;

const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)\.?$/u;
const ROMAN_VALUE: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10 };

export function readAppendixTable(loc: TableLocation, lines: string[]): { sections: Section[]; tasks: Task[] } {
  const cols = loc.header.map(columnOf);
  const idx = (c: Col) => cols.indexOf(c);
  const sections: Section[] = [];
  const rows: { cells: string[]; line: number }[] = [];
  let misses = 0;
  const width = loc.header.length;
  let carry = "";
  for (let i = loc.start + 1; i < lines.length; i++) {
    // A cell broken across lines leaves a row short of cells: join it with the next line.
    const line = carry ? `${carry} ${lines[i]!.trim()}` : lines[i]!;
    carry = "";
    const cells = splitCells(line);
    if (
      cells &&
      cells.length >= 2 &&
      cells.length < width &&
      i + 1 < lines.length &&
      !/[|\t]\s*$/.test(line) &&
      lines[i + 1]!.trim() !== "" &&
      !ROW_START.test(lines[i + 1]!)
    ) {
      carry = line;
      continue;
    }
    if (cells && cells.every((c) => /^[-:\s]*$/.test(c))) continue; // |---|---| rule
    if (cells && cells.length >= 2) {
      rows.push({ cells, line: i + 1 });
      misses = 0;
    } else if (line.trim() === "") {
      if (++misses >= 2) break;
    } else if (rows.length > 0 && misses === 0 && !/^(Nơi nhận|TM\.|KT\.)/u.test(line.trim())) {
      // A cell's text broken onto the next line: it continues the content of the row above.
      const last = rows[rows.length - 1]!;
      const c = idx("content");
      if (c >= 0) last.cells[c] = `${last.cells[c] ?? ""} ${line.trim()}`;
    } else break;
  }

  let section = "";
  const raw: { no: string; section: string; task: Task }[] = [];
  for (const r of rows) {
    const get = (c: Col) => (idx(c) >= 0 ? cleanPhrase(r.cells[idx(c)] ?? "") : "");
    const no = get("no").replace(/\.$/, "");
    const content = get("content");
    const lead = get("lead");
    const coord = get("coordinate");
    const impl = get("implement");
    const isGroup = (ROMAN.test(no) || /^[A-Z]$/.test(no)) && !lead && !coord && !impl;
    if (isGroup || (!no && content && !lead && !coord && !impl && !get("time"))) {
      section = ROMAN.test(no) ? String(ROMAN_VALUE[no] ?? sections.length + 1) : no || String(sections.length + 1);
      sections.push({ code: section, title: content });
      continue;
    }
    if (!content) continue;
    const task = newTask(no, section, content, r.line);
    task.lead = splitBodies(lead);
    task.coordinate = splitBodies(coord);
    if (impl) {
      const bodies = splitBodies(impl);
      task.lead.push(...bodies);
      task.implement = bodies;
    }
    task.product = get("product") || null;
    setTime(task, get("time") || null);
    raw.push({ no, section, task });
  }
  // Numbering that restarts in each group ("1, 2" under I, "1, 2" under II) gets the group prefix.
  const seen = new Set<string>();
  const restarts = raw.some((r) => (seen.has(r.no) ? true : (seen.add(r.no), false)));
  let auto = 0;
  for (const r of raw) {
    auto++;
    r.task.code = !r.no ? String(auto) : restarts && r.section ? `${r.section}.${r.no}` : r.no;
  }
  // A merged cell pasted as text keeps its value in its first row: rows below it with empty
  // body cells belong to the same bodies, within the same group.
  let above: { section: string; task: Task } | null = null;
  for (const r of raw) {
    const t = r.task;
    if (t.lead.length === 0 && t.coordinate.length === 0 && above && above.section === r.section) {
      t.lead = [...above.task.lead];
      t.coordinate = [...above.task.coordinate];
      t.implement = [...above.task.implement];
      if (!t.deadlineText) setTime(t, above.task.deadlineText);
    }
    if (t.lead.length > 0 || t.coordinate.length > 0) above = { section: r.section, task: t };
  }
  return { sections, tasks: raw.map((r) => r.task) };
}
