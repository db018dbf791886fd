import { resolve } from "node:path";
import type { CliIO } from "../io";
import { EXIT_OK, EXIT_FAILURE } from "../io";
import type { RosterIndex } from "../../core/roster/match";
import type { RosterFromPlan } from "../../core/roster/from-plan";
import { buildMatrix } from "../../core/matrix";
import { planToJson, matrixToCsv } from "../../core/plan/export";
import { planCounts } from "../../core/plan/summary";
import type { Plan } from "../../core/plan/model";
import { planSheets } from "../../core/plan-sheets";
import { t, tBoth } from "../../core/i18n";
import { findingLines, loadEmbeddedPlan, loadPlanFile, loadRoster } from "../load";
import { parseCommandArgs } from "../args";
import { escapeJsonControls, terminalField } from "../terminal";
import { writeWorkbook } from "../../xlsx/write-sheets";
import { writeFileAtomic } from "../../node/files";

/**
 * kehoach plan [FILE] [--format json|csv|matrix|xlsx] [--out FILE.xlsx] [--roster FILE]
 * FILE is .txt, .docx, .pdf, .csv or .xlsx (a plan workbook is read from its task table);
 * without FILE, the embedded plan 4587/KH-UBND. JSON to stdout, or with --format xlsx the
 * workbook of step 1 (task table, matrix, roster, reporting obligations) written to --out in
 * one piece. On stderr, what was found (tasks, duties, rows to review, reporting obligations)
 * and the names that match no roster agency (the output is still written: the plan itself was
 * read). Without --roster, a plan whose bodies the Kon Tum roster mostly lacks gets a roster
 * started from the plan itself, so its names are rows to confirm rather than "unmatched" noise.
 */
export async function runPlan(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: "string", default: "json" },
    roster: { type: "string" },
    out: { type: "string" },
  });
  const format = values.format ?? "json";
  if (!["json", "csv", "matrix", "xlsx"].includes(format)) {
    io.err(tBoth("cli.plan.badFormat", { format }));
    return EXIT_FAILURE;
  }
  if (format === "xlsx" && !values.out) {
    io.err(tBoth("plan.cli.outRequired"));
    return EXIT_FAILURE;
  }
  if (positionals.length > 1) {
    io.err(tBoth("cli.plan.onePlan"));
    return EXIT_FAILURE;
  }
  const rosterData = values.roster ? await loadRoster(values.roster, io.cwd) : null;
  let plan: Plan;
  let roster: RosterIndex;
  let rosterStart: RosterFromPlan | undefined;
  if (positionals[0]) {
    const loaded = await loadPlanFile(positionals[0], io.cwd, rosterData);
    ({ plan, roster, rosterStart } = loaded);
    for (const line of findingLines(loaded.findings)) io.err(line);
  } else ({ plan, roster } = loadEmbeddedPlan(rosterData));
  const matrix = buildMatrix(plan, roster);
  if (format === "json") {
    const json = planToJson(plan, roster, matrix) as Record<string, unknown>;
    if (rosterStart) json.roster = { from_plan: true, ...roster.roster };
    io.out(escapeJsonControls(JSON.stringify(json, null, 2)));
  } else if (format === "csv" || format === "matrix") io.out(matrixToCsv(matrix));
  else
    await writeFileAtomic(resolve(io.cwd, values.out!), await writeWorkbook(planSheets(plan, matrix, roster.roster)));
  io.err(tBoth("plan.summary", { ...planCounts(plan) }));
  if (rosterStart) {
    const counts = { unknown: rosterStart.unknown, total: rosterStart.named, count: roster.roster.agencies.length };
    io.err(tBoth("plan.rosterFromPlan", counts));
  }
  for (const task of plan.tasks) {
    if (task.review)
      io.err(`? ${terminalField(t("vi", "plan.reviewNoLead", { task: task.code, text: task.text.slice(0, 120) }))}`);
  }
  for (const u of matrix.unmatched) io.err(`! ${t("vi", "plan.unmatched", { task: u.taskCode, name: u.name })}`);
  return EXIT_OK;
}
