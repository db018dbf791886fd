/** Step 2 (Biểu mẫu): one template workbook per agency that must report. */
import { agenciesToReport, buildTemplate, templateFileName } from "../core/template/build";
import type { FileCodecs } from "../core/ports/codecs";
import type { ProgressFn } from "../core/ports/workbook";
import { throwIfCancelled } from "../core/ports/cancel";
import type { PlanState } from "./plan-state";

export interface TemplateFile {
  agencyId: string;
  agencyName: string;
  fileName: string;
  bytes: Uint8Array;
}

export function templateAgencies(state: PlanState) {
  // The same rule as the CLI and the summary: who leads or implements, or must send a report.
  return agenciesToReport(state.matrix, state.plan, state.rosterIndex);
}

export async function makeTemplates(
  state: PlanState,
  period: string,
  agencyIds: readonly string[],
  codecs: Pick<FileCodecs, "writeTemplate">,
  signal?: AbortSignal,
  onProgress?: ProgressFn,
): Promise<TemplateFile[]> {
  const chosen = templateAgencies(state).filter((a) => agencyIds.includes(a.id));
  const out: TemplateFile[] = [];
  for (const agency of chosen) {
    throwIfCancelled(signal);
    const content = buildTemplate(state.plan, state.matrix, agency, period, { roster: state.rosterIndex });
    out.push({
      agencyId: agency.id,
      agencyName: agency.name,
      fileName: templateFileName(content.planNumber, period, agency),
      bytes: await codecs.writeTemplate(content),
    });
    onProgress?.(out.length, chosen.length, agency.short);
  }
  return out;
}
