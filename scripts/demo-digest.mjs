// Digest of the demo workbook's content, to show a restructure changed nothing: every part of the
// package, hashed, except the SHA-256 of each imported file (the demo's templates carry the time
// they were made, so those hashes differ from run to run). Usage:
//   node bin/kehoach.js demo --out /tmp/a --as-of 2022-12-01 && node scripts/demo-digest.mjs /tmp/a/tong-hop-4587-2022.xlsx
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import JSZip from "jszip";

const zip = await JSZip.loadAsync(readFileSync(process.argv[2]));
const names = Object.keys(zip.files)
  .filter((n) => !zip.files[n].dir)
  .sort();
const all = createHash("sha256");
for (const name of names) {
  const text = (await zip.file(name).async("string")).replace(/\b[0-9a-f]{64}\b/g, "<sha256>");
  const h = createHash("sha256").update(text).digest("hex").slice(0, 16);
  all.update(`${name} ${h}\n`);
  if (process.argv.includes("--parts")) console.log(h, name);
}
console.log(all.digest("hex"));
