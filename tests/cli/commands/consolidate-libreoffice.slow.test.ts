/**
 * The summary as the CLI writes it (each sheet made as the writer reaches it, the big sheets row
 * by row, the copy sheets packed as their files are checked), opened in LibreOffice: every
 * sheet is there, and each sheet made row by row shows, cell for cell, the rows of the same
 * sheet built whole.
 */
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { consolidateSources, type PipelineResult } from "../../../src/cli/commands/consolidate-files";
import { stylesFor, writeSummaryPackage } from "../../../src/xlsx/write/package";
import { sheetXmlBytes } from "../../../src/xlsx/write/sheet-xml";
import { ZipWriter, memorySink, type PackedPart } from "../../../src/xlsx/write/zip-writer";
import { nodeDeflater } from "../../../src/node/deflate";
import { isStreamed, type OutValue } from "../../../src/core/sheet-model";
import { formatDateVi } from "../../../src/core/dates";
import { forEachReturn, syntheticProvince } from "../../../bench/synthetic";
import { because } from "../../helpers/because";
import { csvRows } from "../../helpers/csv-rows";

const FILES = 40;

function soffice(args: string[], profile: string): void {
  execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", ...args], {
    stdio: "pipe",
    timeout: 180_000,
  });
}

/**
 * A cell of the model as LibreOffice shows it in CSV. A date is the same day either way round:
 * LibreOffice writes the sheets' dd/mm/yyyy in its own locale's order.
 */
function shown(v: OutValue | undefined): string[] {
  if (v === null || v === undefined) return [""];
  if (typeof v === "object") {
    if (!("date" in v)) return [v.text];
    const [y, m, d] = v.date.split("-").map(Number);
    return [
      formatDateVi(v.date),
      `${d}/${m}/${y}`,
      `${m}/${d}/${y}`,
      `${String(m).padStart(2, "0")}/${String(d).padStart(2, "0")}/${y}`,
    ];
  }
  return [String(v)];
}

describe("the CLI's summary, written sheet by sheet and row by row, opened in LibreOffice", () => {
  const work = mkdtempSync(join(tmpdir(), "kehoach-stream-lo-"));
  let result: PipelineResult;
  const csv = new Map<string, string[][]>();

  beforeAll(async () => {
    const p = syntheticProvince(FILES);
    const files: { name: string; bytes: Uint8Array }[] = [];
    await forEachReturn(p, (name, bytes) => void files.push({ name, bytes }));
    const styles = stylesFor(null);
    result = await consolidateSources(
      files.map((f) => ({ fileName: f.name, receivedOn: "2022-11-10", read: async () => f.bytes })),
      {
        plan: p.plan,
        roster: p.index,
        matrix: p.matrix,
        asOf: "2022-11-20",
        importedAt: "2022-11-21T09:00:00+07:00",
        pack: async (sheet): Promise<PackedPart> => {
          const data = sheetXmlBytes(sheet, styles);
          return {
            crc: nodeDeflater.crc32(data),
            size: data.length,
            packed: nodeDeflater.deflateRaw(data) as Uint8Array,
          };
        },
      },
    );
    const sink = memorySink();
    await writeSummaryPackage(
      { sheets: result.summary.sheets, packed: result.packed, existing: null, styles },
      new ZipWriter(sink, nodeDeflater),
    );
    const file = join(work, "tong-hop.xlsx");
    writeFileSync(file, sink.bytes());
    const out = join(work, "csv");
    mkdirSync(out);
    // Token 12 = -1: every sheet to its own CSV file; token 9 = true: cells as shown.
    soffice(
      [
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        "--outdir",
        out,
        file,
      ],
      join(work, "lo"),
    );
    for (const f of readdirSync(out))
      csv.set(f.slice("tong-hop-".length, -4), csvRows(readFileSync(join(out, f), "utf8")));
  }, 300_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("finds every sheet the writer listed, the copies included", () => {
    for (const s of result.summary.sheets) because(s.name, () => expect(csv.has(s.name)).toBe(true));
  });

  it("shows each sheet made row by row exactly as the same sheet built whole", () => {
    let streamed = 0;
    for (const s of result.summary.sheets) {
      if (!isStreamed(s.stream())) continue;
      streamed++;
      const rows = s.build().rows.map((r) => r.cells.map(shown));
      const read = csv.get(s.name)!;
      because(`${s.name}: rows`, () => expect(read.length).toBe(rows.length));
      for (const [i, cells] of rows.entries())
        for (const [c, text] of cells.entries())
          because(`${s.name}, row ${i + 1}, column ${c + 1}`, () => expect(text).toContain(read[i]?.[c] ?? ""));
    }
    expect(streamed).toBe(5);
  });
});
