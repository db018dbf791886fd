/**
 * The pseudo-locale: every message drawn from the translation tables is wrapped in ⟦…⟧
 * (decorateMessages). Whatever the user sees that is neither wrapped nor data (agency names,
 * plan text, what agencies wrote, file names, numbers, dates) was hard-coded, and fails here.
 */
import { describe, it, expect, beforeAll, afterAll } from "@jest/globals";
import { decorateMessages } from "../../../src/core/i18n";
import { formatIssue } from "../../../src/core/report/summary";
import { finding, type FindingCode, type FindingParams } from "../../../src/core/report/findings";
import { buildSummaryWithDetails } from "../../../src/core/consolidate/build";
import { summarySheetNames } from "../../../src/core/consolidate/build";
import { ROLE_LABELS, STATUS_LABELS } from "../../../src/core/template/layout";
import type { OutSheet, OutValue } from "../../../src/core/sheet-model";
import { main } from "../../../src/cli/main";
import { planSheets } from "../../../src/core/plan-sheets";
import { checked, input, issue, line, matrix, plan, roster, submission } from "../../helpers/consolidate-builders";

const wrap = (s: string) => `⟦${s}⟧`;
beforeAll(() => decorateMessages(wrap));
afterAll(() => decorateMessages(null));

/** One example of the parameters of every finding code: a code missing here does not compile. */
const SAMPLES: { [C in FindingCode]: FindingParams[C] } = {
  "table-not-found": { sheets: 2 },
  "agency-unknown": { file: "a.xlsx", reason: "lý do", reason_en: "reason" },
  "identified-by": { source: "header", agency: "Sở Tài chính" },
  "file-unreadable": { reason: "hỏng", reason_en: "broken" },
  "check-failed": { check: "dates", reason: "boom" },
  "header-missing": { field: "preparedBy", note: "", note_en: "" },
  "bad-date": { field: "completedOn", value: "31/02/2022", reason: "invalid", task: "1.1" },
  "bad-email": { value: "a@" },
  "bad-phone": { value: "12" },
  "bad-number": { field: "no", value: "một" },
  "column-missing": { column: "status" },
  "column-fuzzy": { column: "status", value: "Tinh trang" },
  "column-extra": { value: "Kinh phí" },
  "column-duplicate": { column: "result", first: "H13" },
  "rows-skipped": { rows: "20, 21", count: 2 },
  "other-report-sheets": { sheets: "A, B", sheet: "A" },
  required: { task: "1.1", row: 14, field: "status" },
  "code-missing": { row: 14 },
  "completed-on-required": { task: "1.1", row: 14 },
  "result-required": { task: "1.1", row: 14 },
  "difficulties-required": { task: "1.1", row: 14, reason: "overdue", deadline: "09/02/2022" },
  "not-in-list": { field: "status", value: "xong", allowed: "Đã hoàn thành", task: "1.1" },
  "value-normalised": { value: "đã HT", normalised: "Đã hoàn thành" },
  "date-in-future": { value: "01/12/2022", asOf: "20/11/2022", task: "1.1" },
  "completed-on-not-done": { value: "01/10/2022", task: "1.1" },
  "formula-error": { value: "#REF!", task: "1.1" },
  "legacy-font": { encoding: "VNI", sample: "Hoa2n" },
  "unknown-task": { value: "9.9", plan: "4587/KH-UBND" },
  "duplicate-task": { task: "1.1", firstRow: 14 },
  "task-not-assigned": { task: "3.1", agency: "Sở Tài chính" },
  "task-missing": { task: "2.1", role: "CT", title: "Đề án" },
  "prefilled-altered": { field: "role", task: "1.1", expected: "Chủ trì" },
  "prefilled-retyped": { count: 12, cells: "C14, C15", tasks: "1.1, 1.2" },
  "template-outdated": {},
  "fingerprint-mismatch": {},
  "wrong-plan": { value: "1/KH", plan: "4587/KH-UBND", date: "27/12/2021" },
  "wrong-plan-version": { value: "4587/KH-UBND ngày 20/12/2020", plan: "4587/KH-UBND", date: "27/12/2021" },
  "wrong-period": { value: "2021", period: "2022" },
  "period-unknown": { period: "2022" },
  "template-version": { value: "0.9", current: "1.0" },
  "agency-mismatch": { value: "Sở Tài chính", agency: "Sở Y tế" },
  "late-submission": { received: "16/11/2022", due: "15/11/2022", rule: "before", days: 1 },
  "task-overdue": { task: "2.1", rule: "by", deadline: "10/02/2022", asOf: "20/11/2022" },
  "done-late": { task: "2.1", rule: "before", deadline: "10/02/2022", asOf: "20/11/2022", completedOn: "01/03/2022" },
};

describe("the finding messages", () => {
  const codes = Object.keys(SAMPLES) as FindingCode[];
  for (const locale of ["vi", "en"] as const) {
    it(`come from the tables for every code, with every parameter filled (${locale})`, () => {
      for (const code of codes) {
        const f = finding({ file: "a.xlsx" }, code, "error", {}, SAMPLES[code] as never);
        const text = formatIssue(f, locale);
        expect(text.startsWith("⟦") && text.endsWith("⟧")).toBe(true);
        // A placeholder left as "{name}" is a parameter the message expects and the code lacks.
        expect({ code, text: /\{\w+\}/.test(text) ? text : "" }).toEqual({ code, text: "" });
      }
    });
  }

  it("translate parameters that are codes (fields, rules, reasons)", () => {
    const f = finding({ file: "a.xlsx" }, "bad-date", "error", {}, SAMPLES["bad-date"]);
    // The field name and the reason are messages of their own, wrapped inside the message.
    expect(formatIssue(f, "en")).toMatch(/^⟦⟦Completion date.*⟧: "31\/02\/2022" .*\(⟦no such day⟧\)/);
  });
});

/** Text of one visible cell, or null when it shows no text. */
function shown(v: OutValue): string | null {
  if (typeof v === "string") return v;
  if (v && typeof v === "object" && "link" in v) return v.text;
  return null;
}

/** What is left of a text once the data in it is taken out: it must hold no word. */
function leftover(raw: string, data: readonly string[]): string {
  // Take out the translated parts (innermost ⟦…⟧ first, for messages inside messages).
  let text = raw;
  for (let prev = ""; prev !== text;) [prev, text] = [text, text.replace(/⟦[^⟦⟧]*⟧/g, " ")];
  // A long text cut to fit ("Tổ chức quán triệt …") is still data.
  const cut = text.trimEnd().endsWith("…") ? text.trimEnd().slice(0, -1).trimEnd() : null;
  if (cut && data.some((d) => d.startsWith(cut))) return "";
  let rest = text
    .replace(/\d{2}\/\d{2}\/\d{4}/g, " ") // dates
    .replace(/\b[A-Z]{1,3}\d+\b/g, " "); // cell addresses
  for (const d of data) if (d.length > 1) rest = rest.split(d).join(" ");
  return rest.replace(/[\d\s.,;:!?/()\-–—…"'«»+=&%#*·|→]+/g, " ").trim();
}

describe("the summary workbook", () => {
  it("shows no word that is neither from the translations nor data", () => {
    const sub = submission("SKHDT", "skhdt.xlsx", {
      lines: [line("1.1", 14, "done", { difficulties: "Thiếu vốn", proposals: "Bổ sung kinh phí" })],
    });
    const late = submission("STC", "stc.xlsx", { reportDate: "2022-11-30" });
    const files = [
      checked(sub, [issue("skhdt.xlsx", "SKHDT", "F14", { code: "code-missing", params: { row: 14 } })]),
      checked(late),
      { file: "hong.xlsx", submission: null, issues: [] },
    ];
    const summary = buildSummaryWithDetails(input(files, { asOf: "2022-12-01" }));
    const agencies = roster.roster.agencies.flatMap((a) => [a.name, a.short, a.email, a.id]);
    const tasks = plan.tasks.flatMap((t) => [t.code, t.title, t.text, t.deadlineText ?? ""]);
    const lines = [sub, late].flatMap((s) => s.lines.flatMap((l) => [l.result, l.difficulties, l.proposals]));
    const data = [
      ...agencies,
      ...agencies.map((a) => a.toLocaleUpperCase("vi")),
      ...tasks,
      ...plan.sections.flatMap((s) => [s.code, s.title]),
      // Coordinators the plan names without naming an agency ("các đơn vị có liên quan").
      ...Object.values(matrix.openCoordinators).flat(),
      ...Object.values(plan.meta).filter((v): v is string => typeof v === "string"),
      ...lines,
      ...files.map((f) => f.file),
      // The template's own list values (the words agencies choose from), shown as they wrote them.
      ...Object.values(STATUS_LABELS),
      ...Object.values(ROLE_LABELS),
      ...Object.keys(ROLE_LABELS),
      "Báo cáo",
    ].sort((a, b) => b.length - a.length);
    const own = new Set(summarySheetNames());
    const sheets: OutSheet[] = summary.sheets.filter((s) => own.has(s.name));
    expect(sheets).toHaveLength(own.size);
    const bad: string[] = [];
    for (const s of sheets) {
      if (!s.name.startsWith("⟦")) bad.push(`sheet name ${s.name}`);
      for (const c of s.charts ?? []) if (!c.title.startsWith("⟦")) bad.push(`${s.name}: chart ${c.title}`);
      s.rows.forEach((r, i) =>
        r.cells.forEach((v) => {
          const text = shown(v);
          if (text === null) return;
          if (leftover(text, data) !== "") bad.push(`${s.name} row ${i + 1}: ${text}`);
        }),
      );
    }
    expect(bad).toEqual([]);
  });
});

describe("the plan sheets of step 1", () => {
  it("show no word that is neither from the translations nor data", () => {
    const [planSheet, matrixSheet] = planSheets(plan, matrix, roster.roster);
    const data = [
      ...roster.roster.agencies.flatMap((a) => [a.name, a.short]),
      ...plan.tasks.flatMap((t) => [
        t.code,
        t.section,
        t.title,
        t.text,
        t.deadlineText ?? "",
        ...t.lead,
        ...t.coordinate,
      ]),
      ...plan.sections.flatMap((s) => [s.code, s.title]),
      ...Object.values(plan.meta).filter((v): v is string => typeof v === "string"),
      ...plan.reporting.flatMap((r) => [...r.from, ...r.to]),
      plan.focalPoint ?? "",
      ...Object.values(matrix.openCoordinators).flat(),
      ...matrix.unmatched.flatMap((u) => [u.taskCode, u.name]),
      ...Object.keys(ROLE_LABELS),
    ].sort((a, b) => b.length - a.length);
    const bad: string[] = [];
    for (const s of [planSheet!, matrixSheet!])
      s.rows.forEach((r, i) =>
        r.cells.forEach((v) => {
          const text = shown(v);
          if (text === null) return;
          if (leftover(text, data) !== "") bad.push(`${s.name} row ${i + 1}: ${text}`);
        }),
      );
    expect(bad).toEqual([]);
  });
});

describe("the command line's usage", () => {
  it("is all from the translations, for help and for an unknown command", async () => {
    const out: string[] = [];
    const io = { out: (s: string) => out.push(s), err: (s: string) => out.push(s) };
    await main(["--help"], io as never);
    await main(["no-such-command"], io as never);
    const text = out.join("\n");
    expect(text.split("\n").length).toBeGreaterThan(3);
    // Take out every ⟦…⟧ span (a message may run over several lines): nothing may be left.
    expect(text.replace(/⟦[\s\S]*?⟧/g, "").replace(/[\s/]+/g, "")).toBe("");
  });
});
