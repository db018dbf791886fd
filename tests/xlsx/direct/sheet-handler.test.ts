import { describe, expect, it } from "@jest/globals";
import { readSubmissionFile } from "../../../src/xlsx/read-workbook";
import { isUserError } from "../../../src/core/errors";
import { sheetXml, xlsxOf } from "../hostile/hostile-files";

async function keyOf(bytes: Uint8Array, limits = {}): Promise<string> {
  try {
    await readSubmissionFile(bytes, "t.xlsx", limits);
    return "ok";
  } catch (e) {
    if (isUserError(e)) return e.key;
    throw e;
  }
}

const rows = (n: number, cell: (r: number) => string) =>
  Array.from({ length: n }, (_, r) => `<row r="${r + 1}">${cell(r)}</row>`).join("");

describe("a sheet's declared structures are counted before they are expanded", () => {
  it("cell elements, formatted empty ones included, against maxCellElementsPerSheet", async () => {
    const bytes = await xlsxOf({ sheet: sheetXml({ data: rows(100, () => '<c s="1"/>'.repeat(10)) }) });
    expect(await keyOf(bytes, { maxCellElementsPerSheet: 999 })).toBe("files.tooManyCellElements");
    expect(await keyOf(bytes, { maxCellElementsPerSheet: 1000 })).toBe("ok");
  });

  it("shared strings against maxSharedStrings", async () => {
    const sst = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${"<si><t>a</t></si>".repeat(50)}</sst>`;
    expect(await keyOf(await xlsxOf({ sharedStrings: sst }), { maxSharedStrings: 49 })).toBe(
      "files.tooManySharedStrings",
    );
    expect(await keyOf(await xlsxOf({ sharedStrings: sst }), { maxSharedStrings: 50 })).toBe("ok");
  });

  it("merged areas against maxMergedAreasPerSheet; one over the whole sheet is applied only where cells exist", async () => {
    const merges = (n: number) =>
      `<mergeCells>${Array.from({ length: n }, (_, i) => `<mergeCell ref="C${i + 1}:D${i + 1}"/>`).join("")}</mergeCells>`;
    expect(await keyOf(await xlsxOf({ sheet: sheetXml({ after: merges(11) }) }), { maxMergedAreasPerSheet: 10 })).toBe(
      "files.tooManyMergedAreas",
    );
    const wb = await readSubmissionFile(
      await xlsxOf({
        sheet: sheetXml({
          data: rows(3, (r) => `<c r="A${r + 1}"><v>${r}</v></c><c r="B${r + 1}"><v>9</v></c>`),
          after: '<mergeCells><mergeCell ref="A2:XFD1048576"/></mergeCells>',
        }),
      }),
      "gop.xlsx",
    );
    expect(wb.sheets[0]!.rows).toEqual([[0, 9], [1]]);
  });

  it("the used area against maxCellsPerSheet, as soon as a far cell arrives", async () => {
    const bytes = await xlsxOf({
      sheet: sheetXml({ data: '<row r="1"><c r="A1"><v>1</v></c></row><row r="500"><c r="T500"><v>1</v></c></row>' }),
    });
    expect(await keyOf(bytes, { maxCellsPerSheet: 9_999 })).toBe("files.tooManyCells");
    expect(await keyOf(bytes, { maxCellsPerSheet: 10_000 })).toBe("ok");
  });

  it("XML elements of any name against maxXmlElementsPerPart", async () => {
    const bytes = await xlsxOf({ sheet: sheetXml({ data: "<x/>".repeat(500) }) });
    expect(await keyOf(bytes, { maxXmlElementsPerPart: 400 })).toBe("files.tooManyXmlElements");
    expect(await keyOf(bytes, { maxXmlElementsPerPart: 600 })).toBe("ok");
  });

  it("sheets against maxSheets", async () => {
    expect(await keyOf(await xlsxOf(), { maxSheets: 0 })).toBe("files.tooManySheets");
  });

  it("cells without an address follow the one before, rows without a number the row before", async () => {
    const wb = await readSubmissionFile(
      await xlsxOf({
        sheet: sheetXml({
          data: '<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row>',
        }),
      }),
      "r.xlsx",
    );
    expect(wb.sheets[0]!.rows).toEqual([
      [1, 2],
      [null, null, 3, 4],
    ]);
  });
});
