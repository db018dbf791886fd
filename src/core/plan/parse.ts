import type { Plan, PlanShape, ReportingObligation, Section, Task } from "./model";
import { UserError } from "../errors";
import { cleanPhrase, collapseSpaces, foldKey, normalizeText } from "../text";
import { readAssignmentSentence, type AssignmentReading } from "./assignment";
import { newTask, setTime } from "./task";
import { readAgencyLine, AGENCY_LINE_RE } from "./agency-lines";
import { mendBodyName } from "./names";
import { findAppendixTable, readAppendixTable } from "./appendix";
import { readReporting } from "./reporting";
import { readMeta } from "./meta";
import type { RosterIndex } from "../roster/match";

export interface ParseOptions {
  /**
   * A roster to mend the case of names ("sở Công thương" → "Sở Công Thương") and to give the
   * reporting obligations their canonical names. Without it names stay as written.
   */
  roster?: RosterIndex;
}

/** A numbered line inside the content section. */
const TASK_RE = /^\s*(\d{1,2})\.(\d{1,2})\.?\s+(\S.*)?$/u;
const GROUP_RE = /^\s*(\d{1,2})\.\s+(\S.*)?$/u;
const ROMAN_RE = /^\s*(I|II|III|IV|V|VI|VII|VIII|IX|X)\.\s+(.*)$/u;
/** "* Phân công thực hiện:", "- Phân công:", "Phân công thực hiện:" */
const ASSIGN_RE = /^\s*[-*+•]?\s*Phân công(?: thực hiện| nhiệm vụ)?\s*:\s*(.*)$/iu;

interface Block {
  kind: "group" | "task" | "assign" | "agencyLine";
  code: string;
  line: number;
  lines: string[];
}

/**
 * Parses a plan's text (Kế hoạch) into its model: metadata, content groups, tasks with their
 * assignments, and the reporting obligations. Reads three shapes: "* Phân công thực hiện:"
 * sentences under the tasks, "Cơ quan chủ trì: … / Cơ quan phối hợp: …" lines, and an appendix
 * table pasted as text. Throws a UserError when the text holds no task or no assignment.
 */
export function parsePlan(raw: string, options: ParseOptions = {}): Plan {
  if (typeof raw !== "string" || raw.trim() === "") throw new UserError("plan.empty");
  if (looksBinary(raw)) throw new UserError("plan.notText");
  const text = normalizeText(raw);
  const lines = text.split("\n");
  const meta = readMeta(lines);
  const romans = findRomanSections(lines);
  const contentRange = pickSection(romans, ["noi dung", "nhiem vu", "giai phap"]);
  const orgRange = pickSection(romans, ["to chuc thuc hien"]);

  const shapes: PlanShape[] = [];
  let sections: Section[] = [];
  let tasks: Task[] = [];

  const table = findAppendixTable(lines);
  if (table) {
    const fromTable = readAppendixTable(table, lines);
    if (fromTable.tasks.length > 0) {
      sections = fromTable.sections;
      tasks = fromTable.tasks;
      shapes.push("appendix-table");
    }
  }
  if (tasks.length === 0) {
    const end = contentRange ? contentRange.end : table ? table.start : lines.length;
    const start = contentRange ? contentRange.start : 0;
    const body = readBody(lines, start, end);
    sections = body.sections;
    tasks = body.tasks;
    shapes.push(...body.shapes);
  }

  if (tasks.length === 0) throw new UserError("plan.noTasks");
  if (!tasks.some((t) => t.lead.length > 0 || t.coordinate.length > 0))
    throw new UserError("plan.noAssignments", { tasks: tasks.length });

  if (options.roster) {
    const r = options.roster;
    for (const t of tasks) {
      t.lead = t.lead.map((n) => r.spelling(n));
      t.coordinate = t.coordinate.map((n) => r.spelling(n));
      t.implement = t.implement.map((n) => r.spelling(n));
    }
  }

  // The organisation section ends where the recipients list and signature begin.
  const orgLines = orgRange ? untilClosing(lines.slice(orgRange.start, orgRange.end)) : [];
  const reporting: ReportingObligation[] = readReporting(orgLines, options.roster);
  const focal = findFocalPoint(orgLines, options.roster);
  return { meta, sections, tasks, reporting, focalPoint: focal, shapes };
}

function untilClosing(lines: string[]): string[] {
  const end = lines.findIndex((l) => /^\s*(?:Nơi nhận\s*:|TM\.|KT\.|\[\d{1,3}\]\s)/u.test(l));
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
function findRomanSections(lines: string[]): Range[] {
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

const SWALLOWED = "\u0000joined";

/**
 * A marker broken across lines ("* Phân\ncông thực hiện: …", "- Cơ quan\nchủ trì: …") is put
 * back on one line, so the line that carries it is recognised. The next line is marked as
 * swallowed; line numbers stay as they were.
 */
function joinBrokenMarkers(lines: string[], start: number, end: number): string[] {
  const out = [...lines];
  for (let i = start; i < end - 1; i++) {
    const line = out[i]!;
    if (line === SWALLOWED || !/^\s*(?:[-*+•–]|[a-zđ][).])?\s*(?:Phân|Cơ|Đơn|Thời|Sản|Tiến)/iu.test(line)) continue;
    if (ASSIGN_RE.test(line) || AGENCY_LINE_RE.test(line)) continue;
    for (let k = 1; k <= 2 && i + k < end; k++) {
      const candidate = [line, ...out.slice(i + 1, i + k + 1)].join(" ");
      if (ASSIGN_RE.test(candidate) || AGENCY_LINE_RE.test(candidate)) {
        out[i] = candidate;
        for (let j = 1; j <= k; j++) out[i + j] = SWALLOWED;
        break;
      }
    }
  }
  return out;
}

/** The content section: numbered groups and tasks, with assignment sentences or agency lines. */
function readBody(
  lines: string[],
  start: number,
  end: number,
): { sections: Section[]; tasks: Task[]; shapes: PlanShape[] } {
  const blocks: Block[] = [];
  let group = 0;
  let taskNo = 0;
  let current: Block | null = null;
  const push = (b: Block) => {
    blocks.push(b);
    current = b;
  };
  const joined = joinBrokenMarkers(lines, start, end);
  for (let i = start; i < end; i++) {
    const line = joined[i]!;
    if (line === SWALLOWED) continue;
    const t = TASK_RE.exec(line);
    const g = GROUP_RE.exec(line);
    const a = ASSIGN_RE.exec(line);
    const al = AGENCY_LINE_RE.exec(line);
    // Numbers must follow on from the previous ones, so a wrapped line that happens to start
    // with "2021." or "3." is not taken for a heading.
    if (t && (+t[1]! === group || (group === 0 && +t[1]! === 1)) && (+t[2]! === taskNo + 1 || +t[2]! === 1)) {
      if (group === 0) group = +t[1]!;
      taskNo = +t[2]!;
      push({ kind: "task", code: `${t[1]}.${t[2]}`, line: i + 1, lines: [t[3] ?? ""] });
    } else if (g && +g[1]! === group + 1 && !t) {
      group = +g[1]!;
      taskNo = 0;
      push({ kind: "group", code: g[1]!, line: i + 1, lines: [g[2] ?? ""] });
    } else if (a) {
      push({ kind: "assign", code: "", line: i + 1, lines: [a[1] ?? ""] });
    } else if (al) {
      push({ kind: "agencyLine", code: al[1]!, line: i + 1, lines: [al[2] ?? ""] });
    } else if (current) {
      (current as Block).lines.push(line);
    }
  }

  const sections: Section[] = [];
  const tasks: Task[] = [];
  const shapes = new Set<PlanShape>();
  let section = "";
  let pending: Task[] = []; // tasks above, waiting for an assignment
  let lastTask: Task | null = null;

  // Groups with no n.m tasks under them are tasks themselves (plans numbered "1.", "2." only).
  const hasSubtasks = blocks.some((b) => b.kind === "task");

  const applyReading = (targets: Task[], r: AssignmentReading) => {
    for (const task of targets) {
      task.lead = [...r.lead];
      task.coordinate = [...r.coordinate];
      task.implement = [...r.implement];
      setTime(task, r.deadlineText);
    }
  };

  // Agency lines fill the task just above; once its run of lines ends, tasks above it that
  // have no assignment of their own share it ("an assignment covers every task above it").
  let agencyTask: Task | null = null;
  const flushAgencyLines = () => {
    const source = agencyTask;
    agencyTask = null;
    if (!source || (source.lead.length === 0 && source.coordinate.length === 0)) return;
    for (const t of pending) {
      if (t === source || t.lead.length > 0 || t.coordinate.length > 0) continue;
      t.lead = [...source.lead];
      t.coordinate = [...source.coordinate];
      t.implement = [...source.implement];
      t.deadlineText = source.deadlineText;
      t.product = source.product;
    }
    pending = [];
  };

  for (const b of blocks) {
    if (b.kind !== "agencyLine") flushAgencyLines();
    const joined = cleanPhrase(b.lines.join("\n"));
    if (b.kind === "group") {
      if (hasSubtasks) {
        section = b.code;
        sections.push({ code: b.code, title: stripTrailingColon(joined) });
      } else {
        const task = newTask(b.code, "", joined, b.line);
        tasks.push(task);
        pending.push(task);
        lastTask = task;
      }
    } else if (b.kind === "task") {
      const task = newTask(b.code, section, joined, b.line);
      tasks.push(task);
      pending.push(task);
      lastTask = task;
    } else if (b.kind === "assign") {
      const reading = readAssignmentSentence(b.lines.join("\n"));
      const targets = pending.filter((t) => t.lead.length === 0 && t.coordinate.length === 0);
      applyReading(targets, reading);
      pending = [];
      shapes.add("assignment-lines");
    } else if (b.kind === "agencyLine" && lastTask) {
      readAgencyLine(lastTask, b.code, b.lines.join("\n"));
      agencyTask = lastTask;
      shapes.add("agency-lines");
    }
  }
  flushAgencyLines();
  // Agency lines set deadline texts directly; read every task's time phrase once at the end.
  for (const t of tasks) setTime(t, t.deadlineText);
  return { sections, tasks, shapes: [...shapes] };
}

function stripTrailingColon(s: string): string {
  return s.replace(/[:\s]+$/u, "");
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
