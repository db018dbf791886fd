/**
 * kehoach demo [--out DIR] [--as-of YYYY-MM-DD]   (npm run demo)
 *
 * The whole job on the embedded plan 4587/KH-UBND: write every agency's template, let the
 * agencies "fill them in" the way real ones do (scenario in src/demo), check what comes back
 * and write the consolidated workbook to DIR/tong-hop-4587-2022.xlsx. Deterministic: a fixed
 * seed, a fixed as-of date and fixed import times, so each run gives the same workbook.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import type { CliIO } from "../io";
import { EXIT_OK } from "../io";
import { UserError } from "../../core/errors";
import { t, tBoth } from "../../core/i18n";
import { isIsoDate, formatDateVi } from "../../core/dates";
import { KONTUM_ROSTER } from "../../core/roster/default-kontum";
import type { Roster } from "../../core/roster/model";
import {
  agenciesToReport,
  buildTemplate,
  uniqueTemplateFileNames,
  type TemplateContent,
} from "../../core/template/build";
import { fileSafe } from "../../core/text";
import { writeTemplate } from "../../xlsx/template-writer";
import { DEMO_AS_OF, DEMO_PERIOD, demoScenario, type DemoAgencyPlan, type DemoReturn } from "../../demo/scenario";
import { returnedFile } from "../../demo/fill";
import { consolidateFiles, saveSummary, summaryLines, type ReceivedFile } from "./consolidate";
import { loadContext } from "../load";
import { parseCommandArgs } from "../args";

/** The default roster with clearly fake addresses, so the reminders' mailto links have someone to go to. */
export function demoRoster(base: Roster = KONTUM_ROSTER): Roster {
  return {
    ...base,
    agencies: base.agencies.map((a) => ({ ...a, email: a.email || `${a.id.toLowerCase()}@example.gov.vn` })),
  };
}

const TEMPLATES_GENERATED_AT = new Date(Date.UTC(2022, 9, 3, 1, 0, 0)); // 03/10/2022 08:00 in Kon Tum

export interface DemoResult {
  outFile: string;
  templatesDir: string;
  receivedDir: string;
  files: ReceivedFile[];
  /** what each agency did, for tests and curious readers */
  story: DemoAgencyPlan[];
}

export async function runDemoIn(outDir: string, asOf: string, io: CliIO): Promise<DemoResult> {
  const ctx = await loadContext(undefined, undefined, io.cwd, demoRoster());
  const { plan, matrix } = ctx;
  const planNo = plan.meta.number ?? "4587/KH-UBND";
  const period = DEMO_PERIOD;
  io.out(tBoth("summary.demo.start", { plan: planNo, period, asOf: formatDateVi(asOf) }));

  const templatesDir = join(outDir, "demo", "mau");
  const receivedDir = join(outDir, "demo", "nhan");
  // Only the demo's own folders are cleared, so files of an earlier run do not linger.
  await rm(templatesDir, { recursive: true, force: true });
  await rm(receivedDir, { recursive: true, force: true });
  await mkdir(templatesDir, { recursive: true });
  await mkdir(receivedDir, { recursive: true });

  // The same rule as `kehoach templates` and the summary: core/matrix reportingAgencies.
  const agencies = agenciesToReport(matrix, plan, ctx.roster);
  const fileNames = uniqueTemplateFileNames(planNo, period, agencies);
  const shown = (p: string) => relative(io.cwd, p) || p;
  io.out(t("vi", "summary.demo.templates", { count: agencies.length, dir: shown(templatesDir) }));
  const templates: {
    agency: (typeof agencies)[number];
    content: TemplateContent;
    fileName: string;
    bytes: Uint8Array;
  }[] = [];
  for (const [i, agency] of agencies.entries()) {
    const content = buildTemplate(plan, matrix, agency, period, { roster: ctx.roster });
    const bytes = await writeTemplate(content, { generatedAt: TEMPLATES_GENERATED_AT });
    const fileName = fileNames[i]!;
    await writeFile(join(templatesDir, fileName), bytes);
    templates.push({ agency, content, fileName, bytes });
  }

  const deadlines = new Map(plan.tasks.map((tk) => [tk.code, tk.deadline]));
  const story = demoScenario({ templates, deadlineOf: (code) => deadlines.get(code) ?? null });
  io.out(t("vi", "summary.demo.filling", { dir: shown(receivedDir) }));
  const files: ReceivedFile[] = [];
  for (const [i, entry] of story.entries()) {
    const tpl = templates[i]!;
    for (const ret of entry.returns) {
      const bytes = await returnedFile(tpl.bytes, tpl.content, ret);
      await writeFile(join(receivedDir, ret.fileName), bytes);
      files.push({ fileName: ret.fileName, bytes, receivedOn: ret.receivedOn });
    }
    io.out(
      t("vi", "summary.demo.filled", { agency: entry.agency.short, what: describe(entry.behaviour, entry.returns) }),
    );
  }
  // Files are imported in the order they arrived, as a focal point would.
  files.sort((a, b) => (a.receivedOn ?? "").localeCompare(b.receivedOn ?? "") || a.fileName.localeCompare(b.fileName));

  const outFile = join(outDir, `tong-hop-${fileSafe(planNo).split("-")[0] || "ke-hoach"}-${period}.xlsx`);
  io.out(t("vi", "summary.demo.checking", { count: files.length }));
  const summary = await consolidateFiles(files, { ...ctx, period, asOf, importedAt: `${asOf} 08:00:00` });
  io.out(t("vi", "summary.demo.writing", { file: shown(outFile) }));
  await saveSummary(outFile, summary.sheets);
  io.out("");
  for (const l of summaryLines(summary, shown(outFile))) io.out(l);
  io.out(tBoth("summary.demo.done", { file: shown(outFile) }));
  return { outFile, templatesDir, receivedDir, files, story };
}

function describe(behaviour: string, returns: DemoReturn[]): string {
  const last = returns[returns.length - 1];
  const date = last ? formatDateVi(last.receivedOn) : "";
  switch (behaviour) {
    case "missing":
      return t("vi", "summary.demo.what.missing");
    case "late":
      return t("vi", "summary.demo.what.late", { date });
    case "emptyCells":
    case "badValues":
    case "formulaText":
      return t("vi", "summary.demo.what.mistakes", { date });
    case "csv":
      return t("vi", "summary.demo.what.csv", { date });
    case "retyped":
      return t("vi", "summary.demo.what.retyped", { date });
    case "resent":
      return t("vi", "summary.demo.what.resent", { date });
    default:
      return t("vi", "summary.demo.what.onTime", { date });
  }
}

export async function runDemo(args: string[], io: CliIO): Promise<number> {
  const parsed = parseCommandArgs(args, { out: { type: "string" }, "as-of": { type: "string" } }, false);
  const asOf = parsed.values["as-of"] ?? DEMO_AS_OF;
  if (!isIsoDate(asOf)) throw new UserError("check.cli.bad-date-option", { option: "--as-of", value: asOf });
  await runDemoIn(resolve(io.cwd, parsed.values.out ?? "out"), asOf, io);
  return EXIT_OK;
}
