import { parseArgs } from "node:util";
import { readFile, stat } from "node:fs/promises";
import { createHash } from "node:crypto";
import { basename, resolve } from "node:path";
import type { CliIO } from "../io";
import { EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK } from "../io";
import { parsePlan } from "../../core/plan/parse";
import { KONTUM_4587_TEXT } from "../../core/plan/kontum-4587.text";
import { indexRoster } from "../../core/roster/match";
import { KONTUM_ROSTER } from "../../core/roster/default-kontum";
import { buildMatrix } from "../../core/matrix";
import { t, tBoth } from "../../core/i18n";
import { UserError, isUserError } from "../../core/errors";
import { isIsoDate } from "../../core/dates";
import type { CheckContext } from "../../core/report/context";
import { checkWorkbook, hasErrors, latestByAgency, type CheckedSubmission } from "../../core/report/pipeline";
import { formatIssue, summarizeIssues } from "../../core/report/summary";
import type { CheckIssue } from "../../core/report/model";
import { readSubmissionFile } from "../../xlsx/read-workbook";
import { DEFAULT_READ_LIMITS, megabytes } from "../../xlsx/limits";
import { loadPlanText, loadRoster } from "../load";

/**
 * kehoach check FILE… [--plan FILE] [--roster FILE] [--period 2022] [--as-of YYYY-MM-DD]
 *                     [--received FILE=YYYY-MM-DD…] [--format text|json] [--limit N]
 *                     [--due-day-on-time]
 *
 * Reads and checks each returned report. One unreadable file is one error; the others are
 * still checked. Exit 0: no errors (warnings allowed); 1: errors found; 2: could not run.
 * The as-of date defaults to today (local date): the one place the clock is read.
 */
export async function runCheck(args: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        plan: { type: "string" },
        roster: { type: "string" },
        period: { type: "string" },
        "as-of": { type: "string" },
        received: { type: "string", multiple: true },
        format: { type: "string", default: "text" },
        limit: { type: "string", default: "200" },
        // "trước ngày D": by default a report received on D is late; this flag makes D on time.
        "due-day-on-time": { type: "boolean", default: false },
      },
    });
  } catch (e) {
    io.err(tBoth("check.cli.bad-option", { option: e instanceof Error ? e.message : String(e) }));
    return EXIT_FAILURE;
  }
  const { values, positionals: files } = parsed;
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json") {
    io.err(tBoth("check.cli.bad-option", { option: `--format ${format}` }));
    return EXIT_FAILURE;
  }
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 0) {
    io.err(tBoth("check.cli.bad-option", { option: `--limit ${values.limit}` }));
    return EXIT_FAILURE;
  }
  if (files.length === 0) {
    io.err(tBoth("check.cli.no-files"));
    return EXIT_FAILURE;
  }
  const asOf = values["as-of"] ?? todayLocal();
  if (!isIsoDate(asOf)) {
    io.err(tBoth("check.cli.bad-date-option", { option: "--as-of", value: asOf }));
    return EXIT_FAILURE;
  }
  const received = new Map<string, string>();
  for (const r of values.received ?? []) {
    const m = /^(.+)=(\d{4}-\d{2}-\d{2})$/.exec(r);
    if (!m || !isIsoDate(m[2]!)) {
      io.err(tBoth("check.cli.bad-received", { value: r }));
      return EXIT_FAILURE;
    }
    const target = files.find((f) => f === m[1] || resolve(io.cwd, f) === resolve(io.cwd, m[1]!) || basename(f) === m[1]);
    if (!target) {
      io.err(tBoth("check.cli.received-unused", { file: m[1]! }));
      return EXIT_FAILURE;
    }
    received.set(target, m[2]!);
  }

  // Plan and roster problems mean nothing can be checked: UserError → exit 2 in main().
  const text = values.plan ? await loadPlanText(values.plan, io.cwd) : KONTUM_4587_TEXT;
  const roster = indexRoster(values.roster ? await loadRoster(values.roster, io.cwd) : KONTUM_ROSTER);
  const plan = parsePlan(text, { roster });
  const matrix = buildMatrix(plan, roster);
  const ctx: CheckContext = { plan, roster, matrix, asOf, period: values.period, settings: { dueDayIsLate: !values["due-day-on-time"] } };

  const results: CheckedSubmission[] = [];
  for (const f of files) results.push(await checkOne(f, io.cwd, ctx, received.get(f)));

  const superseded = new Set(latestByAgency(results).superseded);
  if (format === "json") io.out(JSON.stringify(toJson(results, ctx, superseded), null, 2));
  else io.out(toText(results, ctx, limit, superseded));
  return hasErrors(results) ? EXIT_FINDINGS : EXIT_OK;
}

async function checkOne(path: string, cwd: string, ctx: CheckContext, receivedOn: string | undefined): Promise<CheckedSubmission> {
  const name = basename(path);
  try {
    const full = resolve(cwd, path);
    const info = await stat(full).catch(() => {
      throw new UserError("cli.fileMissing", { file: path });
    });
    if (!info.isFile()) throw new UserError("cli.notAFile", { file: path });
    // Refuse before reading: a huge attachment must not be pulled into memory.
    if (info.size > DEFAULT_READ_LIMITS.maxFileBytes) {
      throw new UserError("files.tooLarge", { file: name, size: megabytes(info.size), limit: megabytes(DEFAULT_READ_LIMITS.maxFileBytes) });
    }
    const bytes = new Uint8Array(await readFile(full));
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const wb = await readSubmissionFile(bytes, name);
    return checkWorkbook({ wb, sha256, receivedOn }, ctx);
  } catch (e) {
    const reasonVi = isUserError(e) ? e.messageIn("vi") : String(e instanceof Error ? e.message : e);
    const reasonEn = isUserError(e) ? e.messageIn("en") : reasonVi;
    const issue: CheckIssue = {
      code: "file-unreadable",
      severity: "error",
      agency: null,
      file: name,
      sheet: null,
      cell: null,
      field: null,
      value: null,
      params: { reason: reasonVi, reason_en: reasonEn },
    };
    return { file: name, submission: null, issues: [issue] };
  }
}

function message(issue: CheckIssue, locale: "vi" | "en"): string {
  return formatIssue(issue, locale);
}

function toJson(results: CheckedSubmission[], ctx: CheckContext, superseded: ReadonlySet<CheckedSubmission>) {
  const issues = results.flatMap((r) => r.issues);
  const s = summarizeIssues(issues, 0);
  return {
    asOf: ctx.asOf,
    period: ctx.period ?? null,
    plan: ctx.plan.meta.number,
    totals: { files: results.length, ...s.bySeverity },
    files: results.map((r) => ({
      file: r.file,
      agency: r.submission?.agencyId ?? null,
      agencyName: r.submission?.agencyName ?? null,
      period: r.submission?.period ?? null,
      identifiedBy: r.submission?.identifiedBy ?? null,
      sheet: r.submission?.sheet ?? null,
      sha256: r.submission?.sha256 ?? null,
      reportDate: r.submission?.reportDate ?? null,
      receivedOn: r.submission?.receivedOn ?? null,
      lines: r.submission?.lines.length ?? 0,
      superseded: superseded.has(r),
      errors: r.issues.filter((i) => i.severity === "error").length,
      warnings: r.issues.filter((i) => i.severity === "warning").length,
    })),
    issues: issues.map((i) => ({
      file: i.file,
      sheet: i.sheet,
      cell: i.cell,
      severity: i.severity,
      code: i.code,
      message: message(i, "vi"),
      message_en: message(i, "en"),
      agency: i.agency,
      field: i.field,
      value: i.value,
      params: i.params,
    })),
    groups: s.groups,
  };
}

function toText(results: CheckedSubmission[], ctx: CheckContext, limit: number, superseded: ReadonlySet<CheckedSubmission>): string {
  const all = results.flatMap((r) => r.issues);
  const s = summarizeIssues(all, limit);
  const out: string[] = [];
  out.push(`${t("vi", "check.cli.as-of", { asOf: ctx.asOf })} / ${t("en", "check.cli.as-of", { asOf: ctx.asOf })}`);
  out.push("");
  let shown = 0;
  for (const r of results) {
    const who = r.submission?.agencyName ? ` — ${r.submission.agencyName}` : "";
    const counts = (["error", "warning", "info"] as const).map((sev) => `${r.issues.filter((i) => i.severity === sev).length} ${t("vi", `check.severity.${sev}`).toLowerCase()}`);
    out.push(`■ ${r.file}${who}: ${counts.join(", ")}`);
    if (superseded.has(r)) out.push(`  ${t("vi", "check.cli.superseded")} / ${t("en", "check.cli.superseded")}`);
    const ordered = [...r.issues].sort((a, b) => rank(a) - rank(b));
    for (const i of ordered) {
      if (shown >= limit) break;
      shown++;
      const where = i.sheet ? `${i.sheet}${i.cell ? `!${i.cell}` : ""}` : "";
      out.push(`  [${t("vi", `check.severity.${i.severity}`)}/${t("en", `check.severity.${i.severity}`)}] ${where ? where + " " : ""}(${i.code})`);
      out.push(`      ${message(i, "vi")}`);
      out.push(`      ${message(i, "en")}`);
    }
  }
  out.push("");
  const totals = { files: results.length, errors: s.bySeverity.error, warnings: s.bySeverity.warning, infos: s.bySeverity.info };
  out.push(t("vi", "check.summary.totals", totals));
  out.push(t("en", "check.summary.totals", totals));
  if (all.length > shown) {
    out.push(t("vi", "check.summary.omitted", { count: all.length - shown }));
    out.push(t("en", "check.summary.omitted", { count: all.length - shown }));
  }
  if (s.bySeverity.error === 0) out.push(tBoth("check.summary.clean"));
  return out.join("\n");
}

const RANK = { error: 0, warning: 1, info: 2 } as const;
function rank(i: CheckIssue): number {
  return RANK[i.severity];
}

function todayLocal(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}
