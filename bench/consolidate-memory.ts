/**
 * Where consolidate's memory goes, measured as live heap (after a full collection), not RSS:
 *   node --expose-gc --import tsx bench/consolidate-memory.ts [N=2800]
 * Generates N returns (bench/synthetic.ts) in a temporary folder, reads and checks them the CLI's
 * way (copy sheets packed as they come; a 3 KB stand-in part here), then builds the summary's
 * sheets one at a time, printing each sheet model's live size when built whole (the sheets with a
 * row per agency, file or finding are made row by row as they are written instead). Peak RSS is
 * larger than the live heap: V8 lets the old generation grow to a few times what was live at the
 * last full collection before it collects again (`node --trace-gc` shows it).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { consolidateSources } from "../src/cli/commands/consolidate-files";
import { loadContext } from "../src/cli/load";
import { generateReturns } from "./gen-returns";
import { isStreamed, wholeSheet } from "../src/core/sheet-model";

const gc = (globalThis as { gc?: () => void }).gc;
const liveMiB = (): number => {
  gc!();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

/** The live heap while `x` is alive, and what `f` says of it; `x` is dropped on return. */
function sizeOf<T, R>(x: T, f: (x: T) => R): { live: number; value: R } {
  return { live: liveMiB(), value: f(x) };
}

async function main(): Promise<void> {
  if (!gc) throw new Error("run with node --expose-gc --import tsx bench/consolidate-memory.ts [N]");
  const n = Number(process.argv[2] ?? 2800);
  const dir = mkdtempSync(join(tmpdir(), "kehoach-mem-"));
  try {
    const names = await generateReturns(n, dir);
    const ctx = await loadContext(undefined, join(dir, "roster.json"), dir);
    const start = liveMiB();
    const { summary } = await consolidateSources(
      names.map((p) => ({ fileName: p, read: async () => new Uint8Array(readFileSync(join(dir, p))) })),
      {
        ...ctx,
        asOf: "2022-11-20",
        importedAt: "2022-11-21T09:00:00+07:00",
        pack: async () => ({ crc: 0, size: 3000, packed: new Uint8Array(3000) }),
      },
    );
    const kept = liveMiB();
    console.log(
      `${n} files: live heap ${start.toFixed(0)} MiB before, ${kept.toFixed(0)} MiB after reading and checking`,
    );
    console.log(
      `  kept per file (check results, packed copy, analysis): ${(((kept - start) * 1024) / n).toFixed(1)} KiB`,
    );
    console.log("  each summary sheet's model built whole (the writer holds one sheet at a time; * marks a sheet");
    console.log("  whose rows it makes one at a time as it writes them, so that sheet is never whole):");
    for (const s of summary.sheets.slice(0, summary.sheets.length - summary.copies.size)) {
      const before = liveMiB();
      const made = s.stream();
      const rows = sizeOf(wholeSheet(made), (sheet) => sheet.rows.length);
      const size = rows.live - before;
      console.log(
        `  ${isStreamed(made) ? "*" : " "} ${s.name.padEnd(26)} ${String(rows.value).padStart(7)} rows ${size.toFixed(1).padStart(7)} MiB ${((size * 2 ** 20) / Math.max(1, rows.value)).toFixed(0).padStart(6)} B/row`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
