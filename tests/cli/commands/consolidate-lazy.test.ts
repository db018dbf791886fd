/**
 * The CLI writes the summary one sheet at a time (SummaryPlan: each sheet built when the writer
 * reaches it, written and dropped before the next). The workbook must be the one the eager path
 * writes, part by part and byte by byte, new or rebuilt into an existing file.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import JSZip from "jszip";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { consolidateSources, type PipelineResult } from "../../../src/cli/commands/consolidate-files";
import { stylesFor, writeSummaryPackage, type SheetSource } from "../../../src/xlsx/write/package";
import { sheetXml } from "../../../src/xlsx/write/sheet-xml";
import { openExisting } from "../../../src/xlsx/write/existing";
import { ZipWriter, memorySink, utf8, type PackedPart } from "../../../src/xlsx/write/zip-writer";
import { nodeDeflater } from "../../../src/node/deflate";
import { isStreamed, type OutRow, type OutSheet, type StreamedSheet } from "../../../src/core/sheet-model";
import { tv } from "../../../src/core/consolidate/wording";
import { because } from "../../helpers/because";
import { forEachReturn, syntheticProvince } from "../../../bench/synthetic";

const FILES = 30;

// A full collection on demand, so a test can tell which rows are still alive.
setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as () => void;

/**
 * Goes through a streamed body as a writer would, collecting the heap every `every` rows and
 * counting the rows taken so far that are still alive (by their cells, which a fitted copy of a
 * row shares), up to `upTo` rows. A WeakRef keeps its target until the current job ends, so each
 * count waits for the next turn of the event loop first. Returns the rows taken and the most
 * seen alive at once.
 */
async function aliveWhileTaken(
  body: Iterable<OutRow>,
  every: number,
  upTo: number,
): Promise<{ rows: number; maxAlive: number }> {
  const refs: WeakRef<OutRow["cells"]>[] = [];
  let maxAlive = 0;
  const rows = body[Symbol.iterator]();
  // The row taken is held only inside this function, so the count below sees the generators' hold alone.
  const takeOne = (): boolean => {
    const next = rows.next();
    if (!next.done) refs.push(new WeakRef(next.value.cells));
    return !next.done;
  };
  while (refs.length < upTo && takeOne()) {
    if (refs.length % every !== 0) continue;
    await new Promise((resolve) => setImmediate(resolve));
    collect();
    maxAlive = Math.max(maxAlive, refs.filter((r) => r.deref() !== undefined).length);
  }
  return { rows: refs.length, maxAlive };
}

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

  it("makes the rows of the sheets with a row per agency, file or finding one at a time", async () => {
    const big = [
      "summary.sheet.detail",
      "summary.sheet.issues",
      "summary.sheet.reminders",
      "summary.sheet.submissions",
      "summary.sheet.log",
    ] as const;
    for (const key of big) {
      const sheet = result.summary.sheets.find((s) => s.name === tv(key))!.stream();
      if (!isStreamed(sheet)) throw new Error(`${tv(key)} is not made as it is written`);
      // Whole, every row would be alive from the first count on; a few counts tell.
      const { rows, maxAlive } = await aliveWhileTaken(sheet.body, 10, 40);
      because(`${sheet.name}: rows were taken`, () => expect(rows).toBeGreaterThanOrEqual(20));
      // The row or two the generators are on, never the sheet: whole, 10, 20, 30, 40 would be alive.
      because(`${sheet.name}: at most ${maxAlive} of its ${rows} rows alive at once`, () =>
        expect(maxAlive).toBeLessThan(10),
      );
    }
  });

  it("takes a streamed sheet's rows as it writes them, not all before", async () => {
    const { packed } = result;
    const ROWS = 3500;
    let written = 0;
    const bytesWhenTaken: number[] = [];
    function* body(): Generator<OutRow> {
      for (let i = 0; i < ROWS; i++) {
        bytesWhenTaken.push(written);
        yield { cells: [`dòng ${i}`, i] };
      }
    }
    const sheet: StreamedSheet = {
      name: "Dài",
      columns: [{ width: 10 }, { width: 8 }],
      head: [{ cells: ["tiêu đề"] }],
      body: body(),
      extent: { rows: ROWS + 1, cols: 2 },
    };
    const pkg = await write([{ name: sheet.name, stream: () => sheet }], packed, null, (c) => (written += c.length));
    expect((await parts(pkg)).some(([n, xml]) => n.startsWith("xl/worksheets/") && xml.includes("dòng 3499"))).toBe(
      true,
    );
    // Rows go out a thousand to a piece: no more than a piece is made before the writing moves on.
    const takenAt = new Map<number, number>();
    for (const b of bytesWhenTaken) takenAt.set(b, (takenAt.get(b) ?? 0) + 1);
    expect(takenAt.size).toBeGreaterThanOrEqual(3);
    expect(Math.max(...takenAt.values())).toBeLessThanOrEqual(1000);
  });

  it("refuses a streamed body longer or wider than the extent it stated", async () => {
    const { summary, packed } = result;
    const detail = summary.sheets.find((s) => s.name === tv("summary.sheet.detail"))!;
    const lying: SheetSource = {
      name: detail.name,
      table: detail.table,
      stream: () => {
        const sheet = detail.stream();
        if (!isStreamed(sheet)) throw new Error("the detail sheet should be streamed");
        return { ...sheet, extent: { ...sheet.extent, rows: sheet.extent.rows - 1 } };
      },
    };
    const rest = summary.sheets.filter((s) => s !== detail);
    await expect(write([lying, ...rest], packed, null)).rejects.toThrow(/announced/);
  });
});
