/**
 * A filled report saved by LibreOffice as Excel 97–2003 .xls, as .ods and as an HTML table
 * named .xls (what web systems export), and rewritten by openpyxl: each is read and checked exactly like the .xlsx it
 * came from — same findings, same lines, same cells.
 */
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { filledSldtbxhReport } from "../helpers/template-files";

import { readSubmissionFile } from "../../src/xlsx/read-workbook";
import { checkWorkbook } from "../../src/core/report/pipeline";
import { META_SHEET, REPORT_SHEET } from "../../src/core/template/layout";
import { standardContext } from "../fixtures/deviations/grids";
import { compareReaders } from "../xlsx/direct/corpus";

function soffice(args: string[], profile: string): void {
  execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", ...args], {
    stdio: "pipe",
    timeout: 120_000,
  });
}

const work = mkdtempSync(join(tmpdir(), "kehoach-legacy-lo-"));
const name = "4587-KH-UBND_2022_So-LDTBXH";

beforeAll(async () => {
  const filled = await filledSldtbxhReport();
  writeFileSync(join(work, `${name}.xlsx`), filled);
  soffice(["--convert-to", "xls", "--outdir", join(work, "xls"), join(work, `${name}.xlsx`)], join(work, "lo1"));
  soffice(["--convert-to", "ods", "--outdir", join(work, "ods"), join(work, `${name}.xlsx`)], join(work, "lo2"));
  soffice(["--convert-to", "html", "--outdir", join(work, "html"), join(work, `${name}.xlsx`)], join(work, "lo3"));
  soffice(["--convert-to", "xlsx", "--outdir", join(work, "lo-xlsx"), join(work, `${name}.xlsx`)], join(work, "lo4"));
  // Offices that script their returns use openpyxl: it rewrites every part of the package in
  // its own way (shared strings, styles, no cached values). Debian's python3-openpyxl.
  execFileSync(
    "/usr/bin/python3",
    [
      "-c",
      "import sys, openpyxl; wb = openpyxl.load_workbook(sys.argv[1]); wb.save(sys.argv[2])",
      join(work, `${name}.xlsx`),
      join(work, `${name}.openpyxl.xlsx`),
    ],
    { stdio: "pipe", timeout: 60_000 },
  );
  // Web systems name their HTML tables .xls: so does this test.
  copyFileSync(join(work, "html", `${name}.html`), join(work, "html", `${name}.xls`));
}, 240_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

async function checked(path: string, fileName: string) {
  const wb = await readSubmissionFile(new Uint8Array(readFileSync(path)), fileName);
  return { wb, result: checkWorkbook({ wb }, standardContext()) };
}

const lines = (r: ReturnType<typeof checkWorkbook>) =>
  r.submission!.lines.map((l) => [l.taskCode, l.status, l.completedOn, l.result]);

describe("returns saved in the formats agencies send", () => {
  test(".xlsx saved by LibreOffice: the direct reader and ExcelJS give the same grids", async () => {
    const bytes = new Uint8Array(readFileSync(join(work, "lo-xlsx", `${name}.xlsx`)));
    expect(await compareReaders([["libreoffice.xlsx", bytes]])).toBeGreaterThan(50);
  });

  test("the .xlsx itself: the reference", async () => {
    const { result } = await checked(join(work, `${name}.xlsx`), `${name}.xlsx`);
    expect(result.issues.map((i) => `${i.severity} ${i.code}`)).toEqual(["info identified-by"]);
  });

  for (const [format, dir] of [
    ["xls", "xls"],
    ["ods", "ods"],
  ] as const) {
    test(`.${format}: same cells, same findings, metadata sheet still hidden`, async () => {
      const ref = await checked(join(work, `${name}.xlsx`), `${name}.xlsx`);
      const { wb, result } = await checked(join(work, dir, `${name}.${format}`), `${name}.${format}`);
      expect(result.issues.map((i) => `${i.severity} ${i.code} ${i.cell ?? "-"}`)).toEqual(
        ref.result.issues.map((i) => `${i.severity} ${i.code} ${i.cell ?? "-"}`),
      );
      expect(result.submission!.identifiedBy).toBe("metadata");
      expect(result.submission!.reportDate).toBe("2022-11-10");
      expect(lines(result)).toEqual(lines(ref.result));
      expect(wb.sheets.find((s) => s.name === META_SHEET)?.state).not.toBe("visible");
      const report = wb.sheets.find((s) => s.name === REPORT_SHEET)!;
      const refReport = ref.wb.sheets.find((s) => s.name === REPORT_SHEET)!;
      expect(report.rows).toEqual(refReport.rows);
    });
  }

  test(".xlsx written by openpyxl: same findings, same lines, and both readers give the same grids", async () => {
    const ref = await checked(join(work, `${name}.xlsx`), `${name}.xlsx`);
    const path = join(work, `${name}.openpyxl.xlsx`);
    const { result } = await checked(path, `${name}.xlsx`);
    expect(result.issues.map((i) => `${i.severity} ${i.code} ${i.cell ?? "-"}`)).toEqual(
      ref.result.issues.map((i) => `${i.severity} ${i.code} ${i.cell ?? "-"}`),
    );
    expect(result.submission!.reportDate).toBe("2022-11-10");
    expect(lines(result)).toEqual(lines(ref.result));
    expect(await compareReaders([["openpyxl.xlsx", new Uint8Array(readFileSync(path))]])).toBeGreaterThan(50);
  });

  test("HTML table named .xls: read as one sheet, the same lines and dates", async () => {
    const ref = await checked(join(work, `${name}.xlsx`), `${name}.xlsx`);
    const { result } = await checked(join(work, "html", `${name}.xls`), `${name}.xls`);
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(result.submission!.reportDate).toBe("2022-11-10");
    expect(lines(result)).toEqual(lines(ref.result));
  });
});
