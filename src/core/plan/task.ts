import type { Task } from "./model";
import { readTimePhrase, type TimeContext } from "./time";

export type { TimeContext };

export function newTask(code: string, section: string, text: string, line: number): Task {
  return {
    code,
    section,
    title: titleOf(text),
    text,
    lead: [],
    coordinate: [],
    implement: [],
    deadlineText: null,
    deadline: null,
    frequency: null,
    product: null,
    line,
  };
}

export function setTime(task: Task, deadlineText: string | null, ctx: TimeContext = {}): void {
  task.deadlineText = deadlineText;
  const r = readTimePhrase(deadlineText, ctx);
  task.deadline = r.deadline;
  task.frequency = r.frequency;
}

/** The first clause of the text, at most ~160 characters, cut at a word. */
function titleOf(text: string): string {
  const clause = text.split(/(?<=[^\d])[.;:](?=\s|$)/u)[0] ?? text;
  const t = clause.trim();
  if (t.length <= 160) return t;
  const cut = t.slice(0, 160);
  return cut.slice(0, cut.lastIndexOf(" ")) + " …";
}
