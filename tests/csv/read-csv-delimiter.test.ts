import { describe, expect, it } from "@jest/globals";
import { guessDelimiter, readCsvWithInfo } from "../../src/csv/read-csv";

const enc = (s: string) => new TextEncoder().encode(s);

describe("CSV delimiter guess", () => {
  it("a ';' file whose labels contain unquoted commas stays ';' (as Excel writes it in a Vietnamese locale)", () => {
    const text = [
      "Đơn vị báo cáo;Sở Y tế",
      "Kỳ báo cáo;Năm 2022",
      "STT;Mã nhiệm vụ;Nội dung nhiệm vụ;Vai trò;Thời hạn;Tình trạng;Ngày hoàn thành;Kết quả thực hiện;Khó khăn, vướng mắc;Đề xuất, kiến nghị;Ghi chú",
      "1;1.1;Tổ chức quán triệt, tuyên truyền;Thực hiện;Thường xuyên;Đang thực hiện;;Đã tổ chức 3 hội nghị, 2 lớp;;;",
      "2;1.2;Rà soát, bổ sung;Thực hiện;Thường xuyên;Đã hoàn thành;15/10/2022;Xong;;;",
    ].join("\r\n");
    expect(guessDelimiter(text)).toBe(";");
    const { workbook, info } = readCsvWithInfo(enc(text), "bao-cao.csv");
    expect(info.delimiter).toBe(";");
    expect(workbook.sheets[0]!.rows[2]![8]).toBe("Khó khăn, vướng mắc");
  });

  it("comma and tab files are still read as such", () => {
    expect(guessDelimiter('a,b,c\n1,"x; y",3\n4,5,6\n')).toBe(",");
    expect(guessDelimiter("a\tb\tc\n1\tx, y\t3\n")).toBe("\t");
  });
});
