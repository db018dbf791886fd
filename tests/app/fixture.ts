/**
 * Shared set-up for the application-layer tests: the Excel stand-in behind the real Office
 * adapter, the embedded plan, and agencies' returns as real template files (written and read
 * back once by the project's ExcelJS code), handed to the import by name.
 */
import { installStandin } from "../office-standin/install";
import { filledTemplate, nodeCodecs, type FillOptions } from "../office-standin/fixtures";
import { createExcelPort } from "../../src/office/excel-port";
import { KONTUM_4587_TEXT } from "../../src/core/plan/kontum-4587.text";
import { KONTUM_ROSTER } from "../../src/core/roster/default-kontum";
import type { WorkbookData } from "../../src/core/grid";
import type { FileCodecs } from "../../src/core/ports/codecs";
import { planStateFrom, type PlanState } from "../../src/app/plan-state";
import { importFiles, type IncomingFile } from "../../src/app/import-files";

export const PERIOD = "2022";
export const AS_OF = "2022-11-20";
export const NOW = new Date(Date.UTC(2022, 10, 20, 8, 0, 0));

export function workbook() {
  const excel = installStandin();
  return { excel, port: createExcelPort() };
}

export function kontumState(): PlanState {
  return planStateFrom(KONTUM_4587_TEXT, KONTUM_ROSTER);
}

/** Returns of the given agencies as the reader gives them, keyed by file name. */
export async function returns(
  state: PlanState,
  specs: { agencyId: string; fill: FillOptions; name?: string }[],
): Promise<Map<string, WorkbookData>> {
  const out = new Map<string, WorkbookData>();
  for (const s of specs) {
    const f = await filledTemplate(state, s.agencyId, PERIOD, s.fill);
    const wb = await nodeCodecs.readSubmission(f.bytes, f.fileName);
    const name = s.name ?? f.fileName;
    out.set(name, { ...wb, fileName: name });
  }
  return out;
}

/** Codecs whose reader answers from `files` (bytes are just the name: distinct files, distinct hashes). */
export function codecsFor(files: Map<string, WorkbookData>): FileCodecs {
  return {
    ...nodeCodecs,
    readSubmission: async (_bytes, name) => {
      const wb = files.get(name);
      if (!wb) throw new Error(`no test file ${name}`);
      return wb;
    },
  };
}

export function incoming(name: string, receivedOn = ""): IncomingFile {
  return { name, bytes: new TextEncoder().encode(name), receivedOn };
}

/** A fresh workbook with every one of `files` imported into it, received the day it was imported. */
export async function workbookWithImports(state: PlanState, files: Map<string, WorkbookData>) {
  const w = workbook();
  await importFiles(
    w.port,
    state,
    [...files.keys()].map((n) => incoming(n)),
    codecsFor(files),
    NOW,
  );
  return w;
}
