import { describe, expect, it } from "@jest/globals";
import { linkToImports } from "../../src/app/links";
import type { ImportRecord } from "../../src/app/import-log";
import type { OutSheet } from "../../src/core/sheet-model";

const rec = (sheet: string, file: string): ImportRecord => ({
  sheet,
  file,
  originalSheet: "Báo cáo",
  receivedOn: "",
  sha256: "",
  importedAt: "",
  meta: {},
});

describe("linkToImports", () => {
  const records = [rec("NB01 Sở A", "a.xlsx"), rec("NB02 Sở B", "a.xlsx")];

  it("links each file of Tình hình nộp báo cáo to the A1 of its own NB sheet", () => {
    const sheet: OutSheet = {
      name: "Tình hình nộp báo cáo",
      columns: [],
      rows: [
        { cells: ["Tình hình nộp báo cáo"] },
        { cells: ["STT", "Đơn vị", "Tệp báo cáo"] },
        { cells: [1, "Sở A", "a.xlsx [NB01 Sở A]"] },
        { cells: [2, "Sở B", "a.xlsx [NB02 Sở B]"] },
        { cells: [3, "Sở C", ""] },
      ],
    };
    const out = linkToImports(sheet, records);
    expect(out.rows[2]!.cells[2]).toEqual({ link: "#'NB01 Sở A'!A1", text: "a.xlsx [NB01 Sở A]" });
    expect(out.rows[3]!.cells[2]).toEqual({ link: "#'NB02 Sở B'!A1", text: "a.xlsx [NB02 Sở B]" });
    expect(out.rows[4]).toBe(sheet.rows[4]);
    expect(sheet.rows[2]!.cells[2]).toBe("a.xlsx [NB01 Sở A]"); // the input is not changed
  });

  it("leaves a sheet without the expected headings as it is", () => {
    const sheet: OutSheet = {
      name: "Kết quả kiểm tra",
      columns: [],
      rows: [{ cells: ["Không có lỗi"] }],
    };
    expect(linkToImports(sheet, records)).toBe(sheet);
  });
});
