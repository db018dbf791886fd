/**
 * A report saved by a real spreadsheet application: the template (project writer) filled by
 * script, then opened and saved by LibreOffice headless, as .xlsx and as CSV (what an agency
 * using LibreOffice sends back). Both must read and check clean.
 */
import { afterAll, beforeAll, describe, expect, test } from "@jest/globals";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { filledSldtbxhReport } from "../helpers/template-files";

import { readSubmissionFile } from "../../src/xlsx/read-workbook";
import { checkWorkbook } from "../../src/core/report/pipeline";

import { standardContext } from "../fixtures/deviations/grids";

function soffice(args: string[], profile: string): void {
  execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", ...args], {
    stdio: "pipe",
    timeout: 120_000,
  });
}

function hasSoffice(): boolean {
  try {
    execFileSync("sh", ["-c", "command -v soffice"], { stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
}

const work = mkdtempSync(join(tmpdir(), "kehoach-check-lo-"));
const name = "4587-KH-UBND_2022_So-LDTBXH";

beforeAll(async () => {
  if (!hasSoffice()) throw new Error("LibreOffice is needed for this test: apt-get install libreoffice-calc");
  const filled = await filledSldtbxhReport();
  writeFileSync(join(work, `${name}.xlsx`), filled);
  soffice(["--convert-to", "xlsx", "--outdir", join(work, "xlsx"), join(work, `${name}.xlsx`)], join(work, "lo1"));
  // 44 = ",", 34 = '"', 76 = UTF-8; the first sheet (the report) is the one exported.
  soffice(
    [
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1",
      "--outdir",
      join(work, "csv"),
      join(work, `${name}.xlsx`),
    ],
    join(work, "lo2"),
  );
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("saved by LibreOffice", () => {
  test(".xlsx: metadata kept, no finding", async () => {
    const bytes = new Uint8Array(readFileSync(join(work, "xlsx", `${name}.xlsx`)));
    const r = checkWorkbook({ wb: await readSubmissionFile(bytes, `${name}.xlsx`) }, standardContext());
    expect(r.issues.map((i) => `${i.severity} ${i.code}`)).toEqual(["info identified-by"]);
    expect(r.submission!.identifiedBy).toBe("metadata");
    expect(r.submission!.lines.map((l) => [l.taskCode, l.status, l.completedOn])).toEqual([
      ["1.1", "inProgress", null],
      ["2.1", "done", "2022-02-05"],
      ["1.2", "inProgress", null],
    ]);
  });

  test("CSV: identified from the header, dates as LibreOffice shows them, no finding", async () => {
    const bytes = new Uint8Array(readFileSync(join(work, "csv", `${name}.csv`)));
    const r = checkWorkbook({ wb: await readSubmissionFile(bytes, `${name}.csv`) }, standardContext());
    expect(r.issues.map((i) => `${i.severity} ${i.code}`)).toEqual(["info identified-by"]);
    expect(r.submission!.identifiedBy).toBe("header");
    expect(r.submission!.reportDate).toBe("2022-11-10");
    expect(r.submission!.lines.find((l) => l.taskCode === "2.1")!.completedOn).toBe("2022-02-05");
  });
});
