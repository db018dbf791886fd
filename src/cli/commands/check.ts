import { resolve } from "node:path";
import type { CliIO } from "../io";
import { EXIT_FINDINGS, EXIT_OK } from "../io";
import { t, tBoth } from "../../core/i18n";
import { UserError } from "../../core/errors";
import { isIsoDate } from "../../core/dates";
import type { CheckContext } from "../../core/report/context";
import {
  checkWorkbook,
  compactChecked,
  hasErrors,
  latestByAgency,
  type CheckedSubmission,
} from "../../core/report/pipeline";
import { formatIssue, summarizeIssues } from "../../core/report/summary";
import type { CheckIssue } from "../../core/report/model";
import { SEVERITIES, severityRank } from "../../core/report/findings";
import { readSubmissionFile } from "../../xlsx/read-workbook";
import { findingLines, loadContext } from "../load";
import { fileLabels, parseCommandArgs, parseMaxFileMb, parseReceived } from "../args";
import { readFileLimited, sha256Hex } from "../../node/files";
import { todayInVietnam } from "../../node/clock";
import { unreadableFile } from "../unreadable";
import { escapeJsonControls, terminalField } from "../terminal";

/**
 * kehoach check FILE… [--plan FILE] [--roster FILE] [--period 2022] [--as-of YYYY-MM-DD]
 *                     [--received FILE=YYYY-MM-DD…] [--format text|json] [--limit N]
 *                     [--due-day-on-time] [--max-file-mb N]
 *
 * Reads and checks each returned report. One unreadable file is one error; the others are
 * still checked. Exit 0: no errors (warnings allowed); 1: errors found; 2: could not run.
 * The as-of date defaults to today in Vietnam (UTC+7), as in consolidate. Without --period no
 * file is judged to be for the wrong period.
 */
export async function runCheck(args: string[], io: CliIO): Promise<number> {
  // Argument problems throw: main() prints one message in both languages (and the usage), exit 2, nothing read.
  const parsed = parseCommandArgs(args, {
    plan: { type: "string" },
    roster: { type: "string" },
    period: { type: "string" },
    "as-of": { type: "string" },
    received: { type: "string", multiple: true },
    format: { type: "string", default: "text" },
    limit: { type: "string", default: "200" },
    // "trước ngày D": by default a report received on D is late; this flag makes D on time.
    "due-day-on-time": { type: "boolean", default: false },
    "max-file-mb": { type: "string" },
  });
  const values = parsed.values;
  const files = parsed.positionals;
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json")
    throw new UserError("check.cli.bad-option", { option: `--format ${format}` });
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 0)
    throw new UserError("check.cli.bad-option", { option: `--limit ${values.limit}` });
  if (files.length === 0) throw new UserError("check.cli.no-files");
  const asOf = values["as-of"] ?? todayInVietnam();
  if (!isIsoDate(asOf)) throw new UserError("check.cli.bad-date-option", { option: "--as-of", value: asOf });
  const maxFileBytes = parseMaxFileMb(values["max-file-mb"]);
  const received = parseReceived(values.received ?? [], files, io.cwd);

  // Plan and roster problems mean nothing can be checked: UserError → exit 2 in main().
  const { plan, roster, matrix, findings } = await loadContext(values.plan, values.roster, io.cwd);
  for (const line of findingLines(findings)) io.err(line);
  const ctx: CheckContext = {
    plan,
    roster,
    matrix,
    asOf,
    period: values.period,
    settings: { dueDayIsLate: !values["due-day-on-time"] },
  };

  const labels = fileLabels(files, io.cwd);
  const results: CheckedSubmission[] = [];
  for (const [i, f] of files.entries())
    results.push(await checkOne(f, labels[i]!, io.cwd, ctx, received.get(i), maxFileBytes));

  const superseded = new Set(latestByAgency(results).superseded);
  if (format === "json") io.out(escapeJsonControls(JSON.stringify(toJson(results, ctx, superseded), null, 2)));
  else io.out(toText(results, ctx, limit, superseded));
  return hasErrors(results) ? EXIT_FINDINGS : EXIT_OK;
}

async function checkOne(
  path: string,
  label: string,
  cwd: string,
  ctx: CheckContext,
  receivedOn: string | undefined,
  maxFileBytes: number,
): Promise<CheckedSubmission> {
  try {
    // Refused before reading when too big: a huge attachment must not be pulled into memory.
    const bytes = await readFileLimited(resolve(cwd, path), maxFileBytes, label);
    const wb = await readSubmissionFile(bytes, label, { maxFileBytes });
    // The output names files, lines counted and findings: the rest of the read is let go at once.
    return compactChecked(checkWorkbook({ wb, sha256: sha256Hex(bytes), receivedOn }, ctx));
  } catch (e) {
    return unreadableFile(label, e);
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

function toText(
  results: CheckedSubmission[],
  ctx: CheckContext,
  limit: number,
  superseded: ReadonlySet<CheckedSubmission>,
): string {
  const all = results.flatMap((r) => r.issues);
  const s = summarizeIssues(all, limit);
  const out: string[] = [];
  out.push(`${t("vi", "check.cli.as-of", { asOf: ctx.asOf })} / ${t("en", "check.cli.as-of", { asOf: ctx.asOf })}`);
  out.push("");
  let shown = 0;
  for (const r of results) {
    // Every field from a file or its name is made inert: no escape sequence, no line of its own.
    const who = r.submission?.agencyName ? ` — ${terminalField(r.submission.agencyName)}` : "";
    const counts = SEVERITIES.map(
      (sev) => `${r.issues.filter((i) => i.severity === sev).length} ${t("vi", `check.severity.${sev}`).toLowerCase()}`,
    );
    out.push(`■ ${terminalField(r.file)}${who}: ${counts.join(", ")}`);
    if (superseded.has(r)) out.push(`  ${t("vi", "check.cli.superseded")} / ${t("en", "check.cli.superseded")}`);
    const ordered = [...r.issues].sort((a, b) => rank(a) - rank(b));
    for (const i of ordered) {
      if (shown >= limit) break;
      shown++;
      const where = terminalField(i.sheet ? `${i.sheet}${i.cell ? `!${i.cell}` : ""}` : "");
      out.push(
        `  [${t("vi", `check.severity.${i.severity}`)}/${t("en", `check.severity.${i.severity}`)}] ${where ? where + " " : ""}(${i.code})`,
      );
      out.push(`      ${terminalField(message(i, "vi"))}`);
      out.push(`      ${terminalField(message(i, "en"))}`);
    }
  }
  out.push("");
  const totals = {
    files: results.length,
    errors: s.bySeverity.error,
    warnings: s.bySeverity.warning,
    infos: s.bySeverity.info,
  };
  out.push(t("vi", "check.summary.totals", totals));
  out.push(t("en", "check.summary.totals", totals));
  if (all.length > shown) {
    out.push(t("vi", "check.summary.omitted", { count: all.length - shown }));
    out.push(t("en", "check.summary.omitted", { count: all.length - shown }));
  }
  if (s.bySeverity.error === 0) out.push(tBoth("check.summary.clean"));
  return out.join("\n");
}

function rank(i: CheckIssue): number {
  return severityRank(i.severity);
}
