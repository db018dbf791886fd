import type { Task } from "./model";
import { foldKey } from "../text";
import { fullText, type OutlineNode } from "./outline";
import { looksLikeBody, splitBodies } from "./names";
import { leadingSubject, partnersIn, readItemSentence } from "./item-sentence";
import { newTask, setTime, type TimeContext } from "./task";
import { readTimePhrase } from "./time";
import { readSchedule, isSchedule } from "./schedule";
import { firstVerbAt } from "./verbs";
import { AGENCY_LINE_RE, readAgencyLine } from "./agency-lines";

/**
 * Tasks and agency duties from the plan's outline (plans without a task table):
 *  - an item whose heading only names bodies ("2. Sở Tài nguyên và Môi trường", "a) Sở Nội
 *    vụ", "12. Ủy ban nhân dân các huyện, thị xã, thành phố:") assigns what follows to them:
 *    lettered sub-items become tasks they lead, anything else becomes one duty per item;
 *  - a numbered or lettered item that opens with an assignment ("X chủ trì, phối hợp Y …",
 *    "X phối hợp với Y …", "X: …", "X <verb> …") is a task X leads;
 *  - a dated schedule ("- Tháng 7/2023: …") gives one task per step.
 * Items that carry no assignment (content lists, targets, headings) are not tasks.
 */
export interface ItemReading {
  tasks: Task[];
  duties: Task[];
  /**
   * Items of an assigning part that name their bodies before a colon ("3. Đề nghị X và Y: …"):
   * tasks when the plan's tasks are its items, per-agency duty blocks when they come from
   * elsewhere (a task table, "Phân công thực hiện" lines).
   */
  agencyBlocks: Task[];
  /** which of the item shapes gave tasks */
  shapes: ("item-sentences" | "schedule")[];
}

/** Parts that describe rather than assign: their items are never tasks. */
const NARRATIVE = /muc dich|muc tieu|yeu cau|quan diem|thuc trang|ket qua dat|tinh hinh|can cu|doi tuong|pham vi/u;

export function readItems(roots: OutlineNode[], time: TimeContext): ItemReading {
  const out: ItemReading = { tasks: [], duties: [], agencyBlocks: [], shapes: [] };
  const shape = (s: "item-sentences" | "schedule") => {
    if (!out.shapes.includes(s)) out.shapes.push(s);
  };
  const visit = (n: OutlineNode) => {
    if ((n.kind === "roman" || n.kind === "number") && NARRATIVE.test(foldKey(n.text.slice(0, 60)))) return;
    if (isSchedule(n)) {
      out.tasks.push(...readSchedule(n, time));
      shape("schedule");
      return;
    }
    if (n.kind === "number" || n.kind === "subnumber" || n.kind === "letter") {
      const labelled = labelTask(n, time);
      if (labelled) {
        out.tasks.push(labelled);
        shape("item-sentences");
        return;
      }
      const heading = headingBodies(n.text);
      if (heading) {
        const letters = n.children.filter((c) => c.kind === "letter");
        if (letters.length > 0) {
          for (const c of letters) out.tasks.push(taskOf(c, heading, fullText(c), time));
          shape("item-sentences");
        } else {
          const body = n.children.map(fullText).join(" ");
          const duty = taskOf(n, heading, body, time);
          duty.kind = "duty";
          out.duties.push(duty);
        }
        return;
      }
      const sentence = readItemSentence(n.text);
      // Outside the parts that assign work, only an explicit assignment makes a task: a content
      // list's "Các cơ quan báo chí có chuyên mục …" is a goal, not an assignment.
      const explicit = /\s(?:chủ trì|phối hợp)(?=[\s,.;:]|$)|^[^:]{3,120}:/u.test(n.text);
      if (sentence && !isReportingClause(n.text) && (explicit || inAssigningPart(n))) {
        const t = taskOf(n, sentence.lead, fullText(n), time);
        t.coordinate = unique([...sentence.coordinate, ...t.coordinate]).filter((c) => !t.lead.includes(c));
        out.tasks.push(t);
        if (inAssigningPart(n) && headingBodies(/^[^:]*/u.exec(n.text)![0]) !== null) out.agencyBlocks.push(t);
        shape("item-sentences");
        return;
      }
      // An assignment whose lead cannot be read, in a part that assigns work: kept for review.
      if (inAssigningPart(n) && /^(?:Chủ trì|chủ trì)|\schủ trì[\s,]/u.test(n.text) && n.children.length === 0) {
        const t = taskOf(n, [], n.text, time);
        t.review = "noLead";
        out.tasks.push(t);
        return;
      }
    }
    n.children.forEach(visit);
  };
  roots.forEach(visit);
  return out;
}

/**
 * An item followed by its label lines ("- Cơ quan chủ trì: …", "d) Cơ quan, tổ chức phối hợp:
 * …", "- Thời gian thực hiện: …"): one task with those fields. Null when no line names a lead.
 */
function labelTask(n: OutlineNode, time: TimeContext): Task | null {
  const labels = n.children
    .map((c) => ({ c, m: AGENCY_LINE_RE.exec(c.text) }))
    .filter((x): x is { c: OutlineNode; m: RegExpExecArray } => x.m !== null);
  if (!labels.some((x) => /chu tri|thuc hien/u.test(foldKey(x.m[1]!)))) return null;
  const rest = n.children.filter((c) => !labels.some((x) => x.c === c)).map(fullText);
  const t = newTask(n.code, sectionOf(n), [n.text, ...rest].join(" ").trim(), n.index + 1);
  for (const { m } of labels) readAgencyLine(t, m[1]!, m[2] ?? "");
  setTime(t, t.deadlineText, time);
  return t;
}

function taskOf(n: OutlineNode, lead: string[], text: string, time: TimeContext): Task {
  const t = newTask(n.code, sectionOf(n), text, n.index + 1);
  t.lead = [...lead];
  t.coordinate = partnersIn(text).filter((c) => !lead.includes(c));
  const phrase = itemTimePhrase(text, time);
  setTime(t, phrase, time);
  return t;
}

/** Inside "Tổ chức thực hiện" / "Phân công (trách nhiệm)" / "Trách nhiệm …". */
function inAssigningPart(n: OutlineNode): boolean {
  for (let p = n.parent; p; p = p.parent) {
    if (/^(?:to chuc thuc hien|phan cong|trach nhiem)/u.test(foldKey(p.text.slice(0, 40)))) return true;
  }
  return false;
}

function sectionOf(n: OutlineNode): string {
  let p = n.parent;
  while (p && p.kind !== "roman") p = p.parent;
  return p ? p.code : "";
}

/**
 * The bodies an item's heading names when that is all it says; null otherwise.
 * "UBND các huyện: Đông Giang, Nam Giang" (a shared prefix) names each district.
 */
export function headingBodies(text: string): string[] | null {
  let t = text
    .replace(/[\s.:;]+$/u, "")
    .replace(/\s+ngoài (?:các )?nhiệm vụ.*$/u, "")
    .replace(/^(?:Đề nghị|Giao)\s+/u, "");
  if (t.length > 200) return null;
  const shared =
    /^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+các\s+(huyện|quận|xã|phường|thị xã|thành phố)\s*:\s*(.+)$/u.exec(t);
  if (shared) {
    const names = shared[3]!.split(/\s*(?:,|;|\svà\s)\s*/u).filter((x) => x.trim());
    return names.map((x) => `${shared[1]} ${shared[2]} ${x.trim()}`);
  }
  if (t.includes(":") || hasVerb(t)) return null;
  t = t.replace(/,?\s*đề nghị\s+/giu, ", ");
  const bodies = splitBodies(t);
  if (bodies.length === 0 || !bodies.every((b) => looksLikeBody(b) && !hasVerb(b))) return null;
  return bodies;
}

function hasVerb(name: string): boolean {
  return firstVerbAt(" " + name) >= 0;
}

/**
 * The time an item states: a completion point ("hoàn thành trong Quý III/2023", "trước ngày
 * 30/6/2023"), or a recurrence in its opening sentence ("Thường xuyên kiểm tra …", "Hằng năm,
 * …", "… tuyên truyền thường xuyên"). Targets ("Đến năm 2030 …") are not deadlines.
 */
export function itemTimePhrase(text: string, ctx: TimeContext = {}): string | null {
  const done =
    /(?:hoàn thành|xong|thực hiện|báo cáo|gửi)[^.;]{0,40}?(?:trong|trước|chậm nhất|vào|trước ngày)\s+(?:ngày\s+|tháng\s+|quý\s+)?[^.;)]{1,40}/iu.exec(
      text,
    );
  if (done) {
    const r = readTimePhrase(done[0], ctx);
    if (r.deadline) return done[0].trim();
  }
  const first = text.split(/[.;](?:\s|$)/u)[0] ?? text;
  const r = readTimePhrase(first.replace(/(?:kinh phí|ngân sách)[^,.;]*thường xuyên/giu, ""));
  // "liên tục" (relentlessly) qualifies the manner, not the timing, of an item's work.
  const recurring = r.frequency && r.frequency !== "once" && r.frequency !== "per-regulation";
  if (recurring && !r.deadline && !(r.frequency === "ongoing" && !/thường xuyên/iu.test(first))) return first.trim();
  if (/khi có (?:đề nghị|yêu cầu)/iu.test(text)) return "khi có đề nghị";
  return null;
}

/** "X định kỳ hằng năm gửi báo cáo về Y …": a reporting obligation (read by reporting.ts), not a task. */
function isReportingClause(text: string): boolean {
  const s = leadingSubject(text);
  if (!s) return false;
  return /^(?:chủ động\s+)?(?:thực hiện\s+)?(?:nghiêm túc\s+)?(?:chế độ\s+)?(?:thông tin,?\s*)?(?:định kỳ[^.;]{0,30}?)?(?:gửi\s+)?báo cáo/iu.test(
    s.rest,
  );
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}
