/**
 * The reporting period (kỳ báo cáo, a year) the pane works on: proposed from the files already
 * imported and from the plan, never silently the current year — a reviewer who kept the current
 * year got every 2022 file flagged "wrong period". What the user types is accepted when it is a
 * year; a year outside the plan's own years is accepted with a word.
 */
import type { Plan } from "../core/plan/model";
import { readPeriod } from "../core/report/values";
import { periodFromFileName } from "../core/report/identity";
import type { ImportRecord } from "./import-log";

/** The years a plan's deadlines name (its tasks' dates and time phrases). */
export interface PlanYears {
  from: number;
  to: number;
}

const YEAR = /(?<!\d)(20\d{2})(?!\d)/g;

export function planYears(plan: Plan): PlanYears | null {
  const years: number[] = [];
  for (const t of plan.tasks) {
    if (t.deadline) years.push(Number(t.deadline.slice(0, 4)));
    for (const m of (t.deadlineText ?? "").matchAll(YEAR)) years.push(Number(m[1]));
  }
  if (years.length === 0 && plan.meta.date) years.push(Number(plan.meta.date.slice(0, 4)));
  const valid = years.filter((y) => y >= 2000 && y <= 2099);
  if (valid.length === 0) return null;
  return { from: Math.min(...valid), to: Math.max(...valid) };
}

/**
 * The periods the imported files declare (as the import recorded it, else their template's
 * metadata, else their file name), most declared first, the later year first on a tie. Files that
 * say nothing are not counted.
 */
export function filePeriods(records: readonly ImportRecord[]): { period: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const r of records) {
    const declared = r.period ?? r.meta.period;
    const p = (declared ? readPeriod(declared) : null) ?? periodFromFileName(r.file);
    if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  return [...counts]
    .map(([period, count]) => ({ period, count }))
    .sort((a, b) => b.count - a.count || b.period.localeCompare(a.period));
}

export type PeriodProposal =
  { value: string; from: "files"; count: number; total: number } | { value: string; from: "plan"; years: PlanYears };

/**
 * What to offer the user in place of the period in the field: the period most files declare when
 * it is not the one chosen; else, while nothing is chosen, the plan's year nearest to today.
 */
export function proposePeriod(input: {
  current: string;
  records: readonly ImportRecord[];
  plan: Plan | null;
  today: string;
}): PeriodProposal | null {
  const declared = filePeriods(input.records);
  const top = declared[0];
  if (top) {
    if (top.period === input.current) return null;
    const total = declared.reduce((n, d) => n + d.count, 0);
    return { value: top.period, from: "files", count: top.count, total };
  }
  if (input.current !== "" || !input.plan) return null;
  const years = planYears(input.plan);
  if (!years) return null;
  const year = Math.min(Math.max(Number(input.today.slice(0, 4)), years.from), years.to);
  return { value: String(year), from: "plan", years };
}

export type PeriodCheck =
  { ok: true; value: string; outside: PlanYears | null } | { ok: false; reason: "empty" | "notYear" };

/** The field's text as a period: "2022" or "Năm 2022" is the year 2022; anything else is refused. */
export function checkPeriod(text: string, plan: Plan | null): PeriodCheck {
  const t = text.trim().normalize("NFC");
  if (t === "") return { ok: false, reason: "empty" };
  const year = /^\d{4}$/.test(t) ? t : /^(năm|nam|year)\s+\d{4}$/iu.test(t) ? readPeriod(t) : null;
  if (!year || Number(year) < 2000 || Number(year) > 2099) return { ok: false, reason: "notYear" };
  const years = plan ? planYears(plan) : null;
  const outside = years && (Number(year) < years.from || Number(year) > years.to) ? years : null;
  return { ok: true, value: year, outside };
}
