import { describe, expect, it } from "@jest/globals";
import { readSubmissionFile } from "../../src/xlsx/read-workbook";
import { encodeWindows1258 } from "../helpers/encodings";

const enc = (s: string) => new TextEncoder().encode(s);

describe("HTML tables saved with an .xls name", () => {
  it("are read like Excel opens them: title lines as rows, spans keep their text in the top-left cell", async () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Báo cáo</title>
      <script>document.write("<table><tr><td>giả</td></tr></table>")</script><style>td { color: red }</style></head>
      <body><h3>BÁO CÁO KẾT QUẢ THỰC HIỆN</h3><p>Đơn vị báo cáo: Sở Tài chính</p>
      <table border="1">
        <tr><th rowspan="2">Mã nhiệm vụ</th><th colspan="2">Kết quả</th></tr>
        <tr><th>Tình trạng</th><th>Ngày<br>hoàn thành</th></tr>
        <tr><td>1.1</td><td onclick="alert(1)">Đã hoàn thành &amp; báo cáo</td><td>05/02/2022</td></tr>
        <tr><td>1.2</td><td>Đang&nbsp;thực hiện<!-- <td>ẩn</td> --></td><td></td></tr>
      </table></body></html>`;
    const wb = await readSubmissionFile(enc(html), "xuat-tu-phan-mem.xls");
    expect(wb.sheets).toHaveLength(1);
    // The page's <title> is not shown in a sheet; the script's table is never run.
    expect(wb.sheets[0]!.rows).toEqual([
      ["BÁO CÁO KẾT QUẢ THỰC HIỆN"],
      ["Đơn vị báo cáo: Sở Tài chính"],
      ["Mã nhiệm vụ", "Kết quả"],
      [null, "Tình trạng", "Ngày\nhoàn thành"],
      ["1.1", "Đã hoàn thành & báo cáo", "05/02/2022"],
      ["1.2", "Đang thực hiện"],
    ]);
  });

  it("a heading after a table starts a new sheet, as LibreOffice exports each sheet", async () => {
    const html =
      "<h1>Sheet 1: Báo cáo</h1><table><tr><td>a</td></tr></table><h1>Sheet 2: Hướng dẫn</h1><table><tr><td>b</td></tr></table>";
    const wb = await readSubmissionFile(enc(html), "lo.xls");
    expect(wb.sheets.map((s) => s.rows)).toEqual([
      [["Sheet 1: Báo cáo"], ["a"]],
      [["Sheet 2: Hướng dẫn"], ["b"]],
    ]);
    expect(wb.sheets[1]!.name).toBe("Sheet 2_ Hướng dẫn");
  });

  it("reads a page in windows-1258, as older Vietnamese systems write it", async () => {
    const wb = await readSubmissionFile(
      encodeWindows1258("<table><tr><td>Tình trạng</td><td>Đang thực hiện</td></tr></table>"),
      "cu.xls",
    );
    expect(wb.sheets[0]!.rows).toEqual([["Tình trạng", "Đang thực hiện"]]);
  });

  it("a page without any table is refused with the project's message", async () => {
    await expect(readSubmissionFile(enc("<html><body>Xin chào</body></html>"), "trang.xls")).rejects.toMatchObject({
      key: "files.notSpreadsheetHtml",
    });
  });
});
