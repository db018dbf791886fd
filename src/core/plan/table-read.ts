import type { Frequency, Plan, PlanMeta, ReportingObligation, Section, Task } from "./model";
import type { Cell, Sheet } from "../grid";
import { cellAddress, isDateCell, isErrorCell } from "../grid";
import type { RosterIndex } from "../roster/match";
import type { MessageKey, Params } from "../i18n";
import { UserError } from "../errors";
import { isoFromSerial, parseDateText } from "../dates";
import { foldKey } from "../text";
import { FREQUENCIES, frequencyLabel } from "./labels";
import { readTimePhrase } from "./time";
import {
  META_LABELS,
  NO,
  OBLIGATION_COLUMNS,
  OBLIGATION_SHEET,
  RULE_LABELS,
  SECTION_LABEL,
  TASK_COLUMNS,
  TASK_SHEET,
  YES,
  type ObligationColumnKey,
  type TaskColumnKey,
  DUTY_LABEL,
  vi,
} from "./table";

/** Something the official should look at in the tables, with its cell. */
export interface PlanTableFinding {
  key: MessageKey;
  severity: "error" | "warning" | "info";
  sheet: string;
  cell: string;
  params: Params;
}

export interface PlanFromTables {
  plan: Plan;
  findings: PlanTableFinding[];
}

/**
 * Reads the plan back from its tables (see table.ts): the particulars above the task table, one
 * task per row, the reporting obligations. Columns are found by their header label, so moved
 * columns still read. The official's edits win:
 * - names are kept as written; a name the roster does not know is flagged with its cell, never dropped;
 * - the "Hạn" date wins over the written "Thời hạn" when both state a date and they differ (the
 *   date column is the one made to be edited; the text stays as the plan wrote it), with a note;
 *   an empty Hạn takes the date the text states, so editing only the text works too;
 * - a row without a code gets one, a repeated code is renamed (templates key rows by code);
 * - rows with no task text are skipped (an empty row the table keeps).
 * Throws planTable.missing when the workbook has no task table.
 */
export function readPlanTables(sheets: readonly Sheet[], roster: RosterIndex): PlanFromTables {
  const findings: PlanTableFinding[] = [];
  const sheet = findSheet(sheets, TASK_SHEET);
  const header = sheet ? findHeader(sheet.rows, TASK_COLUMNS) : null;
  if (!sheet || !header) throw new UserError("planTable.missing", { sheet: TASK_SHEET });
  const flag = (key: MessageKey, severity: PlanTableFinding["severity"], row: number, col: number, params: Params) =>
    findings.push({
      key,
      severity,
      sheet: sheet.name,
      cell: cellAddress(row, col),
      params: { sheet: sheet.name, cell: cellAddress(row, col), ...params },
    });

  const { meta, focalPoint, sections } = readParticulars(sheet.rows.slice(0, header.row));
  const tasks: Task[] = [];
  const codes = new Set<string>();
  for (let r = header.row + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const get = (k: TaskColumnKey) => {
      const c = header.cols.get(k);
      return c === undefined ? "" : text(row[c]);
    };
    const body = get("text");
    if (body === "") continue;
    let code = get("code") || String(tasks.length + 1);
    if (codes.has(foldKey(code))) {
      const renamed = uniqueCode(code, codes);
      flag("planTable.duplicateCode", "warning", r, header.cols.get("code") ?? 0, { task: code, code: renamed });
      code = renamed;
    }
    codes.add(foldKey(code));
    const names = (k: "lead" | "coordinate" | "implement") => {
      const list = splitNames(get(k));
      const c = header.cols.get(k) ?? 0;
      for (const name of list)
        if (roster.resolve(name).kind === "unknown")
          flag("planTable.unknownName", "warning", r, c, { task: code, name });
      return list;
    };
    const lead = names("lead");
    const implement = names("implement");
    const coordinate = names("coordinate");
    const deadlineText = get("deadlineText") || null;
    const fromText = readTimePhrase(deadlineText);
    const dateCol = header.cols.get("deadline");
    let deadline = fromText.deadline;
    if (dateCol !== undefined) {
      const raw = row[dateCol];
      const typed = dateOf(raw);
      if (typed) {
        if (fromText.deadline && fromText.deadline !== typed)
          flag("planTable.dateOverridesText", "info", r, dateCol, {
            task: code,
            date: typed,
            text: deadlineText ?? "",
          });
        deadline = typed;
      } else if (text(raw) !== "") flag("planTable.badDate", "warning", r, dateCol, { task: code, value: text(raw) });
    }
    let frequency = fromText.frequency;
    const freqCol = header.cols.get("frequency");
    const freqText = get("frequency");
    if (freqText !== "") {
      const f = frequencyFromLabel(freqText);
      if (f) frequency = f;
      else
        flag("planTable.badFrequency", "warning", r, freqCol ?? 0, {
          task: code,
          value: freqText,
          allowed: FREQUENCIES.map(frequencyLabel).join(", "),
        });
    }
    if (deadline && !frequency) frequency = "once";
    const allLead = [...lead, ...implement.filter((n) => !lead.includes(n))];
    if (allLead.length === 0)
      flag("planTable.noLead", "warning", r, header.cols.get("lead") ?? 0, { row: r + 1, task: code });
    const review = get("review");
    if (review !== "")
      flag("planTable.review", "info", r, header.cols.get("review") ?? 0, { row: r + 1, task: code, note: review });
    const task: Task = {
      code,
      section: get("section"),
      title: titleOf(body),
      text: body,
      lead: allLead,
      coordinate,
      implement,
      deadlineText,
      deadline,
      frequency,
      product: get("product") || null,
      line: r + 1,
    };
    if (review !== "") task.review = review;
    if (foldKey(get("kind")) === foldKey(vi(DUTY_LABEL))) task.kind = "duty";
    tasks.push(task);
  }
  if (tasks.length === 0) throw new UserError("planTable.noTasks", { sheet: sheet.name });
  const reporting = readObligations(findSheet(sheets, OBLIGATION_SHEET), roster, findings);
  const plan: Plan = { meta, sections, tasks, reporting, focalPoint, shapes: [] };
  return { plan, findings };
}

function findSheet(sheets: readonly Sheet[], name: string): Sheet | undefined {
  const key = foldKey(name);
  return sheets.find((s) => foldKey(s.name) === key);
}

function text(c: Cell | undefined): string {
  if (c === null || c === undefined || isErrorCell(c)) return "";
  if (isDateCell(c)) return isoFromSerial(c.serial) ?? "";
  return String(c).trim();
}

function dateOf(c: Cell | undefined): string | null {
  if (c === null || c === undefined) return null;
  if (isDateCell(c)) return isoFromSerial(c.serial);
  if (typeof c === "number" && c > 20000 && c < 80000) return isoFromSerial(c);
  if (typeof c === "string") {
    const d = parseDateText(c);
    return d.ok ? d.iso : null;
  }
  return null;
}

/** "A; B\nC" → ["A", "B", "C"]; commas stay inside names ("Sở Văn hóa, Thể thao và Du lịch"). */
export function splitNames(s: string): string[] {
  return s
    .split(/[;\n]/)
    .map((n) => n.replace(/^\s*[-+•]\s*/, "").trim())
    .filter((n) => n !== "");
}

function titleOf(body: string): string {
  const first = body.split(/[;:.](?:\s|$)/)[0] ?? body;
  return first.length > 160 ? `${first.slice(0, 159)}…` : first;
}

function uniqueCode(code: string, used: Set<string>): string {
  for (let i = 2; ; i++) {
    const candidate = `${code}#${i}`;
    if (!used.has(foldKey(candidate))) return candidate;
  }
}

function frequencyFromLabel(s: string): Frequency | null {
  const key = foldKey(s);
  for (const f of FREQUENCIES) if (foldKey(frequencyLabel(f)) === key || key === f) return f;
  return readTimePhrase(s).frequency;
}

interface Header<K extends string> {
  row: number;
  cols: Map<K, number>;
}

/** The row holding the most of the expected labels (at least half), and where each is. */
function findHeader<K extends string>(
  rows: Cell[][],
  columns: readonly { key: K; labelKey: MessageKey }[],
): Header<K> | null {
  const wanted = new Map(columns.map((c) => [foldKey(vi(c.labelKey)), c.key]));
  let best: Header<K> | null = null;
  for (let r = 0; r < Math.min(rows.length, 60); r++) {
    const cols = new Map<K, number>();
    (rows[r] ?? []).forEach((c, i) => {
      const k = wanted.get(foldKey(text(c)));
      if (k !== undefined && !cols.has(k)) cols.set(k, i);
    });
    if (cols.size * 2 >= columns.length && cols.size > (best?.cols.size ?? 0)) best = { row: r, cols };
  }
  return best;
}

function readParticulars(rows: Cell[][]): { meta: PlanMeta; focalPoint: string | null; sections: Section[] } {
  const byLabel = new Map<string, Cell | undefined>();
  const sections: Section[] = [];
  const sectionLabel = vi(SECTION_LABEL);
  const sectionPrefix = foldKey(sectionLabel) + " ";
  for (const row of rows) {
    const label = text(row[0]);
    if (foldKey(label).startsWith(sectionPrefix))
      sections.push({ code: label.slice(sectionLabel.length).trim(), title: text(row[1]) });
    else byLabel.set(foldKey(label), row[1]);
  }
  const get = (label: MessageKey) => text(byLabel.get(foldKey(vi(label)))) || null;
  const date = dateOf(byLabel.get(foldKey(vi(META_LABELS.date))));
  const meta: PlanMeta = {
    number: get(META_LABELS.number),
    date,
    issuer: get(META_LABELS.issuer),
    place: get(META_LABELS.place),
    signer: get(META_LABELS.signer),
    title: get(META_LABELS.title),
  };
  return { meta, focalPoint: get(META_LABELS.focalPoint), sections };
}

function readObligations(
  sheet: Sheet | undefined,
  roster: RosterIndex,
  findings: PlanTableFinding[],
): ReportingObligation[] {
  if (!sheet) return [];
  const header = findHeader(sheet.rows, OBLIGATION_COLUMNS);
  if (!header) return [];
  const out: ReportingObligation[] = [];
  for (let r = header.row + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const get = (k: ObligationColumnKey) => {
      const c = header.cols.get(k);
      return c === undefined ? "" : text(row[c]);
    };
    const from = splitNames(get("from"));
    const to = splitNames(get("to"));
    if (from.length === 0 && to.length === 0 && get("text") === "") continue;
    for (const [k, list] of [
      ["from", from],
      ["to", to],
    ] as const) {
      const c = header.cols.get(k) ?? 0;
      for (const name of list)
        if (roster.resolve(name).kind === "unknown")
          findings.push({
            key: "planTable.unknownName",
            severity: "warning",
            sheet: sheet.name,
            cell: cellAddress(r, c),
            params: { sheet: sheet.name, cell: cellAddress(r, c), task: "—", name },
          });
    }
    const due = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})$/.exec(get("due"));
    const rule = foldKey(get("rule"));
    out.push({
      from,
      to,
      dueMonthDay: due ? `${due[2]!.padStart(2, "0")}-${due[1]!.padStart(2, "0")}` : null,
      dueRule: rule === foldKey(vi(RULE_LABELS.by)) ? "by" : rule === foldKey(vi(RULE_LABELS.before)) ? "before" : null,
      frequency: get("frequency") ? frequencyFromLabel(get("frequency")) : null,
      adHoc: foldKey(get("adHoc")) === foldKey(vi(YES)) && foldKey(get("adHoc")) !== foldKey(vi(NO)),
      text: get("text"),
    });
  }
  return out;
}
