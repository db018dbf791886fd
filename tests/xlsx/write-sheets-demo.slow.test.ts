/**
 * The lean writer against the ExcelJS writer it replaced, on the demo's summary: same sheets in
 * the same order, same cell values and links, equivalent formats, same layout. Then LibreOffice
 * opens the lean writer's file and saves it again, and every value reads back the same.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { runDemoIn, type DemoResult } from "../../src/cli/commands/demo";
import { consolidateFiles } from "../../src/cli/commands/consolidate";
import { loadContext } from "../../src/cli/load";
import { demoRoster } from "../../src/cli/commands/demo";
import { DEMO_AS_OF, DEMO_PERIOD } from "../../src/demo/scenario";
import { writeSheetsInto as referenceWrite } from "../helpers/exceljs-summary-writer";
import { digest, type SheetDigest } from "../helpers/workbook-digest";
import type { OutSheet } from "../../src/core/sheet-model";

const quiet = { out: () => undefined, err: () => undefined, cwd: process.cwd() };

let demo: DemoResult;
let lean: Uint8Array;
let reference: Uint8Array;
let sheets: OutSheet[];

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "kehoach-lean-"));
  demo = await runDemoIn(dir, DEMO_AS_OF, quiet);
  lean = new Uint8Array(readFileSync(demo.outFile));
  const ctx = await loadContext(undefined, undefined, process.cwd(), demoRoster());
  const summary = await consolidateFiles(demo.files, {
    ...ctx,
    period: DEMO_PERIOD,
    asOf: DEMO_AS_OF,
    importedAt: `${DEMO_AS_OF} 08:00:00`,
  });
  sheets = summary.sheets;
  reference = await referenceWrite(null, sheets);
}, 300000);

/** Layout without the column widths: ExcelJS loses some of them on the way (compared with the spec instead). */
function layout(s: SheetDigest) {
  const { cells: _cells, widths: _widths, heights, ...rest } = s;
  return { ...rest, heights: [...heights.entries()] };
}

async function chartRefs(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const refs: string[] = [];
  for (const f of Object.values(zip.files).filter((x) => /^xl\/charts\/chart\d+\.xml$/.test(x.name)))
    refs.push(...[...(await f.async("string")).matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1]!));
  return refs.sort();
}

describe("lean summary writer on the demo", () => {
  it("writes the same sheets, values, links, formats and layout as the ExcelJS writer", async () => {
    const [a, b] = [await digest(lean), await digest(reference)];
    expect(a.map((s) => s.name)).toEqual(b.map((s) => s.name));
    expect(a.length).toBeGreaterThan(9);
    for (const [i, sheet] of a.entries()) {
      const ref = b[i]!;
      expect(layout(sheet)).toEqual(layout(ref));
      const spec = sheets.find((x) => x.name === sheet.name);
      if (spec) expect(sheet.widths).toEqual(spec.columns.map((c) => c.width));
      expect([...sheet.cells.keys()].sort()).toEqual([...ref.cells.keys()].sort());
      // The very hidden registry is never shown: its values count, not its look.
      const look = (c: { style?: string } | undefined) => (sheet.state === "veryHidden" ? { ...c, style: "" } : c);
      for (const [addr, cell] of ref.cells)
        expect({ sheet: sheet.name, addr, ...look(sheet.cells.get(addr)) }).toEqual({
          sheet: sheet.name,
          addr,
          ...look(cell),
        });
    }
    expect(await chartRefs(lean)).toEqual(await chartRefs(reference));
    expect((await chartRefs(lean)).length).toBeGreaterThan(0);
  }, 300000);

  it("is read back identically after LibreOffice opens and saves it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kehoach-lean-lo-"));
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${dir}/profile`,
        "--headless",
        "--convert-to",
        "xlsx",
        "--outdir",
        join(dir, "out"),
        demo.outFile,
      ],
      { stdio: "pipe", timeout: 180_000 },
    );
    const again = await digest(new Uint8Array(readFileSync(join(dir, "out", demo.outFile.split("/").pop()!))));
    const mine = await digest(lean);
    expect(again.map((s) => s.name)).toEqual(mine.map((s) => s.name));
    for (const [i, sheet] of mine.entries()) {
      const other = again[i]!;
      for (const [addr, cell] of sheet.cells) {
        if (cell.value === null) continue;
        // LibreOffice keeps 15 significant digits, as Excel does.
        const same = (v: unknown) => (typeof v === "number" ? Number(v.toPrecision(15)) : v);
        const back = other.cells.get(addr);
        expect({ sheet: sheet.name, addr, value: same(back?.value) }).toEqual({
          sheet: sheet.name,
          addr,
          value: same(cell.value),
        });
      }
    }
  }, 300000);
});
