#!/usr/bin/env node
// The CLI is bundled by `npm run build:cli` (run by `prepare` on install) into dist/.
import("../dist/cli/kehoach.js").catch((err) => {
  if (err && err.code === "ERR_MODULE_NOT_FOUND" && String(err.message).includes("dist/cli/kehoach.js")) {
    console.error(
      "kehoach chưa được biên dịch: chạy `npm run build:cli`.\nkehoach is not built yet: run `npm run build:cli`.",
    );
    process.exit(2);
  }
  throw err;
});
