import type { Section, Task } from "./model";
import { cleanPhrase, collapseSpaces } from "../text";
import { columnOf, isBareSubLabel, mergeHeaderRows, type Col } from "./columns";
import { splitBodies } from "./names";
import { readAssignmentSentence } from "./assignment";
import { newTask, setTime, type TimeContext } from "./task";

/**
 * A task table (the assignment matrix of a plan or its appendix) given as rows × cells, from a
 * Word table or a table laid out in text: STT | Nội dung | Chủ trì | Phối hợp | Thời gian |
 * Sản phẩm, in any order, with a person column ignored. Group rows (I., II., A., B.) carry a
 * title and no body; numbering that restarts per group gets the group's label as a prefix
 * ("I.3", "A.1"); a row "4." followed by "4.1", "4.2" is a parent, not a task, and lends its
 * cells to its children where theirs are empty.
 */
export interface TableReading {
  sections: Section[];
  tasks: Task[];
}

const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)$/u;
const ROMAN_VALUE: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10 };

/** The header row of a task table among its first rows, or -1. */
export function taskTableHeader(rows: string[][]): number {
  for (let r = 0; r < Math.min(rows.length, 3); r++) {
    const cols = rows[r]!.map(columnOf);
    if (cols.includes("content") && (cols.includes("lead") || cols.includes("implement"))) return r;
  }
  return -1;
}

interface RawRow {
  no: string;
  group: string;
  task: Task;
  cells: Record<Col, string>;
}

export function readTaskTable(rows: string[][], line: number, time: TimeContext): TableReading | null {
  const h = taskTableHeader(rows);
  if (h < 0) return null;
  // A sub-header row under a two-level header ("Chủ trì | Phối hợp" under "Cơ quan thực hiện").
  let header = rows[h]!;
  let first = h + 1;
  const next = rows[h + 1];
  if (next && next.some((c) => c.trim()) && next.every((c) => !c.trim() || isBareSubLabel(c))) {
    // Merged cells either repeat as empty cells (same width: column by column) or are one
    // cell (a shorter top row: parents take their sub-columns in order).
    header =
      header.length === next.length
        ? header.map((c, i) => (next[i]?.trim() ? next[i]! : c))
        : mergeHeaderRows(
            header,
            next.filter((c) => c.trim()),
          );
    first = h + 2;
  }
  const cols = header.map(columnOf);
  const sections: Section[] = [];
  const raw: RawRow[] = [];
  let group = "";
  let section = "";
  for (let r = first; r < rows.length; r++) {
    const cellsOf = alignRow(rows[r]!, cols.length);
    const cells = {} as Record<Col, string>;
    cols.forEach((c, i) => {
      if (c && !cells[c]) cells[c] = cellsOf[i] ?? "";
    });
    const no = collapseSpaces(cells.no ?? "").replace(/[.)]$/u, "");
    const content = cleanPhrase(cells.content ?? "");
    const hasBodies = [cells.lead, cells.coordinate, cells.implement].some((x) => (x ?? "").trim() !== "");
    const isGroupNo = ROMAN.test(no) || /^[A-ZĐ]$/u.test(no);
    if ((isGroupNo && !hasBodies) || (!no && content && !hasBodies && !(cells.time ?? "").trim())) {
      group = no;
      section = ROMAN.test(no) ? String(ROMAN_VALUE[no] ?? sections.length + 1) : no || String(sections.length + 1);
      sections.push({ code: section, title: content });
      continue;
    }
    if (!content && !hasBodies) continue;
    raw.push({ no, group, task: newTask(no, section, content, line + r), cells });
  }
  // Parent rows: "4" followed by "4.1" is a heading of its sub-rows.
  const parents = new Set<RawRow>();
  for (let i = 0; i + 1 < raw.length; i++) {
    const a = raw[i]!;
    if (a.no && raw[i + 1]!.no.startsWith(a.no + ".") && raw[i + 1]!.group === a.group) parents.add(a);
  }
  // Numbering that restarts in each group gets the group's label as a prefix.
  const seen = new Set<string>();
  const restarts = raw.some((r) => (seen.has(r.no) ? true : (seen.add(r.no), false)));
  let parent: RawRow | null = null;
  let above: RawRow | null = null;
  const tasks: Task[] = [];
  let auto = 0;
  for (const r of raw) {
    if (parents.has(r)) {
      parent = r;
      continue;
    }
    if (parent && !(r.no.startsWith(parent.no + ".") && r.group === parent.group)) parent = null;
    const t = r.task;
    auto++;
    t.code = !r.no ? String(auto) : restarts && r.group ? `${r.group}.${r.no}` : r.no;
    const pick = (c: Col) => ((r.cells[c] ?? "").trim() ? r.cells[c]! : parent ? (parent.cells[c] ?? "") : "");
    t.lead = cellBodies(pick("lead"));
    t.coordinate = cellBodies(pick("coordinate"));
    const implCell = pick("implement");
    if (/chủ trì/u.test(implCell) && t.lead.length === 0) {
      // "Sở X chủ trì, phối hợp với Sở Y" in one "Cơ quan thực hiện" cell
      const r = readAssignmentSentence(implCell);
      t.lead = r.lead;
      t.coordinate.push(...r.coordinate.filter((c) => !t.coordinate.includes(c)));
    }
    const impl = /chủ trì/u.test(implCell) ? [] : cellBodies(implCell);
    if (impl.length > 0) {
      t.lead.push(...impl.filter((n) => !t.lead.includes(n)));
      t.implement = impl;
    }
    t.product = cleanPhrase(pick("product")) || null;
    setTime(t, cleanPhrase(pick("time")) || null, time);
    // A merged cell pasted as text keeps its value in its first row: rows below it with empty
    // body cells belong to the same bodies, within the same group.
    if (t.lead.length === 0 && t.coordinate.length === 0 && above && above.group === r.group) {
      t.lead = [...above.task.lead];
      t.coordinate = [...above.task.coordinate];
      t.implement = [...above.task.implement];
      if (!t.deadlineText) setTime(t, above.task.deadlineText, time);
    }
    if (t.lead.length > 0 || t.coordinate.length > 0) above = r;
    tasks.push(t);
  }
  return { sections, tasks };
}

/** A row with more cells than the header (a stray split) keeps the first ones; short rows are padded. */
function alignRow(cells: string[], width: number): string[] {
  if (cells.length >= width) return cells.slice(0, width);
  return [...cells, ...Array<string>(width - cells.length).fill("")];
}

/**
 * The bodies of one cell: one per bullet line ("- A", "- B"), each bullet split as a list;
 * lines that do not start a bullet continue the one above ("Ban Chỉ đạo CCHC\n(Văn phòng …)").
 */
export function cellBodies(cell: string): string[] {
  const items: string[] = [];
  for (const l of cell.split("\n")) {
    const line = l.trim();
    if (!line) continue;
    if (/^[-+•*–]\s*/u.test(line) || items.length === 0) items.push(line.replace(/^[-+•*–]\s*/u, ""));
    else items[items.length - 1] += " " + line;
  }
  const out: string[] = [];
  for (const it of items) for (const b of listBodies(it)) if (!out.includes(b)) out.push(b);
  return out;
}

/** "Các đơn vị đầu mối: Pháp chế, Tài chính, KHCN và MT; Văn phòng bộ": the members after a label. */
function listBodies(item: string): string[] {
  const m = /^([^:]{3,60}):\s*(.+)$/u.exec(item);
  if (!m) return splitBodies(item);
  const [first, ...rest] = m[2]!.split(/\s*;\s*/u);
  const members = (first ?? "").split(/\s*,\s*/u).map((x) => x.replace(/[.;]+$/u, "").trim());
  return [...members.filter(Boolean), ...rest.flatMap((r) => splitBodies(r))];
}
