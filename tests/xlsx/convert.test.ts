import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { quoteSheetName } from "../../src/core/grid";
import { MAX_SHEET_NAME, safeSheetName } from "../../src/core/sheet-model";
import { sheetNameProblem } from "../../src/xlsx/write/sheet-names";
import { csvSheetName } from "../../src/csv/sheet-name";
import { dateFromIso, toBytes } from "../../src/xlsx/convert";
import { sniffKind } from "../../src/xlsx/read-workbook";
import { decodeText, guessBomlessUtf16 } from "../../src/csv/decode";

function utf16(text: string, order: "le" | "be"): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    out[2 * i + (order === "le" ? 0 : 1)] = u & 0xff;
    out[2 * i + (order === "le" ? 1 : 0)] = u >> 8;
  }
  return out;
}

describe("sheet names: one rule for making and one for quoting", () => {
  it("safeSheetName gives a name the writer accepts, for any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (raw) => {
        const name = safeSheetName(raw);
        expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
        if (name !== "") expect(sheetNameProblem(name)).toBeNull();
      }),
    );
  });

  it("replaces forbidden characters, drops end apostrophes, cuts at 31 without splitting a letter", () => {
    expect(safeSheetName("Báo cáo [2022]: Q1/Q2*?")).toBe("Báo cáo _2022__ Q1_Q2__");
    expect(safeSheetName("'Sở Y tế'", " ")).toBe("Sở Y tế");
    expect(safeSheetName("a".repeat(30) + "😀")).toBe("a".repeat(30));
    expect(safeSheetName("x".repeat(30) + "'b")).toBe("x".repeat(30));
    expect(csvSheetName("C:\\tmp\\'bao cao: quy 4'.csv")).toBe("bao cao_ quy 4");
    expect(csvSheetName("[].csv")).toBe("__");
    expect(csvSheetName(".csv")).toBe("CSV");
  });

  it("quoteSheetName doubles apostrophes inside and always quotes", () => {
    expect(quoteSheetName("Danh mục")).toBe("'Danh mục'");
    expect(quoteSheetName("NB01 Sở 'A'")).toBe("'NB01 Sở ''A'''");
  });
});

describe("xlsx conversions", () => {
  it("dateFromIso is the UTC midnight of the day and refuses other forms", () => {
    expect(dateFromIso("2022-11-15").toISOString()).toBe("2022-11-15T00:00:00.000Z");
    expect(() => dateFromIso("15/11/2022")).toThrow(/yyyy-mm-dd/);
  });

  it("toBytes keeps a pooled Buffer's own bytes only", () => {
    const pool = new Uint8Array([9, 9, 1, 2, 3, 9]);
    expect([...toBytes(pool.subarray(2, 5))]).toEqual([1, 2, 3]);
    expect([...toBytes(new Uint8Array([4, 5]).buffer)]).toEqual([4, 5]);
    expect(() => toBytes("x")).toThrow();
  });
});

describe("BOM-less UTF-16: the file sniffer and the CSV decoder agree", () => {
  const csv = "Mã nhiệm vụ,Tình trạng,Kết quả\n1.1,Đã hoàn thành,Đã rà soát 1.234 hộ\n";
  for (const order of ["le", "be"] as const) {
    it(`UTF-16${order.toUpperCase()} without BOM is text to both`, () => {
      const bytes = utf16(csv, order);
      expect(guessBomlessUtf16(bytes)).toBe(`utf-16${order}`);
      expect(sniffKind(bytes)).toBe("text");
      expect(decodeText(bytes).text).toBe(csv);
    });
  }
  it("binary with scattered NULs stays binary", () => {
    const bytes = new Uint8Array(2048).map((_, i) => (i % 7 === 0 ? 0 : (i * 37) % 256));
    expect(guessBomlessUtf16(bytes)).toBeNull();
    expect(sniffKind(bytes)).toBe("binary");
  });
});
