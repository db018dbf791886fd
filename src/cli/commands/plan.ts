import { parseArgs } from "node:util";
import type { CliIO } from "../io";
import { EXIT_OK, EXIT_FAILURE } from "../io";
import { parsePlan } from "../../core/plan/parse";
import { KONTUM_4587_TEXT } from "../../core/plan/kontum-4587.text";
import { indexRoster } from "../../core/roster/match";
import { KONTUM_ROSTER } from "../../core/roster/default-kontum";
import { buildMatrix } from "../../core/matrix";
import { planToJson, matrixToCsv } from "../../core/plan/export";
import { t } from "../../core/i18n";
import { UserError } from "../../core/errors";
import { findingLines, loadPlanFile, loadRoster } from "../load";
import { planSheets } from "../../core/plan-sheets";
import { writeWorkbook } from "../../xlsx/write-sheets";
import { writeFileAtomic } from "../../node/files";
import { resolve } from "node:path";
import type { Plan } from "../../core/plan/model";
import type { RosterIndex } from "../../core/roster/match";

/**
 * kehoach plan [FILE] [--format json|csv|matrix|xlsx] [--out FILE.xlsx] [--roster FILE]
 * FILE is .txt, .docx, .pdf, .csv or .xlsx (a plan workbook is read from its task table);
 * without FILE, the embedded plan 4587/KH-UBND. JSON to stdout, or with --format xlsx the
 * workbook of step 1 (task table, matrix, roster, reporting obligations) written to --out in
 * one piece. Names that match no roster agency are listed on stderr (the output is still
 * written: the plan itself was read).
 */
export async function runPlan(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: "string", default: "json" }, roster: { type: "string" }, out: { type: "string" } },
  });
  const format = values.format ?? "json";
  if (!["json", "csv", "matrix", "xlsx"].includes(format)) {
    io.err(
      `--format phải là json, csv, matrix hoặc xlsx\n--format must be json, csv, matrix or xlsx (got "${format}")`,
    );
    return EXIT_FAILURE;
  }
  if (format === "xlsx" && !values.out) {
    io.err("--format xlsx cần --out TỆP.xlsx\n--format xlsx needs --out FILE.xlsx");
    return EXIT_FAILURE;
  }
  if (positionals.length > 1) {
    io.err("Chỉ đọc một kế hoạch mỗi lần.\nOne plan at a time.");
    return EXIT_FAILURE;
  }
  const rosterData = values.roster ? await loadRoster(values.roster, io.cwd) : null;
  let plan: Plan;
  let roster: RosterIndex;
  if (positionals[0]) {
    const loaded = await loadPlanFile(positionals[0], io.cwd, rosterData);
    ({ plan, roster } = loaded);
    for (const line of findingLines(loaded.findings)) io.err(line);
  } else {
    roster = indexRoster(rosterData ?? KONTUM_ROSTER);
    plan = parsePlan(KONTUM_4587_TEXT, { roster });
  }
  const matrix = buildMatrix(plan, roster);
  if (format === "json") io.out(JSON.stringify(planToJson(plan, roster, matrix), null, 2));
  else if (format === "csv" || format === "matrix") io.out(matrixToCsv(matrix));
  else {
    const bytes = await writeWorkbook(planSheets(plan, matrix, roster.roster));
    try {
      await writeFileAtomic(resolve(io.cwd, values.out!), bytes);
    } catch (e) {
      throw new UserError("files.cannotWrite", {
        file: values.out!,
        detail: e instanceof Error ? e.message : String(e),
      });
    }
  }
  for (const u of matrix.unmatched) io.err(`! ${t("vi", "plan.unmatched", { task: u.taskCode, name: u.name })}`);
  return EXIT_OK;
}
