import type { CliIO } from "../io";
import { EXIT_OK, EXIT_FAILURE } from "../io";
import { parsePlan } from "../../core/plan/parse";
import { KONTUM_4587_TEXT } from "../../core/plan/kontum-4587.text";
import { indexRoster } from "../../core/roster/match";
import { KONTUM_ROSTER } from "../../core/roster/default-kontum";
import { rosterFromPlan } from "../../core/roster/from-plan";
import { buildMatrix } from "../../core/matrix";
import { planToJson, matrixToCsv } from "../../core/plan/export";
import { planCounts } from "../../core/plan/summary";
import { t, tBoth } from "../../core/i18n";
import { loadPlanText, loadRoster } from "../load";
import { parseCommandArgs } from "../args";
import { escapeJsonControls, terminalField } from "../terminal";

/**
 * kehoach plan [FILE] [--format json|csv|matrix] [--roster FILE]
 * Without FILE, the embedded plan 4587/KH-UBND. JSON to stdout; on stderr, what was found
 * (tasks, duties, rows to review, reporting obligations) and the names that match no roster
 * agency (the output is still written: the plan itself was read). Without --roster, a plan
 * whose bodies the Kon Tum roster mostly lacks gets a roster started from the plan itself
 * (JSON field "roster"), so its names are rows to confirm rather than "unmatched" noise.
 */
export async function runPlan(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: "string", default: "json" },
    roster: { type: "string" },
  });
  const format = values.format ?? "json";
  if (!["json", "csv", "matrix"].includes(format)) {
    io.err(`--format phải là json, csv hoặc matrix\n--format must be json, csv or matrix (got "${format}")`);
    return EXIT_FAILURE;
  }
  if (positionals.length > 1) {
    io.err("Chỉ đọc một kế hoạch mỗi lần.\nOne plan at a time.");
    return EXIT_FAILURE;
  }
  const text = positionals[0] ? await loadPlanText(positionals[0], io.cwd) : KONTUM_4587_TEXT;
  let rosterData = values.roster ? await loadRoster(values.roster, io.cwd) : KONTUM_ROSTER;
  const plan = parsePlan(text, { roster: indexRoster(rosterData) });
  const started = values.roster ? null : rosterFromPlan(plan, rosterData);
  if (started?.fromPlan) rosterData = started.roster;
  const roster = indexRoster(rosterData);
  const matrix = buildMatrix(plan, roster);
  if (format === "json") {
    const json = planToJson(plan, roster, matrix) as Record<string, unknown>;
    if (started?.fromPlan) json.roster = { from_plan: true, ...rosterData };
    io.out(escapeJsonControls(JSON.stringify(json, null, 2)));
  } else if (format === "csv" || format === "matrix") io.out(matrixToCsv(matrix));
  io.err(tBoth("plan.summary", { ...planCounts(plan) }));
  if (started?.fromPlan) {
    const counts = { unknown: started.unknown, total: started.named, count: rosterData.agencies.length };
    io.err(tBoth("plan.rosterFromPlan", counts));
  }
  for (const task of plan.tasks) {
    if (task.review)
      io.err(`? ${terminalField(t("vi", "plan.reviewNoLead", { task: task.code, text: task.text.slice(0, 120) }))}`);
  }
  for (const u of matrix.unmatched) io.err(`! ${t("vi", "plan.unmatched", { task: u.taskCode, name: u.name })}`);
  return EXIT_OK;
}
