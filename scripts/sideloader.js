// Shared by `npm start` and `npm stop`: Microsoft's sideloader (office-addin-debugging) is an
// optional install that only works on Windows and macOS (it needs keytar, which cannot be
// built offline on Linux), so both scripts first ask whether it can run here.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const manifest = path.join(root, "manifest.xml");
export const platformSupported = process.platform === "win32" || process.platform === "darwin";

export function hasSideloader() {
  try {
    createRequire(import.meta.url).resolve("office-addin-debugging/package.json", { paths: [root] });
    return true;
  } catch {
    return false;
  }
}

/** Runs `office-addin-debugging <args…>` and exits with its status. */
export function runSideloader(args) {
  const r = spawnSync("npx", ["office-addin-debugging", ...args], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  process.exit(r.status ?? 1);
}
