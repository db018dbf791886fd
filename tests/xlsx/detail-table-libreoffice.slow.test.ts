/**
 * `Chi tiết theo đơn vị` of the demo's summary, opened in a real spreadsheet application: the
 * lean writer's file holds the sheet's table part, referenced from that sheet, over the header
 * and every row (its autofilter the same range); LibreOffice opens it, keeps it as a table of
 * the same name and range when it saves the workbook again, and reads back the same cells.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { runDemoIn, type DemoResult } from "../../src/cli/commands/demo";
import { DEMO_AS_OF } from "../../src/demo/scenario";
import { readSubmissionFile } from "../../src/xlsx/read-workbook";
import type { Sheet } from "../../src/core/grid";
import { trimmed } from "../filehost/walk";

const SHEET = "Chi tiết theo đơn vị";

function soffice(args: string[], profile: string): void {
  execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", ...args], {
    stdio: "pipe",
    timeout: 120_000,
  });
}

/** The parts of the package on the way from the workbook to the sheet's table. */
async function tableOfSheet(bytes: Uint8Array, sheetName: string) {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (p: string) => (await zip.file(p)?.async("string")) ?? "";
  const unescape = (s: string) =>
    s
      .replace(/&amp;/g, "&")
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"');
  const workbook = await text("xl/workbook.xml");
  const sheetTag = [...workbook.matchAll(/<sheet\b[^>]*>/g)]
    .map((m) => m[0])
    .find((t) => unescape(/name="([^"]*)"/.exec(t)![1]!) === sheetName);
  const rid = /r:id="([^"]*)"/.exec(sheetTag ?? "")?.[1];
  const target = (rels: string, id: string) => new RegExp(`<Relationship\\b[^>]*Id="${id}"[^>]*>`).exec(rels)?.[0];
  const sheetRel = target(await text("xl/_rels/workbook.xml.rels"), rid ?? "");
  const sheetPart = `xl/${/Target="([^"]*)"/.exec(sheetRel ?? "")![1]!.replace(/^\/?xl\//, "")}`;
  const sheetXml = await text(sheetPart);
  const tableRid = /<tablePart\b[^>]*r:id="([^"]*)"/.exec(sheetXml)?.[1];
  const relsPart = sheetPart.replace(/([^/]+)$/, "_rels/$1.rels");
  const tableRel = target(await text(relsPart), tableRid ?? "") ?? "";
  const tablePart = `xl/tables/${/Target="([^"]*)"/.exec(tableRel)?.[1]?.split("/").pop() ?? ""}`;
  const tableXml = await text(tablePart);
  const attr = (xml: string, tag: string, a: string) => new RegExp(`<${tag}\\b[^>]*\\s${a}="([^"]*)"`).exec(xml)?.[1];
  return {
    tablePart,
    typed: (await text("[Content_Types].xml")).includes(`/${tablePart}"`),
    name: attr(tableXml, "table", "name"),
    ref: attr(tableXml, "table", "ref"),
    filter: attr(tableXml, "autoFilter", "ref"),
    columns: [...tableXml.matchAll(/<tableColumn\b[^>]*name="([^"]*)"/g)].map((m) => unescape(m[1]!)),
  };
}

async function sheetOf(bytes: Uint8Array, name: string): Promise<Sheet> {
  const wb = await readSubmissionFile(bytes, "x.xlsx");
  return wb.sheets.find((s) => s.name === name)!;
}

describe("Chi tiết theo đơn vị in LibreOffice", () => {
  const work = mkdtempSync(join(tmpdir(), "kehoach-detail-"));
  let demo: DemoResult;
  let ours: Uint8Array;
  let resaved: Uint8Array;

  beforeAll(async () => {
    demo = await runDemoIn(work, DEMO_AS_OF, { out: () => {}, err: () => {}, cwd: work });
    ours = new Uint8Array(readFileSync(demo.outFile));
    soffice(["--convert-to", "xlsx", "--outdir", join(work, "lo"), demo.outFile], join(work, "profile"));
    resaved = new Uint8Array(readFileSync(join(work, "lo", "tong-hop-4587-2022.xlsx")));
  }, 240_000);

  it("is a table in the written file: its part referenced from the sheet, over the header and every row", async () => {
    const t = await tableOfSheet(ours, SHEET);
    expect(t.tablePart).toMatch(/^xl\/tables\/table\d+\.xml$/);
    expect(t.typed).toBe(true);
    expect(t.name).toBe("ChiTietTheoDonVi");
    const grid = trimmed(await sheetOf(ours, SHEET));
    const lastCol = String.fromCharCode(64 + grid[3]!.length);
    expect(t.ref).toBe(`A4:${lastCol}${grid.length}`);
    expect(t.filter).toBe(t.ref);
    // the column names are the header cells, as Excel insists
    expect(t.columns).toEqual(grid[3]);
    // one row per agency and task: more rows than tasks, every row names both
    expect(grid.length - 4).toBeGreaterThan(100);
    for (const row of grid.slice(4)) expect([typeof row[0], typeof row[1]]).toEqual(["string", "string"]);
  });

  it("stays a table of the same name and range when LibreOffice saves the workbook again", async () => {
    const before = await tableOfSheet(ours, SHEET);
    const after = await tableOfSheet(resaved, SHEET);
    expect([after.name, after.ref, after.filter, after.columns]).toEqual([
      before.name,
      before.ref,
      before.filter,
      before.columns,
    ]);
  });

  it("reads back the same cells from LibreOffice's copy", async () => {
    expect(trimmed(await sheetOf(resaved, SHEET))).toEqual(trimmed(await sheetOf(ours, SHEET)));
  });
});
