import type { Task } from "./model";
import type { OutlineNode } from "./outline";
import { leadingSubject, partnersIn } from "./item-sentence";
import { newTask, setTime, type TimeContext } from "./task";

/**
 * A dated schedule (tiến độ): bullets that open with their time and a colon, "- Tháng 7 năm
 * 2023: …", "- Từ ngày 15/9/2023 đến trước ngày 30/9/2023: <actor> <việc>". Each bullet is a
 * step (code PART.k); "+" sub-bullets are its steps PART.k#j; a following paragraph that opens
 * with an actor is a further step PART.k#j. The actor named at the head leads; a step that
 * names none has no lead (and is marked for review).
 */
const TIME_HEAD =
  /^((?:Tháng|Từ|Quý|Năm|Trước|Ngày|Đến|Trong|Giai đoạn|Hằng|Hàng)(?=\s)[^:]{0,70}?\d[^:]{0,20}):\s*(.*)$/u;

export function isSchedule(n: OutlineNode): boolean {
  const dashes = n.children.filter((c) => c.kind === "dash");
  return dashes.length >= 2 && dashes.filter((c) => TIME_HEAD.test(c.text)).length >= Math.max(2, dashes.length * 0.6);
}

export function readSchedule(n: OutlineNode, time: TimeContext): Task[] {
  const out: Task[] = [];
  let k = 0;
  for (const step of n.children) {
    if (step.kind !== "dash") continue;
    k++;
    const m = TIME_HEAD.exec(step.text);
    if (!m) continue;
    const when = m[1]!;
    const code = `${n.code}.${k}`;
    const rest = m[2]!.trim();
    const pluses = step.children.filter((c) => c.kind === "plus");
    if (rest) out.push(stepTask(code, n.code, rest, when, step.index, time));
    let j = pluses.length > 0 ? 0 : 1;
    for (const c of step.children) {
      if (c.kind === "plus") {
        j++;
        out.push(stepTask(`${code}#${j}`, n.code, c.text, when, c.index, time));
      } else if (c.kind === "plain" && pluses.length === 0 && leadingSubject(c.text)) {
        j++;
        out.push(stepTask(`${code}#${j}`, n.code, c.text, when, c.index, time));
      }
    }
  }
  return out;
}

function stepTask(code: string, section: string, text: string, when: string, index: number, time: TimeContext): Task {
  const t = newTask(code, section, text, index + 1);
  const s = leadingSubject(text);
  if (s) {
    t.lead = s.bodies;
    t.coordinate = partnersIn(s.rest).filter((c) => !s.bodies.includes(c));
  }
  // A date inside the step ("(… từ ngày 01/08 đến ngày 15/9/2023)") narrows the bullet's window.
  const inner = /\(([^()]*\d{1,2}\/\d{1,2}\/\d{4}[^()]*)\)/u.exec(text);
  setTime(t, inner ? `${when} (${inner[1]})` : when, time);
  return t;
}
