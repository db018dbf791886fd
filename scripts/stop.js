// `npm stop`: ends a sideloading session started by `npm start` where Microsoft's sideloader
// exists (Windows, macOS); elsewhere says how to stop the dev server and remove the add-in.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
function hasSideloader() {
  try {
    require.resolve("office-addin-debugging/package.json", { paths: [root] });
    return true;
  } catch {
    return false;
  }
}

if ((process.platform === "win32" || process.platform === "darwin") && hasSideloader()) {
  const r = spawnSync("npx", ["office-addin-debugging", "stop", path.join(root, "manifest.xml")], { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  process.exit(r.status ?? 1);
}
console.log(
  [
    "Dừng máy chủ phát triển: bấm Ctrl+C trong cửa sổ đang chạy `npm run dev-server`.",
    "Stop the dev server: press Ctrl+C where `npm run dev-server` runs.",
    "Gỡ add-in đã tải lên trong Excel cho web: Bổ trợ → Bổ trợ của tôi → ⋯ → Gỡ bỏ.",
    "Remove the uploaded add-in in Excel on the web: Add-ins → My Add-ins → ⋯ → Remove.",
  ].join("\n"),
);
