/**
 * The CLI writes the summary one sheet at a time (SummaryPlan: each sheet built when the writer
 * reaches it, written and dropped before the next). The workbook must be the one the eager path
 * writes, part by part and byte by byte, new or rebuilt into an existing file.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import JSZip from "jszip";
import { consolidateSources, type PipelineResult } from "../../../src/cli/commands/consolidate-files";
import { stylesFor, writeSummaryPackage, type SheetSource } from "../../../src/xlsx/write/package";
import { sheetXml } from "../../../src/xlsx/write/sheet-xml";
import { openExisting } from "../../../src/xlsx/write/existing";
import { ZipWriter, memorySink, utf8, type PackedPart } from "../../../src/xlsx/write/zip-writer";
import { nodeDeflater } from "../../../src/node/deflate";
import type { OutSheet } from "../../../src/core/sheet-model";
import { forEachReturn, syntheticProvince } from "../../../bench/synthetic";

const FILES = 30;

async function consolidate(): Promise<PipelineResult> {
  const p = syntheticProvince(FILES);
  const files: { name: string; bytes: Uint8Array }[] = [];
  await forEachReturn(p, (name, bytes) => void files.push({ name, bytes }));
  const styles = stylesFor(null);
  return consolidateSources(
    // one file sent twice and one broken: a superseded return and an unreadable one in the batch
    [...files, files[3]!, { name: "hong.xlsx", bytes: utf8("không phải xlsx") }].map((f, i) => ({
      fileName: i === files.length ? `lan-2-${f.name}` : f.name,
      receivedOn: i === files.length ? "2022-11-15" : "2022-11-10",
      read: async () => f.bytes,
    })),
    {
      plan: p.plan,
      roster: p.index,
      matrix: p.matrix,
      asOf: "2022-11-20",
      importedAt: "2022-11-21T09:00:00+07:00",
      pack: async (sheet: OutSheet): Promise<PackedPart> => {
        const data = utf8(sheetXml(sheet, styles).xml);
        return {
          crc: nodeDeflater.crc32(data),
          size: data.length,
          packed: nodeDeflater.deflateRaw(data) as Uint8Array,
        };
      },
    },
  );
}

async function write(
  sheets: readonly (OutSheet | SheetSource)[],
  packed: PipelineResult["packed"],
  existing: Uint8Array | null,
  onWrite?: (chunk: Uint8Array) => void,
): Promise<Uint8Array> {
  const pkg = existing ? await openExisting(existing) : null;
  const sink = memorySink();
  const spy = { write: (c: Uint8Array) => (onWrite?.(c), sink.write(c)) };
  await writeSummaryPackage(
    { sheets, packed, existing: pkg, styles: stylesFor(pkg) },
    new ZipWriter(spy, nodeDeflater),
  );
  return sink.bytes();
}

async function parts(bytes: Uint8Array): Promise<[string, string][]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files);
  return Promise.all(names.map(async (n) => [n, await zip.file(n)!.async("string")] as [string, string]));
}

describe("consolidate writes the summary sheet by sheet", () => {
  let result: PipelineResult;
  beforeAll(async () => {
    result = await consolidate();
  }, 60_000);

  it("writes the same workbook as building every sheet first, new and rebuilt", async () => {
    const { summary, packed } = result;
    const eager = summary.sheets.map((s) => s.build());
    expect(eager.length).toBeGreaterThan(FILES);
    const lazyNew = await write(summary.sheets, packed, null);
    const eagerNew = await write(eager, packed, null);
    const lazyParts = await parts(lazyNew);
    // Every sheet is there: the summary's own, the copies and the registry.
    expect(lazyParts.filter(([n]) => n.startsWith("xl/worksheets/sheet")).length).toBe(eager.length + 1);
    expect(lazyParts).toEqual(await parts(eagerNew));
    expect(Buffer.from(lazyNew).equals(Buffer.from(eagerNew))).toBe(true);
    // Rebuilding the file just written replaces the generated sheets the same way.
    const lazyRebuilt = await write(summary.sheets, packed, eagerNew);
    const eagerRebuilt = await write(eager, packed, eagerNew);
    expect(await parts(lazyRebuilt)).toEqual(await parts(eagerRebuilt));
    expect(Buffer.from(lazyRebuilt).equals(Buffer.from(eagerRebuilt))).toBe(true);
  });

  it("builds each sheet only after the one before is written", async () => {
    const { summary, packed } = result;
    const events: string[] = [];
    let written = 0;
    const traced: SheetSource[] = summary.sheets.map((s) => ({
      name: s.name,
      table: s.table,
      stream: () => {
        events.push(`build ${s.name} after ${written} bytes`);
        return s.stream();
      },
    }));
    await write(traced, packed, null, (c) => (written += c.length));
    expect(events).toHaveLength(summary.sheets.length);
    const offsets = events.map((e) => Number(/after (\d+) bytes/.exec(e)![1]));
    // Bytes reach the sink between every two builds: a sheet is written before the next exists.
    for (let i = 1; i < offsets.length; i++) expect(offsets[i]!).toBeGreaterThan(offsets[i - 1]!);
  });

  it("refuses a sheet that is not the one listed, before writing it", async () => {
    const { summary, packed } = result;
    const [first, ...rest] = summary.sheets;
    const wrong: SheetSource = { name: first!.name, stream: () => ({ ...first!.stream(), name: "Khác" }) };
    await expect(write([wrong, ...rest], packed, null)).rejects.toThrow(/listed as/);
  });
});
