// `npm start`: sideloads the add-in into Excel desktop where Microsoft's sideloader can
// (office-addin-debugging, Windows and macOS only, optional: it needs keytar, which cannot be
// built on every machine), and otherwise prints how to sideload into Excel on the web.
import { existsSync } from "node:fs";
import path from "node:path";
import { hasSideloader, manifest, platformSupported as supported, runSideloader } from "./sideloader.js";

if (supported && hasSideloader()) runSideloader(["start", manifest, "desktop", "--app", "excel"]);

const certs = path.join(process.env.HOME ?? process.env.USERPROFILE ?? "", ".office-addin-dev-certs", "localhost.crt");
const lines = [
  "Không tự nạp (sideload) được add-in vào Excel trên máy này" +
    (supported
      ? " (chưa cài office-addin-debugging: npm install --no-save office-addin-debugging)."
      : ` (${process.platform}: Excel desktop không chạy ở đây).`),
  "Cách thử trên Excel cho web / To try it in Excel on the web:",
  existsSync(certs)
    ? "  1. Chứng chỉ localhost đã có. / The localhost certificate exists."
    : "  1. Tạo chứng chỉ localhost / Make the localhost certificate:  npx office-addin-dev-certs install",
  "  2. Chạy máy chủ phát triển / Run the dev server:  npm run dev-server   (https://localhost:3000/)",
  "  3. Mở một sổ làm việc trên Excel cho web → Trang đầu → Bổ trợ → Thêm bổ trợ → Tải lên bổ trợ của tôi,",
  "     chọn tệp / Open a workbook in Excel on the web → Home → Add-ins → More Add-ins → Upload My Add-in, pick:",
  `     ${manifest}`,
  "  4. Bấm nút “Theo dõi Kế hoạch” trên thẻ Trang đầu. / Click “Plan Tracker” on the Home tab.",
  "Danh sách kiểm tra thủ công / Manual checklist: TESTING.md",
];
console.log(lines.join("\n"));
