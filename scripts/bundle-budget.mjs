// Checks the task pane's initial JavaScript against its budget, from a finished build:
// the scripts taskpane.html loads from the add-in's own origin, gzip-compressed.
// Usage: node scripts/bundle-budget.mjs [distDir] [budgetKB]   (defaults: dist, 250)
// Exit code 1 when over budget or when the page loads a script from elsewhere than
// itself and Microsoft's office.js CDN.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const dir = path.resolve(process.argv[2] ?? "dist");
const budgetKB = Number(process.argv[3] ?? 250);

const html = readFileSync(path.join(dir, "taskpane.html"), "utf8");
// quoted or not: the html plugin minifies attributes
const sources = [...html.matchAll(/<script[^>]*\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map(
  (m) => m[1] ?? m[2] ?? m[3],
);
let total = 0;
let ok = true;
for (const src of sources) {
  if (src === OFFICE_JS) continue;
  if (/^[a-z]+:|^\/\//i.test(src)) {
    console.error(`taskpane.html loads a script from outside the add-in: ${src}`);
    ok = false;
    continue;
  }
  const gz = gzipSync(readFileSync(path.join(dir, src))).length;
  total += gz;
  console.log(`  ${src}: ${(gz / 1024).toFixed(1)} KB gzip`);
}
console.log(`initial JS: ${(total / 1024).toFixed(1)} KB gzip (budget ${budgetKB} KB)`);
if (total > budgetKB * 1024) {
  console.error(
    `over budget by ${((total - budgetKB * 1024) / 1024).toFixed(1)} KB: load large libraries with import()`,
  );
  ok = false;
}
process.exit(ok ? 0 : 1);
