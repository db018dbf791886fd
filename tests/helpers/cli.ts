import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Runs a kehoach command in-process and collects what it prints. */
export async function runCli(args: string[], cwd = ROOT): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIO = { out: (t) => (out += t + "\n"), err: (t) => (err += t + "\n"), cwd };
  const code = await main(args, io);
  return { code, out, err };
}

/** Builds the CLI bundle once if it is missing or older than the sources it was made from. */
export function ensureCliBuilt(): string {
  const bundle = join(ROOT, "dist", "cli", "kehoach.js");
  const stale = !existsSync(bundle) || statSync(bundle).mtimeMs < statSync(join(ROOT, "src", "cli", "main.ts")).mtimeMs;
  if (stale) execFileSync("npm", ["run", "--silent", "build:cli"], { cwd: ROOT, stdio: "inherit" });
  return join(ROOT, "bin", "kehoach.js");
}

/** Runs the real `kehoach` executable, as a user would. */
export function runBin(args: string[], cwd = ROOT): { code: number; out: string; err: string } {
  const bin = ensureCliBuilt();
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8" });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}
