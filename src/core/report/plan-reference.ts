/**
 * Whether the plan a returned file names is the plan being collected. A plan is known by its
 * number and symbol ("4587/KH-UBND") and the day it was signed: numbers restart every year,
 * and an amended plan keeps its number under a new date, so "4587/KH-UBND ngày 20/12/2020" is
 * another plan version, and "14587/KH-UBND" or "2137/KH-UBND" another plan. A file for
 * another plan or version is flagged and kept out of the consolidation (consolidate/analyse).
 */
import { foldKey, normalizeText } from "../text";
import type { PlanMeta } from "../plan/model";
import { isIsoDate } from "../dates";

export interface PlanReference {
  /** "4587" */
  number: string;
  /** folded symbol, "kh ubnd" */
  symbol: string;
  /** ISO date of signature when the text states "ngày D/M/YYYY" or "ngày D tháng M năm YYYY" */
  date: string | null;
}

export type PlanMatch = "same" | "otherPlan" | "otherVersion";

// "4587/KH-UBND", "4587 / KH - UBND", "số 4587/QĐ-UBND"; bounded so hostile text stays linear.
const NUMBER_SYMBOL =
  /(?<![\p{L}\d])(\d{1,7})\s{0,3}\/\s{0,3}([\p{L}\d]{1,12}(?:\s{0,3}-\s{0,3}[\p{L}\d]{1,12}){0,4})/u;
const SIGNED_ON = /ngày\s{0,3}(\d{1,2})\s{0,3}(?:[/.-]|tháng)\s{0,3}(\d{1,2})\s{0,3}(?:[/.-]|năm)\s{0,3}(\d{4})/iu;

/** The number, symbol and date a text names ("4587/KH-UBND ngày 27/12/2021"), or null without a number/symbol. */
export function readPlanReference(text: string): PlanReference | null {
  const t = normalizeText(text).slice(0, 1000);
  const m = NUMBER_SYMBOL.exec(t);
  if (!m) return null;
  const d = SIGNED_ON.exec(t);
  const iso = d ? `${d[3]}-${d[2]!.padStart(2, "0")}-${d[1]!.padStart(2, "0")}` : null;
  return { number: m[1]!, symbol: foldKey(m[2]!), date: iso && isIsoDate(iso) ? iso : null };
}

// The plan's own reference, read once for a batch rather than once a file.
let lastPlanNumber: string | null = null;
let lastPlanReference: PlanReference | null = null;
function planReference(number: string): PlanReference | null {
  if (number !== lastPlanNumber) {
    lastPlanReference = readPlanReference(number);
    lastPlanNumber = number;
  }
  return lastPlanReference;
}

const sameNumber = (a: string, b: string) => a.replace(/^0+/, "") === b.replace(/^0+/, "");

/**
 * How the plan a file declares relates to the plan being collected. A declared text without a
 * number/symbol ("4587", "Kế hoạch 4587 năm 2022") is the plan when the plan's number stands in
 * it as a number of its own; otherwise it names another plan.
 */
export function matchPlan(declared: string, plan: Pick<PlanMeta, "number" | "date">): PlanMatch {
  if (!plan.number) return "same";
  const want = planReference(plan.number);
  const got = readPlanReference(declared);
  if (!want) return foldKey(declared).includes(foldKey(plan.number)) ? "same" : "otherPlan";
  if (!got) {
    const numbers =
      normalizeText(declared)
        .slice(0, 1000)
        .match(/\d{1,7}/g) ?? [];
    return numbers.some((n) => sameNumber(n, want.number)) ? "same" : "otherPlan";
  }
  if (!sameNumber(got.number, want.number)) return "otherPlan";
  if (got.symbol && want.symbol && got.symbol.replace(/\s/g, "") !== want.symbol.replace(/\s/g, "")) return "otherPlan";
  if (got.date && plan.date && got.date !== plan.date) return "otherVersion";
  return "same";
}

/** The codes of findings that keep a file out of the consolidation: it answers another plan. */
export const OTHER_PLAN_CODES: ReadonlySet<string> = new Set(["wrong-plan", "wrong-plan-version"]);
