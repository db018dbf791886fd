/**
 * Rebuilding the summary inside a workbook the user keeps: a sheet of their own figures with a
 * chart, a pivot table with its cache and a defined name, all made by LibreOffice headless
 * (Python-UNO, tests/helpers/lo-chart-pivot.py). The summary is written into it twice; every part
 * the product did not generate must come out byte for byte, the styles only appended to, and
 * LibreOffice must still open the result with the pivot table and chart in place.
 */
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { buildSummary } from "../../src/core/consolidate/build";
import { writeSheetsInto } from "../../src/xlsx/write-sheets";
import { checked, input, issue, line, sourceOf, submission } from "../helpers/consolidate-builders";

const dir = mkdtempSync(join(tmpdir(), "kehoach-rebuild-"));
let office: ChildProcess | null = null;
let user: Uint8Array;

async function parts(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async("uint8array"));
  return out;
}
const text = (b: Uint8Array | undefined) => new TextDecoder().decode(b ?? new Uint8Array());
const REWRITTEN = new Set(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"]);

function summary(files: string[]) {
  const subs = files.map((f, i) =>
    submission(i % 2 ? "STC" : "SKHDT", f, { lines: [line("1.4", 14, "inProgress", { result: `kết quả ${f}` })] }),
  );
  return buildSummary(
    input(
      subs.map((s) => checked(s, [issue(s.file, s.agencyId!, "J14")])),
      { sources: subs.map((s) => sourceOf(s)) },
    ),
  );
}

beforeAll(async () => {
  // A named pipe, not a TCP port: a port picked here could be taken by another process's connection.
  const pipe = `kehoach-rebuild-${process.pid}-${Date.now()}`;
  office = spawn(
    "soffice",
    [
      `-env:UserInstallation=file://${dir}/profile`,
      "--headless",
      "--invisible",
      "--norestore",
      `--accept=pipe,name=${pipe};urp;`,
    ],
    { stdio: "ignore" },
  );
  const helper = fileURLToPath(new URL("../helpers/lo-chart-pivot.py", import.meta.url));
  execFileSync("/usr/bin/python3", [helper, pipe, join(dir, "user.xlsx")], { stdio: "pipe", timeout: 120_000 });
  user = new Uint8Array(readFileSync(join(dir, "user.xlsx")));
}, 180000);

afterAll(() => {
  if (office?.pid && office.exitCode === null) office.kill();
  rmSync(dir, { recursive: true, force: true });
}, 180000);

describe("rebuilding into the user's workbook", () => {
  it("keeps every part it did not generate byte for byte, twice over", async () => {
    const first = await writeSheetsInto(user, summary(["a.xlsx", "b.xlsx"]));
    const second = await writeSheetsInto(first, summary(["c.xlsx"]));
    const [mine, p1, p2] = [await parts(user), await parts(first), await parts(second)];
    expect([...mine.keys()].some((n) => n.startsWith("xl/pivotCache/"))).toBe(true);
    expect([...mine.keys()].some((n) => n.startsWith("xl/charts/"))).toBe(true);
    for (const [name, bytes] of mine) {
      if (REWRITTEN.has(name)) continue;
      const unselected = (b: Uint8Array | undefined) => text(b).replace(/\s+tabSelected="(1|true)"/g, "");
      for (const out of [p1, p2]) {
        expect(out.has(name)).toBe(true);
        if (/tabSelected="(1|true)"/.test(text(bytes))) expect(unselected(out.get(name))).toBe(unselected(bytes));
        else expect(Buffer.from(out.get(name)!).equals(Buffer.from(bytes))).toBe(true);
      }
    }
    // The first run's generated parts are gone: as many sheets as the user's, ours and the registry.
    const sheetsOf = (p: Map<string, Uint8Array>) =>
      [...p.keys()].filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n));
    expect(sheetsOf(p2).length).toBe(sheetsOf(mine).length + summary(["c.xlsx"]).length + 1);
    const charts = (p: Map<string, Uint8Array>) => [...p.keys()].filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    expect(charts(p2).length).toBe(charts(mine).length + 1);
    // The user's styles keep their numbers: each list of theirs is the start of the merged one.
    for (const tag of ["fonts", "fills", "borders", "cellXfs"]) {
      const inner = (xml: string) => new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`).exec(xml)?.[1] ?? "";
      expect(inner(text(p2.get("xl/styles.xml"))).startsWith(inner(text(mine.get("xl/styles.xml"))))).toBe(true);
    }
    const wb = text(p2.get("xl/workbook.xml"));
    expect(wb).toContain('name="KinhPhiCot"');
    expect(wb).toContain("<pivotCaches>");
  }, 180000);

  it("opens in ExcelJS and LibreOffice with the user's data, chart and pivot table", async () => {
    const out = await writeSheetsInto(await writeSheetsInto(user, summary(["a.xlsx"])), summary(["b.xlsx", "c.xlsx"]));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength) as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    expect(names.slice(-3)).toEqual(["Số liệu của tôi", "Phân tích", "_kehoach_generated"]);
    expect(wb.getWorksheet("Số liệu của tôi")!.getCell("C2").value).toBe(101);
    const file = join(dir, "rebuilt.xlsx");
    writeFileSync(file, out);
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${dir}/profile2`,
        "--headless",
        "--convert-to",
        "xlsx",
        "--outdir",
        join(dir, "lo"),
        file,
      ],
      { stdio: "pipe", timeout: 180_000 },
    );
    const again = await parts(new Uint8Array(readFileSync(join(dir, "lo", "rebuilt.xlsx"))));
    expect([...again.keys()].some((n) => n.startsWith("xl/pivotTables/"))).toBe(true);
    expect([...again.keys()].filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).length).toBe(2);
    expect(text(again.get("xl/workbook.xml"))).toContain("Số liệu của tôi");
  }, 180000);
});
