/**
 * Test data for the add-in tests: real template files made by the project's writer, then filled
 * in the way an agency would (with ExcelJS, in Node), and an in-memory codec set for Node.
 */
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { buildTemplate } from "../../src/core/template/build";
import { writeTemplate, tableCellAddress, headerValueAddress } from "../../src/xlsx/template-writer";
import { readSubmissionFile } from "../../src/xlsx/read-workbook";
import { REPORT_SHEET, STATUS_LABELS, type ReportedStatus } from "../../src/core/template/layout";
import type { FileCodecs } from "../../src/core/ports/codecs";
import type { PlanState } from "../../src/app/plan-state";

export const nodeCodecs: FileCodecs = {
  readSubmission: (bytes, name) => readSubmissionFile(bytes, name),
  parseCsv: async (text) => Papa.parse<string[]>(text, { skipEmptyLines: "greedy" }).data,
  writeTemplate: (content) => writeTemplate(content, { generatedAt: new Date(Date.UTC(2022, 9, 1)) }),
};

export interface FillOptions {
  reportDate: string; // ISO
  preparedBy?: string;
  /** status of every task row; "skip" leaves the row empty (a required cell left blank) */
  status?: ReportedStatus | "skip";
  /** text written into the first row's result cell (e.g. something formula-looking) */
  firstResult?: string;
}

/** The template of `agencyId` for `period`, filled as the agency would, as .xlsx bytes. */
export async function filledTemplate(
  state: PlanState,
  agencyId: string,
  period: string,
  fill: FillOptions,
): Promise<{ fileName: string; bytes: Uint8Array; rows: number }> {
  const agency = state.rosterIndex.byId(agencyId);
  if (!agency) throw new Error(`no agency ${agencyId}`);
  const content = buildTemplate(state.plan, state.matrix, agency, period);
  const blank = await nodeCodecs.writeTemplate(content);
  const fileName = content.planNumber.replace(/\W+/g, "-") + `_${period}_${agency.id}.xlsx`;
  return {
    fileName,
    bytes: await fillTemplate(
      blank,
      content.rows.map((r) => r.taskCode),
      fill,
    ),
    rows: content.rows.length,
  };
}

/** Fills a blank template (bytes from any writer run) as the agency would: header, then every task row. */
export async function fillTemplate(
  blank: Uint8Array,
  taskCodes: readonly string[],
  fill: FillOptions,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(blank.buffer.slice(blank.byteOffset, blank.byteOffset + blank.byteLength) as ArrayBuffer);
  const ws = wb.getWorksheet(REPORT_SHEET)!;
  const [y, m, d] = fill.reportDate.split("-").map(Number) as [number, number, number];
  ws.getCell(headerValueAddress("reportDate")).value = new Date(Date.UTC(y, m - 1, d));
  ws.getCell(headerValueAddress("preparedBy")).value = fill.preparedBy ?? "Nguyễn Văn A";
  taskCodes.forEach((code, i) => {
    if (fill.status === "skip") return;
    ws.getCell(tableCellAddress(i, "status")).value = STATUS_LABELS[fill.status ?? "inProgress"];
    if (fill.status === "done")
      ws.getCell(tableCellAddress(i, "completedOn")).value = new Date(Date.UTC(y, m - 1, d - 1));
    ws.getCell(tableCellAddress(i, "result")).value =
      i === 0 && fill.firstResult !== undefined ? fill.firstResult : `Đã triển khai nhiệm vụ ${code}`;
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
