import { describe, expect, it } from "@jest/globals";
import { importSheetName, isStarterSheetName, orderWithImportsTogether, sheetKey } from "../../src/core/import-sheets";
import { sheetNameProblem } from "../../src/xlsx/write/sheet-names";

const names = (labels: string[], taken = new Set<string>()) => labels.map((l) => importSheetName(l, taken));

describe("importSheetName: NB sheets named after the agency", () => {
  it("keeps Vietnamese letters as they are, composed (NFC), whatever form the text came in", () => {
    expect(names(["UBND huyện Đắk Hà"])).toEqual(["NB UBND huyện Đắk Hà"]);
    const decomposed = "Sở Tài chính".normalize("NFD");
    const [n] = names([decomposed]);
    expect(n).toBe("NB Sở Tài chính");
    expect(n!.normalize("NFC")).toBe(n);
  });

  it("cuts a long name to Excel's 31 characters and removes what Excel refuses", () => {
    const [long, forbidden, ctrl] = names([
      "Ngân hàng Chính sách xã hội chi nhánh tỉnh Kon Tum",
      "Sở KH/ĐT [bản: sửa*] ? \\",
      "Sở\tY tế\r\n'",
    ]);
    expect(long).toBe("NB Ngân hàng Chính sách xã hội");
    for (const n of [long, forbidden, ctrl]) expect(sheetNameProblem(n!)).toBeNull();
    expect(forbidden).toBe("NB Sở KH ĐT bản sửa");
    expect(ctrl).toBe("NB Sở Y tế");
  });

  it("never splits a letter outside the BMP and counts it as Excel does (two UTF-16 units)", () => {
    const [n] = names(["Sở 𝔸𝔹ℂ " + "𝔻".repeat(20)]);
    expect(n!.length).toBeLessThanOrEqual(31);
    expect(sheetNameProblem(n!)).toBeNull();
    expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(n!)).toBe(false);
  });

  it("gives a second and third file of one agency (2), (3)", () => {
    expect(names(["Sở Tài chính", "Sở Tài chính", "sở tài chính"])).toEqual([
      "NB Sở Tài chính",
      "NB Sở Tài chính (2)",
      "NB sở tài chính (3)",
    ]);
  });

  it("keeps two agencies apart whose names agree in their first 31 characters, inside the limit", () => {
    const a = "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng";
    const b = "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông";
    const [na, nb] = names([a, b]);
    expect(na).not.toBe(nb);
    expect(sheetKey(na!)).not.toBe(sheetKey(nb!));
    expect(nb!.length).toBeLessThanOrEqual(31);
    expect(nb!.endsWith(" (2)")).toBe(true);
  });

  it("avoids names already in the workbook, compared without case (Đ and đ alike)", () => {
    const taken = new Set(["NB ĐẮK HÀ"].map(sheetKey));
    expect(names(["Đắk Hà"], taken)).toEqual(["NB Đắk Hà (2)"]);
  });

  it("stays linear for a thousand files of one agency", () => {
    const taken = new Set<string>();
    const out = names(
      Array.from({ length: 1000 }, () => "Sở Tài chính"),
      taken,
    );
    expect(new Set(out.map(sheetKey)).size).toBe(1000);
    expect(out[999]).toBe("NB Sở Tài chính (1000)");
  });

  it("names a file without a readable sender after what is left", () => {
    expect(names(["", "***"])).toEqual(["NB", "NB (2)"]);
  });
});

describe("orderWithImportsTogether", () => {
  const outputs = ["Kết quả kiểm tra", "Tổng hợp theo nhiệm vụ", "Nhật ký"];

  it("puts new imports after the earlier ones, before the outputs", () => {
    expect(
      orderWithImportsTogether(
        ["Kế hoạch", "NB A", "Kết quả kiểm tra", "Tổng hợp theo nhiệm vụ", "NB B", "NB C"],
        ["NB A", "NB B", "NB C"],
        outputs,
      ),
    ).toEqual(["Kế hoạch", "NB A", "NB B", "NB C", "Kết quả kiểm tra", "Tổng hợp theo nhiệm vụ"]);
  });

  it("puts the first imports before an output written earlier, and last otherwise", () => {
    expect(orderWithImportsTogether(["Kế hoạch", "Nhật ký", "NB A"], ["NB A"], outputs)).toEqual([
      "Kế hoạch",
      "NB A",
      "Nhật ký",
    ]);
    expect(orderWithImportsTogether(["Kế hoạch", "Của tôi", "NB A"], ["NB A"], outputs)).toEqual([
      "Kế hoạch",
      "Của tôi",
      "NB A",
    ]);
  });

  it("gathers imports the user scattered where the first of them stands, in import order, leaving other sheets in their order", () => {
    expect(orderWithImportsTogether(["X", "NB B", "Y", "NB A", "Z"], ["NB A", "NB B", "NB gone"], outputs)).toEqual([
      "X",
      "NB A",
      "NB B",
      "Y",
      "Z",
    ]);
  });

  it("changes nothing for a tidy workbook", () => {
    const tidy = ["Kế hoạch", "NB A", "NB B", "Kết quả kiểm tra", "_kehoach_imports"];
    expect(orderWithImportsTogether(tidy, ["NB A", "NB B"], outputs)).toEqual(tidy);
  });
});

describe("isStarterSheetName", () => {
  it("knows a new workbook's sheet in the languages Excel runs in here, and nothing the user named", () => {
    for (const n of ["Sheet1", "Sheet12", "Trang_tính1", "Trang tính2", "Feuil1", "Tabelle1", "Hoja1"])
      expect(isStarterSheetName(n)).toBe(true);
    for (const n of ["Sheet", "Ghi chú", "Sheet1 (2)", "Kế hoạch", "MySheet1"])
      expect(isStarterSheetName(n)).toBe(false);
  });
});
