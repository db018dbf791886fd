import { describe, expect, it } from "@jest/globals";
import { IMPORTS_SHEET, importKey, importsSheet, readImports, type ImportRecord } from "../../src/app/import-log";
import { workbook } from "./fixture";

const rec = (n: number, meta: ImportRecord["meta"] = {}): ImportRecord => ({
  sheet: `NB0${n} Sở ${n}`,
  file: `bao-cao-${n}.xlsx`,
  originalSheet: "Báo cáo",
  receivedOn: n === 1 ? "2022-11-10" : "",
  sha256: `${n}`.repeat(64),
  importedAt: "2022-11-20 15:00:00",
  meta,
});

describe("the import log", () => {
  it("reads back what was written, metadata included, through the workbook", async () => {
    const { excel, port } = workbook();
    const records = [rec(1, { agencyId: "SKHDT", plan: "4587/KH-UBND", period: "2022" }), rec(2)];
    await port.writeSheets([importsSheet(records)], { veryHidden: [IMPORTS_SHEET] });
    expect(excel.findSheet(IMPORTS_SHEET)!.visibility).toBe("VeryHidden");
    expect(await readImports(port)).toEqual(records);
  });

  it("keeps the sender, period and report date found at import, and reads an older log's UTC time as Vietnam's", async () => {
    const { port } = workbook();
    const found = { ...rec(1), agencyId: "STC", period: "2022", reportDate: "2022-11-14" };
    const old = { ...rec(2), importedAt: "2022-11-20T18:30:00.000Z" };
    await port.writeSheets([importsSheet([found, old])], { veryHidden: [IMPORTS_SHEET] });
    const [a, b] = await readImports(port);
    expect(a).toEqual(found);
    expect(b!.importedAt).toBe("2022-11-21 01:30:00");
  });

  it("keeps metadata in plain cells, one column per key, never as JSON", () => {
    const sheet = importsSheet([rec(1, { agencyId: "SKHDT", templateVersion: "3" })]);
    const [header, row] = sheet.rows;
    expect(row!.cells[header!.cells.indexOf("agencyId")]).toBe("SKHDT");
    expect(row!.cells[header!.cells.indexOf("templateVersion")]).toBe("3");
    expect(row!.cells.some((c) => typeof c === "string" && c.startsWith("{"))).toBe(false);
  });

  it("finds the metadata columns by their key, and reads a log without them", async () => {
    const { port } = workbook();
    await port.writeSheets([
      {
        name: IMPORTS_SHEET,
        columns: [],
        rows: [
          { cells: ["Sheet", "Tệp", "Sheet gốc", "Ngày nhận", "SHA-256", "Thời điểm nhập", "Ghi chú", "period"] },
          { cells: ["NB01 A", "a.xlsx", "Báo cáo", "", "ab", "t", '{"agencyId":"X"}', "2022"] },
          { cells: ["", "bỏ qua: không có trang tính", "", "", "", "", "", ""] },
        ],
      },
    ]);
    const [only, ...rest] = await readImports(port);
    expect(rest).toEqual([]);
    expect(only!.sheet).toBe("NB01 A");
    expect(only!.meta).toEqual({ period: "2022" });
  });

  it("is empty in a workbook with no imports", async () => {
    const { port } = workbook();
    expect(await readImports(port)).toEqual([]);
  });

  it("names an import by its file and its unique NB sheet", () => {
    expect(importKey(rec(1))).toBe("bao-cao-1.xlsx [NB01 Sở 1]");
  });
});
