import { execFileSync, spawnSync } from "node:child_process";
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

let built = false;

/**
 * Builds the CLI from the current sources once per test process, whatever is in dist/ already,
 * so a test never runs a stale bundle: the real build (scripts/build-cli.mjs) without training a
 * code cache, which takes seconds. It writes under a temporary name and renames, so a test in
 * another worker never sees half a file; a cache left by `npm run build:cli` is used only when
 * it was made from the very same bundle (bin/kehoach.js checks its hash).
 */
export function ensureCliBuilt(): string {
  if (!built) {
    execFileSync(process.execPath, [join(ROOT, "scripts", "build-cli.mjs"), "--no-cache"], { cwd: ROOT });
    built = true;
  }
  return join(ROOT, "bin", "kehoach.js");
}

/** Runs the real `kehoach` executable, as a user would. */
export function runBin(args: string[], cwd = ROOT): { code: number; out: string; err: string } {
  const bin = ensureCliBuilt();
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8" });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}
