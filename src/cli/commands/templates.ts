import { mkdir } from "node:fs/promises";
import { resolve, join } from "node:path";
import type { CliIO } from "../io";
import { EXIT_OK } from "../io";
import { agenciesToReport, buildTemplate, uniqueTemplateFileNames } from "../../core/template/build";
import { writeTemplate } from "../../xlsx/template-writer";
import { writeFileAtomic } from "../../node/files";
import { UserError } from "../../core/errors";
import { t, tBoth } from "../../core/i18n";
import { findingLines, loadContext } from "../load";
import { toUserError } from "../errors";
import { parseCommandArgs } from "../args";

/**
 * kehoach templates [--plan FILE] [--roster FILE] --period 2022 --out DIR [--agency ID…]
 * One template per reporting agency that has tasks (or only the agencies named). Every id is
 * checked before anything is written; each file is written whole or not at all.
 */
export async function runTemplates(args: string[], io: CliIO): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    {
      plan: { type: "string" },
      roster: { type: "string" },
      period: { type: "string" },
      out: { type: "string" },
      agency: { type: "string", multiple: true },
    },
    false,
  );
  const { values } = parsed;
  if (!values.period) throw new UserError("templates.missingPeriod");
  if (!/^[A-Za-z0-9_-]{1,20}$/.test(values.period))
    throw new UserError("templates.badPeriod", { period: values.period });
  if (!values.out) throw new UserError("templates.missingOut");

  const { plan, roster, matrix, findings } = await loadContext(values.plan, values.roster, io.cwd);
  for (const line of findingLines(findings)) io.err(line);

  // Who must report: the one rule (core/matrix reportingAgencies), shared with the summary.
  const candidates = agenciesToReport(matrix, plan, roster);
  let chosen = candidates;
  if (values.agency && values.agency.length > 0) {
    const byId = new Map(candidates.map((a) => [a.id.toUpperCase(), a]));
    const ids = values.agency
      .flatMap((v) => v.split(","))
      .map((s) => s.trim())
      .filter((s) => s !== "");
    chosen = [];
    for (const id of ids) {
      const a = byId.get(id.toUpperCase());
      if (!a) throw new UserError("templates.unknownAgency", { id, ids: candidates.map((c) => c.id).join(", ") });
      if (!chosen.includes(a)) chosen.push(a);
    }
  }
  if (chosen.length === 0) throw new UserError("templates.noAgencies");

  const outDir = resolve(io.cwd, values.out);
  await mkdir(outDir, { recursive: true }).catch((e: unknown) => {
    throw toUserError(e, values.out, "write");
  });
  const generatedAt = new Date();
  const lines: string[] = [];
  const fileNames = uniqueTemplateFileNames(plan.meta.number ?? "", values.period, chosen);
  for (const [i, agency] of chosen.entries()) {
    const content = buildTemplate(plan, matrix, agency, values.period, { roster });
    const bytes = await writeTemplate(content, { generatedAt });
    const name = fileNames[i]!;
    await writeFileAtomic(join(outDir, name), bytes);
    lines.push(t("vi", "templates.wroteOne", { file: name, agency: agency.short, rows: content.rows.length }));
  }
  io.out(lines.join("\n"));
  io.out(tBoth("templates.wrote", { count: chosen.length, dir: outDir }));
  if (matrix.unmatched.length > 0) {
    io.err(
      tBoth("templates.unmatched", {
        count: matrix.unmatched.length,
        names: [...new Set(matrix.unmatched.map((u) => u.name))].join("; "),
      }),
    );
  }
  return EXIT_OK;
}
