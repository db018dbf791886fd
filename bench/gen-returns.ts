/**
 * Writes N communes' returns and their roster into a folder, for running the real CLI on them:
 *   npx tsx bench/gen-returns.ts N DIR   →  DIR/roster.json, DIR/returns/*.xlsx
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { forEachReturn, syntheticProvince } from "./synthetic";

export async function generateReturns(n: number, dir: string): Promise<string[]> {
  const p = syntheticProvince(n);
  await mkdir(join(dir, "returns"), { recursive: true });
  await writeFile(join(dir, "roster.json"), JSON.stringify(p.roster));
  const names: string[] = [];
  await forEachReturn(p, async (name, bytes) => {
    names.push(join("returns", name));
    await writeFile(join(dir, "returns", name), bytes);
  });
  return names;
}

if (process.argv[1]?.endsWith("gen-returns.ts")) {
  const n = Number(process.argv[2] ?? 100);
  const dir = process.argv[3] ?? "/tmp/kehoach-returns";
  generateReturns(n, dir)
    .then((names) => console.log(`${names.length} returns in ${dir}/returns`))
    .catch((e: unknown) => {
      console.error(e);
      process.exit(1);
    });
}
