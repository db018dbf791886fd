import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runDemoIn } from "../../../src/cli/commands/demo";
import { compareReaders, tricky } from "./corpus";

function xlsxFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...xlsxFilesUnder(p));
    else if (name.endsWith(".xlsx")) out.push(p);
  }
  return out.sort();
}

describe("the direct reader gives the grids the ExcelJS reader gives", () => {
  let dir = "";
  let corpus: [string, Uint8Array][] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "kehoach-corpus-"));
    const quiet = { out: () => undefined, err: () => undefined, cwd: dir };
    await runDemoIn(dir, "2022-11-20", quiet);
    const demo = xlsxFilesUnder(dir).map((p): [string, Uint8Array] => [
      p.slice(dir.length + 1),
      new Uint8Array(readFileSync(p)),
    ]);
    corpus = [...demo, ...(await tricky())];
  }, 120_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("on every workbook of the demo (templates, returns, summary) and the tricky ones, cell by cell", async () => {
    // templates + filled returns + the summary, plus the hand-made ones
    expect(corpus.length).toBeGreaterThan(20);
    expect(await compareReaders(corpus)).toBeGreaterThan(5_000);
  }, 120_000);
});
