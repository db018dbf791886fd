/**
 * Browser entry of the Excel STAND-IN, bundled by the end-to-end test with esbuild and served in
 * place of Microsoft's office.js. It installs `Office` and `Excel` on window and exposes the
 * in-memory workbook as `window.__standin` so the test can read what the pane wrote.
 * A test may set `window.__standinConfig` (addInitScript) before the page loads.
 */
import { ExcelStandin } from "./excel-standin";

interface StandinConfig {
  displayLanguage?: string;
  apiMinor?: number;
  /** a model of the round trip to Excel, for benchmarks (see ExcelStandin.roundTripMs) */
  roundTripMs?: number;
  roundTripMsPerMB?: number;
  /** sheets to start with: values row by row (dates as serials), e.g. an agency's template */
  sheets?: {
    name: string;
    rows: (string | number | boolean | null)[][];
    visibility?: "Visible" | "Hidden" | "VeryHidden";
    dateCells?: string[];
  }[];
}

const w = window as unknown as { __standinConfig?: StandinConfig; __standin?: ExcelStandin } & Record<string, unknown>;
const config = w.__standinConfig ?? {};
const standin = new ExcelStandin(config.sheets ? [] : ["Sheet1"]);
if (config.displayLanguage) standin.displayLanguage = config.displayLanguage;
if (config.apiMinor) standin.apiMinor = config.apiMinor;
if (config.roundTripMs) standin.roundTripMs = config.roundTripMs;
if (config.roundTripMsPerMB) standin.roundTripMsPerMB = config.roundTripMsPerMB;
for (const s of config.sheets ?? []) {
  const sheet = standin.addSheet(s.name);
  sheet.visibility = s.visibility ?? "Visible";
  s.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === "") return;
      const cell = sheet.cellForWrite(r, c);
      cell.value = v;
      if (typeof v === "string") cell.numberFormat = "@";
    }),
  );
  for (const a of s.dateCells ?? []) {
    const m = /^([A-Z]+)(\d+)$/.exec(a);
    if (!m) continue;
    let col = 0;
    for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
    sheet.cellForWrite(Number(m[2]) - 1, col - 1).numberFormat = "dd/mm/yyyy";
  }
}
standin.activeSheet = standin.sheets.find((s) => s.visibility === "Visible")?.name ?? null;
standin.install(w);
w.__standin = standin;
