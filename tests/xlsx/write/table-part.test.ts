/**
 * Excel tables and dropdown lists in the lean writer: the table part, its relationship and
 * content type, header cells equal to the column names, ids unique in the package (after the
 * user's own tables on a rebuild), the dataValidations element in schema order.
 */
import { describe, expect, it } from "@jest/globals";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { OutSheet } from "../../../src/core/sheet-model";
import { writeSheetsInto, writeWorkbook } from "../../../src/xlsx/write-sheets";

const TABLE_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
const TABLE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";

function tasks(name = "Nhiệm vụ", tableName = "BangNhiemVu"): OutSheet {
  return {
    name,
    columns: [{ width: 8 }, { width: 40 }, { width: 30 }, { width: 10 }],
    rows: [
      { cells: ["Tiêu đề"], style: "title" },
      { cells: ["Mã", "Nhiệm vụ", "Chủ trì", "Mã"], style: "header" },
      { cells: ["1", "Rà soát & báo cáo", "Sở Tư pháp", { link: "https://example.org/a?b=1", text: "xem" }] },
      { cells: ["2", "Tổng kết", "Sở Nội vụ", null] },
    ],
    merges: ["A1:D1"],
    autoFilter: "A2:D4",
    table: { name: tableName, range: "A2:D4" },
    validations: [
      { range: "C3:C54", list: "'Danh bạ & đơn vị'!$B$3:$B$1000", strict: false },
      { range: "$D$3:$D$54", list: "=$Z$1:$Z$3", strict: true },
    ],
  };
}

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async("string"));
  return out;
}

const tableParts = (p: Map<string, string>) => [...p.keys()].filter((k) => /^xl\/tables\/[^/]+\.xml$/.test(k)).sort();
const attrOf = (xml: string, name: string) => new RegExp(`<table\\b[^>]*\\s${name}="([^"]*)"`).exec(xml)?.[1];

describe("tables and dropdowns in the lean writer", () => {
  it("writes the table part, its relationship, its content type and the validations in schema order", async () => {
    const p = await parts(await writeWorkbook([tasks()]));
    expect(tableParts(p)).toEqual(["xl/tables/table1.xml"]);
    const table = p.get("xl/tables/table1.xml")!;
    expect([attrOf(table, "id"), attrOf(table, "name"), attrOf(table, "displayName"), attrOf(table, "ref")]).toEqual([
      "1",
      "BangNhiemVu",
      "BangNhiemVu",
      "A2:D4",
    ]);
    expect(table).toContain('<autoFilter ref="A2:D4"/>');
    expect(table).toContain('<tableStyleInfo name="TableStyleMedium2"');
    // The repeated header "Mã" gets a number; the header cell says the same.
    const names = [...table.matchAll(/<tableColumn id="(\d+)" name="([^"]*)"/g)].map((m) => m[2]);
    expect(names).toEqual(["Mã", "Nhiệm vụ", "Chủ trì", "Mã 2"]);
    expect(p.get("[Content_Types].xml")).toContain(`PartName="/xl/tables/table1.xml" ContentType="${TABLE_TYPE}"`);

    const sheet = p.get("xl/worksheets/sheet1.xml")!;
    const rels = p.get("xl/worksheets/_rels/sheet1.xml.rels")!;
    const relId = /<tablePart r:id="([^"]+)"\/>/.exec(sheet)?.[1];
    expect(rels).toContain(`Id="${relId}" Type="${TABLE_REL}" Target="../tables/table1.xml"`);
    // The hyperlink's relationship is another one.
    const linkId = /<hyperlink ref="D3" r:id="([^"]+)"/.exec(sheet)?.[1];
    expect(linkId).toBeDefined();
    expect(linkId).not.toBe(relId);
    expect(rels).toContain(
      `Id="${linkId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"`,
    );
    // No sheet filter over the table's range.
    expect(sheet).not.toContain("<autoFilter");
    const order = [
      "<sheetData",
      "<mergeCells",
      "<dataValidations",
      "<hyperlinks",
      "<pageMargins",
      "<pageSetup",
      "<tableParts",
    ];
    const at = order.map((tag) => sheet.indexOf(tag));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(sheet).toContain(
      '<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="0" errorStyle="information" sqref="C3:C54"><formula1>\'Danh bạ &amp; đơn vị\'!$B$3:$B$1000</formula1></dataValidation>',
    );
    expect(sheet).toContain('showErrorMessage="1" errorStyle="stop" sqref="D3:D54"><formula1>$Z$1:$Z$3</formula1>');
  });

  it("opens in ExcelJS with the table, its header cells and the dropdowns", async () => {
    const wb = new ExcelJS.Workbook();
    const bytes = await writeWorkbook([tasks(), tasks("Khác", "BangKhac")]);
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const ws = wb.getWorksheet("Nhiệm vụ")!;
    expect(Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables)).toEqual(["BangNhiemVu"]);
    expect(ws.getCell("D2").value).toBe("Mã 2");
    expect(ws.getCell("C10").dataValidation?.formulae?.[0]).toBe("'Danh bạ & đơn vị'!$B$3:$B$1000");
    expect(ws.getCell("D3").dataValidation?.showErrorMessage).toBe(true);
    const ids = tableParts(await parts(bytes)).length;
    expect(ids).toBe(2);
  });

  it("gives every table of the package its own id, and empty headers a name", async () => {
    const blank = tasks("Trống", "BangTrong");
    blank.rows[1] = { cells: ["", null, "  ", "X"], style: "header" };
    const p = await parts(await writeWorkbook([tasks(), blank]));
    const xmls = tableParts(p).map((t) => p.get(t)!);
    expect(new Set(xmls.map((x) => attrOf(x, "id"))).size).toBe(2);
    const names = [
      ...xmls.find((x) => attrOf(x, "name") === "BangTrong")!.matchAll(/<tableColumn id="\d+" name="([^"]*)"/g),
    ];
    expect(names.map((m) => m[1])).toEqual(["Cột 1", "Cột 2", "Cột 3", "X"]);
  });

  it("refuses a table name Excel would refuse, and two tables with one name", async () => {
    await expect(writeWorkbook([tasks("A", "A1")])).rejects.toThrow(/bad table name/);
    await expect(writeWorkbook([tasks("A", "Bảng có dấu cách")])).rejects.toThrow(/bad table name/);
    await expect(writeWorkbook([tasks("A"), tasks("B")])).rejects.toThrow(/two tables/);
  });

  it("on a rebuild keeps the user's table as it was, numbers ours after it, replaces ours", async () => {
    const user = new ExcelJS.Workbook();
    const ws = user.addWorksheet("Của tôi");
    ws.addTable({
      name: "BangNhiemVu",
      ref: "A1",
      headerRow: true,
      columns: [{ name: "Tên" }, { name: "Số" }],
      rows: [
        ["a", 1],
        ["b", 2],
      ],
    });
    const userBytes = new Uint8Array(await user.xlsx.writeBuffer());
    const userTable = tableParts(await parts(userBytes)).map((t) => [t, ""]);
    expect(userTable.length).toBe(1);
    const [userPart] = userTable[0]!;
    const userXml = (await parts(userBytes)).get(userPart!)!;

    const once = await writeSheetsInto(userBytes, [tasks()]);
    const twice = await writeSheetsInto(once, [tasks()]);
    for (const bytes of [once, twice]) {
      const p = await parts(bytes);
      const xmls = tableParts(p);
      expect(xmls.length).toBe(2);
      expect(p.get(userPart!)).toBe(userXml);
      const ours = xmls.filter((t) => t !== userPart).map((t) => p.get(t)!)[0]!;
      expect(Number(attrOf(ours, "id"))).toBeGreaterThan(Number(attrOf(userXml, "id")));
      expect(attrOf(ours, "name")).toBe("BangNhiemVu_2");
      const types = p.get("[Content_Types].xml")!;
      for (const t of xmls) expect(types).toContain(`PartName="/${t}" ContentType="${TABLE_TYPE}"`);
    }
  });
});
