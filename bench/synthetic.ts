/**
 * Synthetic provinces for benchmarks and scaling tests: the embedded plan 4587/KH-UBND with the
 * group "Ủy ban nhân dân các huyện, thành phố" standing for N communes, so every commune gets
 * the same tasks through the plan's own assignment lines, and returns for all of them.
 *
 * Making N files through ExcelJS would take minutes at 20,000; instead a handful of returns are
 * written and filled the ordinary way (template writer + ExcelJS), and every other agency's
 * return is one of those with the agency's id and names substituted in the package's XML (same
 * length, so nothing else moves), re-zipped with Node's zlib. The grids the checks see are those
 * of real template files.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { ZipWriter, memorySink } from "../src/xlsx/write/zip-writer";
import { nodeDeflater } from "../src/node/deflate";
import { parsePlan } from "../src/core/plan/parse";
import { KONTUM_4587_TEXT } from "../src/core/plan/kontum-4587.text";
import { KONTUM_ROSTER } from "../src/core/roster/default-kontum";
import { indexRoster, type RosterIndex } from "../src/core/roster/match";
import type { Agency, Roster } from "../src/core/roster/model";
import type { Plan } from "../src/core/plan/model";
import type { AssignmentMatrix } from "../src/core/matrix-model";
import { buildMatrix } from "../src/core/matrix";
import { buildTemplate, type TemplateContent } from "../src/core/template/build";
import { headerValueAddress, tableCellAddress, writeTemplate } from "../src/xlsx/template-writer";
import { REPORT_SHEET } from "../src/core/template/layout";
import type { Cell, WorkbookData } from "../src/core/grid";

export interface SyntheticProvince {
  plan: Plan;
  roster: Roster;
  index: RosterIndex;
  matrix: AssignmentMatrix;
  communes: Agency[];
}

const pad = (i: number) => String(i).padStart(5, "0");

/** Commune i: id, name and short name all carry the same five digits, so they can be substituted. */
export function commune(i: number): Agency {
  return {
    id: `XA${pad(i)}`,
    name: `Ủy ban nhân dân xã Thử Nghiệm ${pad(i)}`,
    short: `UBND xã TN ${pad(i)}`,
    aliases: [],
    kind: "district",
    email: `xa${pad(i)}@example.gov.vn`,
    reports: true,
  };
}

/** The province: only the N communes report (the departments are kept, but told not to). */
export function syntheticProvince(n: number): SyntheticProvince {
  const communes = Array.from({ length: n }, (_, i) => commune(i + 1));
  const base = KONTUM_ROSTER;
  const roster: Roster = {
    agencies: [
      ...base.agencies.filter((a) => a.kind !== "district").map((a) => ({ ...a, reports: false })),
      ...communes,
    ],
    groups: base.groups.map((g) => (g.id === "G-HUYEN" ? { ...g, members: communes.map((a) => a.id) } : g)),
    openPhrases: base.openPhrases,
  };
  const plan = parsePlan(KONTUM_4587_TEXT);
  const index = indexRoster(roster);
  return { plan, roster, index, matrix: buildMatrix(plan, index), communes };
}

const STATUSES = ["Đã hoàn thành", "Đang thực hiện", "Chưa thực hiện", "đang TH"];

/** One commune's return, written by the template writer and filled in with ExcelJS (with a few mistakes). */
export async function filledReturn(p: SyntheticProvince, agency: Agency, variant: number): Promise<Uint8Array> {
  const content: TemplateContent = buildTemplate(p.plan, p.matrix, agency, "2022");
  const template = await writeTemplate(content, { generatedAt: new Date(Date.UTC(2022, 9, 1)) });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    template.buffer.slice(template.byteOffset, template.byteOffset + template.byteLength) as ArrayBuffer,
  );
  const ws = wb.getWorksheet(REPORT_SHEET)!;
  ws.getCell(headerValueAddress("reportDate")).value = new Date(Date.UTC(2022, 10, 8 + (variant % 12)));
  ws.getCell(headerValueAddress("preparedBy")).value = "Nguyễn Văn A";
  ws.getCell(headerValueAddress("phone")).value = "0260 3862 123";
  content.rows.forEach((r, i) => {
    if ((i + variant) % 11 === 5) return; // a task left out now and then
    const status = STATUSES[(i + variant) % STATUSES.length]!;
    ws.getCell(tableCellAddress(i, "status")).value = status;
    if (status === "Đã hoàn thành")
      ws.getCell(tableCellAddress(i, "completedOn")).value =
        (i + variant) % 3 ? new Date(Date.UTC(2022, 5, 1 + (i % 28))) : "31/02/2022";
    if (status !== "Chưa thực hiện")
      ws.getCell(tableCellAddress(i, "result")).value =
        `Kết quả thực hiện nhiệm vụ ${r.taskCode}: đã tổ chức ${i + 3} lớp tập huấn cho ${100 + i} lượt người.`;
    if (i % 4 === 0)
      ws.getCell(tableCellAddress(i, "difficulties")).value =
        "Kinh phí còn hạn chế; địa bàn rộng, giao thông khó khăn.";
  });
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Replaces commune `from`'s digits by `to`'s wherever its id or names appear. */
function renamer(from: number, to: number): (s: string) => string {
  const re = new RegExp(`(XA|Nghiệm |TN |xa)${pad(from)}`, "g");
  return (s) => s.replace(re, (_, p: string) => p + pad(to));
}

interface UnzippedReturn {
  agencyNo: number;
  entries: { name: string; text: string }[];
}

async function unzip(bytes: Uint8Array, agencyNo: number): Promise<UnzippedReturn> {
  const zip = await JSZip.loadAsync(bytes);
  const entries: { name: string; text: string }[] = [];
  for (const f of Object.values(zip.files)) if (!f.dir) entries.push({ name: f.name, text: await f.async("string") });
  return { agencyNo, entries };
}

/** The entries zipped by the product's own zip writer (deflated, fixed dates). */
async function zipEntries(entries: { name: string; data: Uint8Array }[]): Promise<Uint8Array> {
  const sink = memorySink();
  const zip = new ZipWriter(sink, nodeDeflater);
  for (const e of entries) await zip.add(e.name, e.data);
  await zip.finish();
  return sink.bytes();
}

/** How many distinct filled returns are made through ExcelJS; the rest are substituted copies. */
export const BASE_RETURNS = 12;

/**
 * Calls `each(fileName, bytes)` for one return of every commune, 1…N, in order. Files are made
 * one at a time, so a caller that writes them to disk holds only one in memory.
 */
export async function forEachReturn(
  p: SyntheticProvince,
  each: (fileName: string, bytes: Uint8Array, agency: Agency) => Promise<void> | void,
): Promise<void> {
  const bases: UnzippedReturn[] = [];
  for (let i = 0; i < Math.min(BASE_RETURNS, p.communes.length); i++)
    bases.push(await unzip(await filledReturn(p, p.communes[i]!, i), i + 1));
  for (const [i, agency] of p.communes.entries()) {
    const base = bases[i % bases.length]!;
    const rename = renamer(base.agencyNo, i + 1);
    const data = base.entries.map((e) => ({ name: e.name, data: Buffer.from(rename(e.text), "utf8") }));
    await each(`4587-KH-UBND_2022_${agency.id}.xlsx`, await zipEntries(data), agency);
  }
}

/** A grid read from one return, with commune `from`'s id and names made commune `to`'s. */
export function renamedGrid(wb: WorkbookData, from: number, to: number, fileName: string): WorkbookData {
  const rename = renamer(from, to);
  const cell = (c: Cell): Cell => (typeof c === "string" ? rename(c) : c);
  return {
    fileName,
    sheets: wb.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => r.map(cell)) })),
  };
}
