import { describe, expect, it } from "@jest/globals";
import { mkdtempSync, readdirSync, readFileSync, existsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../../src/cli/main";
import type { CliIO } from "../../../src/cli/io";
import { readSubmissionFile } from "../../../src/xlsx/read-workbook";
import { META_SHEET } from "../../../src/core/template/layout";

function captureIO(cwd: string): CliIO & { outText: () => string; errText: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    cwd,
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    outText: () => out.join("\n"),
    errText: () => err.join("\n"),
  };
}

describe("kehoach templates", () => {
  it("writes one template per reporting agency of the embedded plan, each a readable workbook", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kehoach-tpl-"));
    const io = captureIO(dir);
    expect(await main(["templates", "--period", "2022", "--out", "out"], io)).toBe(0);
    const files = readdirSync(join(dir, "out"));
    expect(files.length).toBeGreaterThanOrEqual(25);
    expect(files).toContain("4587-KH-UBND_2022_So-LDTBXH.xlsx");
    expect(files).toContain("4587-KH-UBND_2022_UBND-huyen-Dak-Ha.xlsx");
    expect(files.every((f) => /^4587-KH-UBND_2022_[A-Za-z0-9_-]+\.xlsx$/.test(f))).toBe(true);
    // No temporary files left behind.
    expect(files.some((f) => f.endsWith(".tmp"))).toBe(false);
    expect(io.outText()).toContain(`${files.length}`);
    const wb = await readSubmissionFile(
      new Uint8Array(readFileSync(join(dir, "out", "4587-KH-UBND_2022_So-LDTBXH.xlsx"))),
      "x.xlsx",
    );
    const meta = wb.sheets.find((s) => s.name === META_SHEET)!;
    expect(meta.rows.find((r) => r[0] === "agencyId")?.[1]).toBe("SLDTBXH");
  });

  it("writes only the agencies asked for", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kehoach-tpl-"));
    const io = captureIO(dir);
    expect(
      await main(["templates", "--period", "2023", "--out", "o", "--agency", "STC", "--agency", "hdakha"], io),
    ).toBe(0);
    expect(readdirSync(join(dir, "o")).sort()).toEqual([
      "4587-KH-UBND_2023_So-Tai-chinh.xlsx",
      "4587-KH-UBND_2023_UBND-huyen-Dak-Ha.xlsx",
    ]);
  });

  it("gives agencies that share a short name separate files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kehoach-tpl-"));
    const { KONTUM_ROSTER } = await import("../../../src/core/roster/default-kontum");
    const roster = {
      ...KONTUM_ROSTER,
      agencies: KONTUM_ROSTER.agencies.map((a) => (a.id === "STC" || a.id === "SNV" ? { ...a, short: "Sở X" } : a)),
    };
    writeFileSync(join(dir, "roster.json"), JSON.stringify(roster));
    const io = captureIO(dir);
    expect(
      await main(["templates", "--period", "2022", "--out", "o", "--roster", "roster.json", "--agency", "STC,SNV"], io),
    ).toBe(0);
    expect(readdirSync(join(dir, "o")).sort()).toEqual([
      "4587-KH-UBND_2022_So-X.xlsx",
      "4587-KH-UBND_2022_So-X_SNV.xlsx",
    ]);
  });

  it("refuses an unknown agency id with exit 2 and writes nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kehoach-tpl-"));
    const io = captureIO(dir);
    expect(await main(["templates", "--period", "2022", "--out", "o", "--agency", "STC", "--agency", "NOPE"], io)).toBe(
      2,
    );
    expect(io.errText()).toContain("NOPE");
    expect(io.errText()).toMatch(/Không có đơn vị[\s\S]*No agency/);
    expect(existsSync(join(dir, "o"))).toBe(false);
  });

  it("says what is missing: period, out, a bad option", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kehoach-tpl-"));
    let io = captureIO(dir);
    expect(await main(["templates", "--out", "o"], io)).toBe(2);
    expect(io.errText()).toContain("--period");
    io = captureIO(dir);
    expect(await main(["templates", "--period", "2022"], io)).toBe(2);
    expect(io.errText()).toContain("--out");
    io = captureIO(dir);
    expect(await main(["templates", "--period", "../x", "--out", "o"], io)).toBe(2);
    io = captureIO(dir);
    expect(await main(["templates", "--period", "2022", "--out", "o", "--bogus"], io)).toBe(2);
    expect(io.errText()).toContain("--bogus");
    expect(existsSync(join(dir, "o"))).toBe(false);
  });
});
