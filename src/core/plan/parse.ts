import type { Plan, PlanShape, ReportingObligation, Section, Task } from "./model";
import type { PlanDocument } from "./document";
import { UserError } from "../errors";
import { cleanPhrase, collapseSpaces, foldKey } from "../text";
import { mendBodyName } from "./names";
import { readReporting } from "./reporting";
import { readMeta } from "./meta";
import { textToDocument } from "./text-document";
import { readTaskTable, taskTableHeader } from "./task-table";
import { readBody, GROUP_RE } from "./line-shapes";
import { buildOutline } from "./outline";
import { FOOTNOTE, isClosingLine } from "./closing";
import { readItems } from "./items";
import type { TimeContext } from "./task";
import type { RosterIndex } from "../roster/match";

export interface ParseOptions {
  /**
   * A roster to mend the case of names ("sở Công thương" → "Sở Công Thương") and to give the
   * reporting obligations their canonical names. Without it names stay as written.
   */
  roster?: RosterIndex;
}

const ROMAN_RE = /^\s*(I|II|III|IV|V|VI|VII|VIII|IX|X)\.\s+(.*)$/u;

/**
 * Parses a plan's text: text → PlanDocument (paragraphs and the tables laid out in it) →
 * parsePlanDocument. Throws a UserError only when the text is empty, binary, or holds no plan.
 */
export function parsePlan(raw: string, options: ParseOptions = {}): Plan {
  if (typeof raw !== "string" || raw.trim() === "") throw new UserError("plan.empty");
  if (looksBinary(raw)) throw new UserError("plan.notText");
  return parsePlanDocument(textToDocument(raw), options);
}

/** The document flattened to lines (for sections, metadata, line shapes) and to paragraphs (for the outline). */
interface Flat {
  lines: string[];
  paragraphs: string[];
  tables: { rows: string[][]; line: number }[];
}

function flatten(doc: PlanDocument): Flat {
  const flat: Flat = { lines: [], paragraphs: [], tables: [] };
  const addParagraph = (text: string) => {
    flat.lines.push(...text.split("\n"), "");
    flat.paragraphs.push(text);
  };
  for (const b of doc.blocks) {
    if (b.kind === "paragraph") addParagraph(b.text);
    else if (taskTableHeader(b.rows) >= 0) {
      flat.tables.push({ rows: b.rows, line: flat.lines.length + 1 });
      flat.lines.push("");
    } else for (const row of b.rows) for (const cell of row) if (cell.trim()) addParagraph(cell);
  }
  return flat;
}

/**
 * The parser's entry for every file form: metadata, content groups, tasks with their
 * assignments, agency duties, and the reporting obligations. Shapes, in order of precedence:
 * task tables; "Phân công thực hiện:" / "Cơ quan chủ trì:" lines; numbered and lettered items
 * with assignment sentences, per-agency duty blocks and dated schedules. Rows whose lead could
 * not be found are kept and marked for review.
 */
export function parsePlanDocument(doc: PlanDocument, options: ParseOptions = {}): Plan {
  const { lines, paragraphs, tables } = flatten(doc);
  const meta = readMeta(lines);
  const time: TimeContext = { year: planYear(meta.date, meta.title) };
  const romans = findRomanSections(lines);
  const contentRange = pickSection(romans, ["noi dung", "nhiem vu", "giai phap"]);
  const orgRange = pickSection(romans, ["to chuc thuc hien"]);

  const shapes: PlanShape[] = [];
  let sections: Section[] = [];
  let tasks: Task[] = [];

  for (const t of tables) {
    const r = readTaskTable(t.rows, t.line, time);
    if (r && r.tasks.length > 0) {
      sections.push(...r.sections);
      tasks.push(...r.tasks);
    }
  }
  if (tasks.length > 0) shapes.push("appendix-table");
  let unassigned = 0;
  const items = readItems(buildOutline(paragraphs), time);
  if (tasks.length === 0) {
    const start = contentRange ? contentRange.start : 0;
    const end = contentRange ? contentRange.end : lines.length;
    const body = readBody(lines, start, end, time);
    if (body.shapes.length > 0 && assigned(body.tasks) >= assigned(items.tasks)) {
      sections = body.sections;
      tasks = body.tasks;
      shapes.push(...body.shapes);
    } else unassigned = body.tasks.length;
  }
  if (tasks.length === 0 && items.tasks.length > 0) {
    tasks = items.tasks;
    shapes.push(...items.shapes);
  }
  const blocks = tasks === items.tasks ? [] : items.agencyBlocks.map((t): Task => ({ ...t, kind: "duty" }));
  const duties = [...items.duties, ...blocks]
    .sort((a, b) => a.line - b.line) // in the order the plan writes them
    .filter((d) => !tasks.some((t) => t.code === d.code));
  if (duties.length > 0) shapes.push("agency-duties");

  const seen = new Map<string, number>();
  for (const t of [...tasks, ...duties]) {
    if (t.lead.length === 0 && t.coordinate.length === 0) t.review = "noLead";
    // Two tables (or a table and a duty part) may number alike: codes stay unique.
    const n = (seen.get(t.code) ?? 0) + 1;
    seen.set(t.code, n);
    if (n > 1) t.code = `${t.code} (${n})`;
  }

  if (options.roster) {
    const r = options.roster;
    for (const t of [...tasks, ...duties]) {
      t.lead = t.lead.map((n) => r.spelling(n));
      t.coordinate = t.coordinate.map((n) => r.spelling(n));
      t.implement = t.implement.map((n) => r.spelling(n));
    }
  }

  // The organisation section ends where the recipients list and signature begin.
  const orgLines = orgRange ? untilClosing(lines.slice(orgRange.start, orgRange.end)) : [];
  const reporting = findReporting(lines, romans, orgLines, options.roster);
  const focal = findFocalPoint(orgLines, options.roster);

  if (tasks.length === 0 && duties.length === 0 && reporting.length === 0) {
    throw unassigned > 0 ? new UserError("plan.noAssignments", { tasks: unassigned }) : new UserError("plan.noTasks");
  }
  return { meta, sections, tasks: [...tasks, ...duties], reporting, focalPoint: focal, shapes };
}

function assigned(tasks: Task[]): number {
  return tasks.filter((t) => t.lead.length > 0 || t.coordinate.length > 0).length;
}

/** The year dates without one belong to: the plan's signature date, else a year in its title. */
function planYear(date: string | null, title: string | null): number | null {
  if (date) return +date.slice(0, 4);
  const m = /(?:năm|NĂM)\s+(\d{4})/u.exec(title ?? "");
  return m ? +m[1]! : null;
}

/**
 * Reporting clauses: the organisation section first, then parts about reporting ("CHẾ ĐỘ BÁO
 * CÁO"), then — when neither has one — the whole text, so they are found even when nothing
 * else of the plan can be read.
 */
function findReporting(
  lines: string[],
  romans: Range[],
  orgLines: string[],
  roster?: RosterIndex,
): ReportingObligation[] {
  const out = readReporting(orgLines, roster);
  for (const r of romans) {
    if (!/bao cao/u.test(foldKey(r.title)) || /to chuc thuc hien/u.test(foldKey(r.title))) continue;
    out.push(...readReporting(untilClosing(lines.slice(r.start, r.end)), roster));
  }
  if (out.length > 0) return dedupe(out);
  return dedupe(readReporting(untilClosing(lines), roster));
}

function dedupe(rs: ReportingObligation[]): ReportingObligation[] {
  const seen = new Set<string>();
  return rs.filter((r) => {
    const k = `${r.dueMonthDay}|${r.to.join(";")}|${r.from.join(";")}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function untilClosing(lines: string[]): string[] {
  const end = lines.findIndex((l) => isClosingLine(l) || FOOTNOTE.test(l));
  return end < 0 ? lines : lines.slice(0, end);
}

function looksBinary(s: string): boolean {
  const sample = s.slice(0, 4096);
  if (sample.startsWith("PK\u0003\u0004") || sample.includes("\u0000")) return true;
  let bad = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0)!;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  return bad > sample.length * 0.05;
}

interface Range {
  start: number;
  end: number;
  title: string;
}

/** Roman-numbered parts (I. MỤC ĐÍCH, II. NỘI DUNG, III. TỔ CHỨC THỰC HIỆN), titles joined across breaks. */
export function findRomanSections(lines: string[]): Range[] {
  const out: Range[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = ROMAN_RE.exec(lines[i]!);
    if (!m) continue;
    // A heading is written in capitals; its title may wrap onto the next line.
    let title = m[2]!;
    if (title !== title.toLocaleUpperCase("vi")) continue;
    for (let k = 1; k <= 3; k++) {
      const next = lines[i + k] ?? "";
      if (
        !next ||
        next !== next.toLocaleUpperCase("vi") ||
        !/\p{Lu}/u.test(next) ||
        ROMAN_RE.test(next) ||
        GROUP_RE.test(next)
      )
        break;
      title += " " + next;
    }
    out.push({ start: i + 1, end: lines.length, title: collapseSpaces(title) });
  }
  for (let k = 0; k < out.length - 1; k++) out[k]!.end = out[k + 1]!.start - 1;
  return out;
}

function pickSection(ranges: Range[], keys: string[]): Range | null {
  return ranges.find((r) => keys.some((k) => foldKey(r.title).includes(k))) ?? null;
}

/** The body named "đầu mối" (focal point) in the organisation section: the subject before "làm đầu mối". */
function findFocalPoint(lines: string[], roster?: RosterIndex): string | null {
  const text = cleanPhrase(lines.join("\n"));
  const m = /\s(?:là|làm)\s+(?:cơ quan\s+|đơn vị\s+)?đầu mối/u.exec(text);
  if (!m) return null;
  const before = text.slice(0, m.index);
  const clause = before.split(/[.;:]\s|\d{1,2}\.\s/u).pop() ?? "";
  const name = mendBodyName(clause);
  if (!name) return null;
  if (roster) {
    const hit = roster.resolve(name);
    if (hit.kind === "agency") return hit.agency.name;
  }
  return name;
}
