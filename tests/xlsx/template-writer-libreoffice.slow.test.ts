/**
 * The template must open in a real spreadsheet application. LibreOffice (headless) converts a
 * generated template to CSV, PDF and back to .xlsx; we check what it saw and that our reader
 * reads the file LibreOffice saved. Needs the Debian packages libreoffice-calc and poppler-utils.
 */
import { describe, expect, it } from "@jest/globals";
import { execFileSync, spawnSync } from "node:child_process";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadWorkbook, makeTemplate } from "../helpers/template-files";
import { tableCellAddress } from "../../src/xlsx/template-writer";
import { readSubmissionFile } from "../../src/xlsx/read-workbook";
import { HEADER_FIELDS, META_SHEET, REPORT_SHEET, TABLE_COLUMNS } from "../../src/core/template/layout";
import { fingerprintPrefilled } from "../../src/core/template/fingerprint";
import { decodeText } from "../../src/csv/decode";

// No skip: `npm test` installs LibreOffice (scripts/ensure-test-deps.sh); its absence is a failure.
if (spawnSync("soffice", ["--version"], { encoding: "utf8" }).status !== 0)
  throw new Error("soffice not found: install Debian package libreoffice-calc (scripts/ensure-test-deps.sh does)");

function convert(file: string, to: string, outDir: string): void {
  // A private profile per call, so parallel runs do not fight over one.
  const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
  try {
    execFileSync(
      "soffice",
      [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", to, "--outdir", outDir, file],
      {
        stdio: "pipe",
        timeout: 90_000,
      },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

// Top-level await: jest's describe callbacks must be synchronous.
const dir = mkdtempSync(join(tmpdir(), "kehoach-lo-"));
const { bytes, content } = await makeTemplate();
const file = join(dir, "4587-KH-UBND_2022_So-LDTBXH.xlsx");
writeFileSync(file, bytes);

describe("LibreOffice opens the generated template", () => {
  it("as CSV: the report sheet shows the header labels, prefilled values and task codes", () => {
    convert(file, "csv:Text - txt - csv (StarCalc):44,34,76,1", dir);
    const csv = decodeText(new Uint8Array(readFileSync(join(dir, "4587-KH-UBND_2022_So-LDTBXH.csv")))).text;
    for (const f of HEADER_FIELDS) expect(csv).toContain(`"${f.label}"`);
    for (const c of TABLE_COLUMNS) expect(csv).toContain(`"${c.label}"`);
    expect(csv).toContain('"Sở Lao động - Thương binh và Xã hội"');
    for (const r of content.rows) expect(csv).toContain(`"${r.taskCode}"`);
  });

  it("as PDF: A4 landscape pages", () => {
    convert(file, "pdf", dir);
    const pdf = join(dir, "4587-KH-UBND_2022_So-LDTBXH.pdf");
    expect(existsSync(pdf)).toBe(true);
    const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" });
    if (info.status === 0) {
      const m = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info.stdout);
      expect(m).not.toBeNull();
      // A4 landscape: 842 × 595 points.
      expect(Math.round(Number(m![1]))).toBe(842);
      expect(Math.round(Number(m![2]))).toBe(595);
      // Printed scale, from the width of the title's first word (Times New Roman Bold 14:
      // "BÁO" is 2.167 em). Fit to width shrank it to ~42% before the columns were rebalanced
      // and the default font became Times New Roman; it must now print at ≥ 68% (measured ~70%).
      const words = spawnSync("pdftotext", ["-bbox", "-f", "1", "-l", "1", pdf, "-"], { encoding: "utf8" }).stdout;
      const w = /xMin="([\d.]+)"[^>]*xMax="([\d.]+)"[^>]*>BÁO</.exec(words);
      expect(w).not.toBeNull();
      const scale = (Number(w![2]) - Number(w![1])) / (14 * 2.167);
      expect(scale).toBeGreaterThanOrEqual(0.68);
    } else {
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    }
  });

  it("saved as a real old .xls by LibreOffice: read, with the report sheet's task codes where the template put them", async () => {
    const xlsDir = join(dir, "xls");
    convert(file, "xls", xlsDir);
    const xls = new Uint8Array(readFileSync(join(xlsDir, "4587-KH-UBND_2022_So-LDTBXH.xls")));
    const wb = await readSubmissionFile(xls, "cu.xls");
    const report = wb.sheets.find((s) => s.name === REPORT_SHEET)!;
    expect(report.rows.some((r) => r[1] === content.rows[0]!.taskCode)).toBe(true);
  });

  it("saved again by LibreOffice: our reader reads it, the metadata stays hidden, the fingerprint still matches", async () => {
    const back = join(dir, "resaved");
    convert(file, "xlsx", back);
    const wb = await readSubmissionFile(
      new Uint8Array(readFileSync(join(back, "4587-KH-UBND_2022_So-LDTBXH.xlsx"))),
      "resaved.xlsx",
    );
    const meta = wb.sheets.find((s) => s.name === META_SHEET);
    // LibreOffice has no "very hidden": it saves the sheet as plain hidden. Still out of sight.
    expect(meta?.state).toBe("hidden");
    const metaValue = (k: string) => meta!.rows.find((r) => r[0] === k)?.[1];
    expect(metaValue("agencyId")).toBe("SLDTBXH");
    expect(metaValue("fingerprint")).toBe(content.fingerprint);
    const report = wb.sheets.find((s) => s.name === REPORT_SHEET)!;
    const headerRow = report.rows.findIndex((r) => r[1] === "Mã nhiệm vụ");
    expect(headerRow).toBeGreaterThan(0);
    const rows = content.rows.map((_, i) => {
      const r = report.rows[headerRow + 1 + i]!;
      return { taskCode: String(r[1]), content: String(r[2]), role: String(r[3]), deadline: String(r[4] ?? "") };
    });
    expect(fingerprintPrefilled(rows)).toBe(content.fingerprint);

    // What a real application kept of the protection and the dropdowns.
    const resaved = new Uint8Array(readFileSync(join(back, "4587-KH-UBND_2022_So-LDTBXH.xlsx")));
    // LibreOffice writes sheet="true", which ExcelJS does not parse: look at the XML itself.
    const sheetXml = await (await JSZip.loadAsync(resaved)).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheetXml).toMatch(/<sheetProtection[^>]*\bsheet="(1|true)"/);
    // Locked state, also from the XML (LibreOffice writes locked="false", ExcelJS wants "0").
    const stylesXml = await (await JSZip.loadAsync(resaved)).file("xl/styles.xml")!.async("string");
    const xfs =
      (/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? "").match(/<xf\b[^>]*?(\/>|>[\s\S]*?<\/xf>)/g) ??
      [];
    const lockedAt = (a1: string): boolean => {
      const style = Number(new RegExp(`<c r="${a1}" s="(\\d+)"`).exec(sheetXml)?.[1] ?? 0);
      const xf = xfs[style] ?? "";
      return !/<protection[^>]*locked="(false|0)"/.test(xf);
    };
    expect(xfs.length).toBeGreaterThan(1);
    expect(lockedAt(tableCellAddress(0, "taskCode"))).toBe(true);
    expect(lockedAt(tableCellAddress(0, "status"))).toBe(false);
    expect(lockedAt(tableCellAddress(0, "result"))).toBe(false);
    const ej = await loadWorkbook(resaved);
    const ws = ej.getWorksheet(REPORT_SHEET)!;
    const dv = ws.getCell(tableCellAddress(0, "status")).dataValidation;
    expect(dv?.type).toBe("list");
    expect(String(dv?.formulae?.[0])).toMatch(/Danh mục/);
  });
});
