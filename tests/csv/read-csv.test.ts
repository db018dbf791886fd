import { describe, expect, it } from "@jest/globals";
import { readCsvWithInfo } from "../../src/csv/read-csv";
import { csvSheetName } from "../../src/csv/sheet-name";
import { decodeText } from "../../src/csv/decode";
import { readSubmissionFile } from "../../src/xlsx/read-workbook";
import { detectLegacyVietnamese } from "../../src/core/template/legacy-vietnamese";
import { isUserError } from "../../src/core/errors";
import { encodeUtf16, encodeUtf8, encodeWindows1258, latin1Bytes } from "../helpers/encodings";

const ROWS = [
  ["Đơn vị báo cáo", "Sở Văn hóa, Thể thao và Du lịch"],
  ["Mã nhiệm vụ", "Tình trạng", "Kết quả thực hiện"],
  ["1.1", "Đã hoàn thành", 'Tổ chức 12 hội nghị; "quán triệt" Chỉ thị'],
  ["2.6", "Đang thực hiện", "Ủy ban nhân dân huyện Đắk Hà phối hợp"],
];

function csvText(delim: string, eol = "\r\n"): string {
  const quote = (s: string) => (/[",;\t\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return ROWS.map((r) => r.map(quote).join(delim)).join(eol) + eol;
}

describe("readCsv: encodings × delimiters", () => {
  const encoders: [string, (s: string) => Uint8Array, string][] = [
    ["UTF-8", (s) => encodeUtf8(s), "utf-8"],
    ["UTF-8 BOM", (s) => encodeUtf8(s, true), "utf-8"],
    ["UTF-16LE BOM", (s) => encodeUtf16(s, "le"), "utf-16le"],
    ["UTF-16BE BOM", (s) => encodeUtf16(s, "be"), "utf-16be"],
    ["UTF-16LE no BOM", (s) => encodeUtf16(s, "le", false), "utf-16le"],
    ["windows-1258", encodeWindows1258, "windows-1258"],
  ];
  for (const [name, encode, expected] of encoders) {
    for (const delim of [",", ";", "\t"]) {
      it(`${name}, delimiter ${JSON.stringify(delim)}`, () => {
        const { workbook, info } = readCsvWithInfo(encode(csvText(delim)), "bao-cao.csv");
        expect(info.encoding).toBe(expected);
        expect(info.delimiter).toBe(delim);
        expect(workbook.sheets).toHaveLength(1);
        const rows = workbook.sheets[0]!.rows;
        expect(rows).toEqual(ROWS);
        // NFC, whatever the encoding delivered.
        for (const r of rows) for (const c of r) expect(typeof c === "string" && c === c.normalize("NFC")).toBe(true);
      });
    }
  }

  it("windows-1258 bytes written by hand decode to NFC (anchors the test encoder)", () => {
    // "Sở" = S, ơ (0xF5), combining hook above (0xD2); "Đắk" = Đ (0xD0), ă (0xE3), acute (0xEC), k.
    const bytes = new Uint8Array([0x53, 0xf5, 0xd2, 0x2c, 0xd0, 0xe3, 0xec, 0x6b]);
    expect(decodeText(bytes)).toEqual({ text: "Sở,Đắk", encoding: "windows-1258", bom: false });
    expect(encodeWindows1258("Sở,Đắk")).toEqual(bytes);
  });

  it("empty cells become null, trailing empty lines vanish, an Excel sep= line sets the delimiter", () => {
    const { workbook, info } = readCsvWithInfo(encodeUtf8("sep=;\na;;c\n;;\n\n"), "x.csv");
    expect(info.delimiter).toBe(";");
    expect(workbook.sheets[0]!.rows).toEqual([["a", null, "c"]]);
  });

  it("decomposed UTF-8 (as macOS writes) comes out composed", () => {
    const { workbook } = readCsvWithInfo(encodeUtf8("Tình trạng,Đã hoàn thành\n".normalize("NFD")), "mac.csv");
    expect(workbook.sheets[0]!.rows[0]).toEqual(["Tình trạng", "Đã hoàn thành"]);
  });

  it("names the sheet after the file", () => {
    expect(csvSheetName("C:\\bao cao\\So-LDTBXH_2022.csv")).toBe("So-LDTBXH_2022");
    expect(csvSheetName("x".repeat(40) + ".csv")).toHaveLength(31);
  });

  it("reaches readCsv through readSubmissionFile for text files", async () => {
    const wb = await readSubmissionFile(encodeUtf16(csvText("\t"), "le"), "unicode.txt");
    expect(wb.sheets[0]!.rows[2]![1]).toBe("Đã hoàn thành");
  });
});

describe("legacy font encodings are detected and reported, never decoded", () => {
  const TCVN3 =
    "Céng hoµ x· héi chñ nghÜa ViÖt Nam\n§¬n vÞ b¸o c¸o,Së Lao ®éng - Th­¬ng binh vµ X· héi\n1.1,§· hoµn thµnh";
  const VNI =
    "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\nÑôn vò baùo caùo,Sôû Lao ñoäng - Thöông binh vaø Xaõ hoäi\n1.1,Ñaõ hoaøn thaønh";

  const cases: [string, Uint8Array, string][] = [
    ["TCVN3 bytes (single-byte file)", latin1Bytes(TCVN3), "TCVN3 (ABC)"],
    ["TCVN3 look-alikes saved as UTF-8", encodeUtf8(TCVN3), "TCVN3 (ABC)"],
    ["VNI bytes (single-byte file)", latin1Bytes(VNI), "VNI"],
    ["VNI look-alikes saved as UTF-16", encodeUtf16(VNI, "le"), "VNI"],
  ];
  for (const [name, bytes, encoding] of cases) {
    it(name, () => {
      let caught: unknown;
      try {
        readCsvWithInfo(bytes, "cu.csv");
      } catch (e) {
        caught = e;
      }
      expect(isUserError(caught)).toBe(true);
      const e = caught as { key: string; params: Record<string, unknown>; message: string };
      expect(e.key).toBe("files.legacyEncoding");
      expect(e.params.encoding).toBe(encoding);
      expect(e.params.line).toBe(1);
      expect(String(e.params.sample).length).toBeGreaterThan(0);
      expect(e.message).toContain("cu.csv");
      expect(e.message).toContain("Unicode");
    });
  }

  it("does not flag Unicode Vietnamese, nor a few ordinary symbols", () => {
    expect(detectLegacyVietnamese("Cộng hòa xã hội chủ nghĩa Việt Nam — Độc lập, Tự do, Hạnh phúc")).toBeNull();
    expect(
      detectLegacyVietnamese("Hỗ trợ làm nhà 40 m², nhiệt độ 30°C, ±5%, «Ngày vì người nghèo», Microsoft®"),
    ).toBeNull();
    expect(detectLegacyVietnamese("Français: élève, garçon")).toBeNull();
  });
});
