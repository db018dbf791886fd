/**
 * Child process of the hostile-input test: reads every file of a folder with the project's
 * reader, one after the other, and prints per file the outcome (ok or the message key), the CPU
 * time it took and the process's peak memory so far, as one JSON line each. Run with
 * `--max-old-space-size`, so a reader that needs more heap dies here instead of passing.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readSubmissionFile } from "../../../src/xlsx/read-workbook";
import { isUserError } from "../../../src/core/errors";
import { useSyncInflater } from "../../../src/xlsx/direct/inflate";
import { jsInflate } from "../../../src/xlsx/direct/js-inflate";

// "js": the inflater the pane installs (fflate, one call per part) instead of DecompressionStream
if (process.argv[3] === "js") useSyncInflater(jsInflate);

const dir = process.argv[2]!;
for (const name of readdirSync(dir).sort()) {
  const bytes = new Uint8Array(readFileSync(join(dir, name)));
  const before = process.cpuUsage();
  let outcome: string;
  let bilingual = true;
  try {
    await readSubmissionFile(bytes, name);
    outcome = "ok";
  } catch (e) {
    if (isUserError(e)) {
      outcome = e.key;
      const lines = e.message.split("\n");
      bilingual = lines.length === 2 && lines.every((l) => l.includes(name)) && lines[0] !== lines[1];
    } else outcome = `crash: ${e instanceof Error ? e.message : String(e)}`;
  }
  const cpu = process.cpuUsage(before);
  const line = {
    name,
    outcome,
    bilingual,
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    heapMb: Math.round(process.memoryUsage().heapUsed / 1048576),
  };
  process.stdout.write(JSON.stringify(line) + "\n");
}
