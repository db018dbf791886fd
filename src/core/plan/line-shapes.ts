import type { PlanShape, Section, Task } from "./model";
import { cleanPhrase } from "../text";
import { readAssignmentSentence, type AssignmentReading } from "./assignment";
import { newTask, setTime, type TimeContext } from "./task";
import { readAgencyLine, AGENCY_LINE_RE } from "./agency-lines";

/**
 * The line shapes of plans written like 4587/KH-UBND: numbered groups "1." and tasks "1.1."
 * with "* Phân công thực hiện:" sentences under them, or "Cơ quan chủ trì: …" lines.
 */

/** A numbered line inside the content section. */
const TASK_RE = /^\s*(\d{1,2})\.(\d{1,2})\.?\s+(\S.*)?$/u;
export const GROUP_RE = /^\s*(\d{1,2})\.\s+(\S.*)?$/u;
/** "* Phân công thực hiện:", "- Phân công:", "Phân công thực hiện:" */
const ASSIGN_RE = /^\s*[-*+•]?\s*Phân công(?: thực hiện| nhiệm vụ)?\s*:\s*(.*)$/iu;

interface Block {
  kind: "group" | "task" | "assign" | "agencyLine";
  code: string;
  line: number;
  lines: string[];
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
export function readBody(
  lines: string[],
  start: number,
  end: number,
  time: TimeContext = {},
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
      setTime(task, r.deadlineText, time);
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
  for (const t of tasks) setTime(t, t.deadlineText, time);
  return { sections, tasks, shapes: [...shapes] };
}

function stripTrailingColon(s: string): string {
  return s.replace(/[:\s]+$/u, "");
}
