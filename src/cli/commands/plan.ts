import type { CliIO } from "../io";
import { EXIT_OK, EXIT_FAILURE } from "../io";
import { parsePlan } from "../../core/plan/parse";
import { KONTUM_4587_TEXT } from "../../core/plan/kontum-4587.text";
import { indexRoster } from "../../core/roster/match";
import { KONTUM_ROSTER } from "../../core/roster/default-kontum";
import { buildMatrix } from "../../core/matrix";
import { planToJson, matrixToCsv } from "../../core/plan/export";
import { t } from "../../core/i18n";
import { loadPlanText, loadRoster } from "../load";
import { parseCommandArgs } from "../args";
import { escapeJsonControls } from "../terminal";

/**
 * kehoach plan [FILE] [--format json|csv|matrix] [--roster FILE]
 * Without FILE, the embedded plan 4587/KH-UBND. JSON to stdout; names that match no roster
 * agency are listed on stderr (the output is still written: the plan itself was read).
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
  const rosterData = values.roster ? await loadRoster(values.roster, io.cwd) : KONTUM_ROSTER;
  const roster = indexRoster(rosterData);
  const plan = parsePlan(text, { roster });
  const matrix = buildMatrix(plan, roster);
  if (format === "json") io.out(escapeJsonControls(JSON.stringify(planToJson(plan, roster, matrix), null, 2)));
  else if (format === "csv" || format === "matrix") io.out(matrixToCsv(matrix));
  for (const u of matrix.unmatched) io.err(`! ${t("vi", "plan.unmatched", { task: u.taskCode, name: u.name })}`);
  return EXIT_OK;
}
