// `npm stop`: ends a sideloading session started by `npm start` where Microsoft's sideloader
// exists (Windows, macOS); elsewhere says how to stop the dev server and remove the add-in.
import { hasSideloader, manifest, platformSupported, runSideloader } from "./sideloader.js";

if (platformSupported && hasSideloader()) runSideloader(["stop", manifest]);
console.log(
  [
    "Dừng máy chủ phát triển: bấm Ctrl+C trong cửa sổ đang chạy `npm run dev-server`.",
    "Stop the dev server: press Ctrl+C where `npm run dev-server` runs.",
    "Gỡ add-in đã tải lên trong Excel cho web: Bổ trợ → Bổ trợ của tôi → ⋯ → Gỡ bỏ.",
    "Remove the uploaded add-in in Excel on the web: Add-ins → My Add-ins → ⋯ → Remove.",
  ].join("\n"),
);
