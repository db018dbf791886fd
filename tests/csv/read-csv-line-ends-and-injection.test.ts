import { describe, expect, it } from "@jest/globals";
import { guessDelimiter, readCsv } from "../../src/csv/read-csv";

const rowsOf = (text: string) => readCsv(new TextEncoder().encode(text), "bao-cao.csv").sheets[0]!.rows;
const EXPECTED = [
  ["Mã", "Tình trạng"],
  ["1.1", "Đang thực hiện"],
  ["1.2", "Đã hoàn thành"],
  ["2.1", "Chưa thực hiện"],
];

describe("CSV line endings", () => {
  const body = EXPECTED.map((r) => r.join(";"));
  it.each([
    ["LF", body.join("\n") + "\n"],
    ["CRLF", body.join("\r\n") + "\r\n"],
    ["bare CR (old Mac)", body.join("\r") + "\r"],
    ["mixed CR, LF, CRLF", `${body[0]}\r${body[1]}\n${body[2]}\r\n${body[3]}`],
    ["mixed, CRLF first", `${body[0]}\r\n${body[1]}\r${body[2]}\n${body[3]}\r`],
  ])("%s: one row per line", (_name, text) => {
    expect(rowsOf(text)).toEqual(EXPECTED);
  });

  it("a line break inside a quoted cell stays in the cell, whatever its kind", () => {
    const rows = rowsOf(`Mã;Kết quả\r1.1;"Dòng một\rDòng hai\r\nDòng ba"\n1.2;x`);
    expect(rows).toEqual([
      ["Mã", "Kết quả"],
      ["1.1", "Dòng một\nDòng hai\nDòng ba"],
      ["1.2", "x"],
    ]);
  });

  it("sep=; followed by a bare CR still names the delimiter", () => {
    expect(rowsOf(`sep=;\r${body.join("\r")}`)).toEqual(EXPECTED);
  });

  it("the delimiter guess sees bare-CR lines as lines", () => {
    expect(guessDelimiter("a;b,c;d\rx;y;z\re;f,g;h")).toBe(";");
  });
});
