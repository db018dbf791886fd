/**
 * Realistic returns for the file-host tests: the demo's story (most agencies on time, some late,
 * some missing, empty cells, 31/02/2022, a formula-looking text, one CSV, one retyped workbook,
 * one corrected resend), made by the demo's own fill helpers from the project's templates.
 */
import { agenciesToReport, buildTemplate } from "../../src/core/template/build";
import { DEMO_PERIOD, demoScenario } from "../../src/demo/scenario";
import { returnedFile } from "../../src/demo/fill";
import { writeTemplate } from "../../src/xlsx/template-writer";
import type { PlanState } from "../../src/app/plan-state";

export interface DemoFile {
  name: string;
  bytes: Uint8Array;
  receivedOn: string;
}

/** Every file the demo's agencies send, in the order they arrive; `limit` keeps the first agencies only. */
export async function demoReturns(state: PlanState, limit = Infinity): Promise<DemoFile[]> {
  const agencies = agenciesToReport(state.matrix, state.plan, state.rosterIndex);
  const templates = [];
  for (const agency of agencies) {
    const content = buildTemplate(state.plan, state.matrix, agency, DEMO_PERIOD, { roster: state.rosterIndex });
    const bytes = await writeTemplate(content, { generatedAt: new Date(Date.UTC(2022, 9, 3, 1)) });
    templates.push({ agency, content, bytes, fileName: `${agency.id}.xlsx` });
  }
  const deadlines = new Map(state.plan.tasks.map((tk) => [tk.code, tk.deadline]));
  const story = demoScenario({ templates, deadlineOf: (code) => deadlines.get(code) ?? null });
  const files: DemoFile[] = [];
  for (const [i, entry] of story.entries()) {
    if (i >= limit) break;
    for (const ret of entry.returns) {
      const tpl = templates[i]!;
      files.push({
        name: ret.fileName,
        bytes: await returnedFile(tpl.bytes, tpl.content, ret),
        receivedOn: ret.receivedOn,
      });
    }
  }
  files.sort((a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.name.localeCompare(b.name));
  return files;
}
