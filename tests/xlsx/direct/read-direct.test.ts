import { afterAll, describe, expect, it } from "@jest/globals";
import { compareReaders, tricky } from "./corpus";
import { installNativeInflater } from "../../../src/node/native-inflate";
import { useSyncInflater } from "../../../src/xlsx/direct/inflate";
import { jsInflate } from "../../../src/xlsx/direct/js-inflate";
import { readSubmissionFile } from "../../../src/xlsx/read-workbook";
import { listEntries } from "../../../src/xlsx/zip-inspect";
import { xlsxOf } from "../hostile/hostile-files";

describe("the direct reader gives the grids the ExcelJS reader gives", () => {
  afterAll(() => useSyncInflater(null));

  it("on templates, a filled return and workbooks with every kind of value, cell by cell (DecompressionStream, as in the pane)", async () => {
    useSyncInflater(null);
    expect(await compareReaders(await tricky())).toBeGreaterThan(100);
  });

  it("the same with Node's zlib inflater, as in the CLI", async () => {
    installNativeInflater();
    expect(await compareReaders(await tricky())).toBeGreaterThan(100);
  });

  it("the same with the JavaScript inflater the pane installs (fflate, one call per part)", async () => {
    useSyncInflater(jsInflate);
    expect(await compareReaders(await tricky())).toBeGreaterThan(100);
  });

  it("reads an .xlsm's cells and never opens its macros (a vbaProject.bin of junk changes nothing)", async () => {
    const junk = Uint8Array.from({ length: 4096 }, (_, i) => (i * 131) % 256);
    const xlsm = await xlsxOf({ extra: { "xl/vbaProject.bin": junk } });
    const plain = await xlsxOf();
    const a = await readSubmissionFile(xlsm, "macro.xlsm");
    const b = await readSubmissionFile(plain, "plain.xlsx");
    expect(a.sheets).toEqual(b.sheets);
    expect(a.sheets[0]!.rows[0]).toEqual(["Mã nhiệm vụ", "Tình trạng"]);
  });

  it("with either inflater, a part that unpacks to more than its header says is refused as damaged", async () => {
    const honest = await xlsxOf();
    const lying = honest.slice();
    const view = new DataView(lying.buffer);
    const sheet = listEntries(honest).find((e) => e.name === "xl/worksheets/sheet1.xml")!;
    // The central directory entry's uncompressed size (offset 24), lowered by one byte.
    for (let i = lying.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) === 0x02014b50 && view.getUint32(i + 42, true) === sheet.localHeaderOffset) {
        view.setUint32(i + 24, sheet.uncompressedSize - 1, true);
        break;
      }
    }
    for (const install of [() => useSyncInflater(null), installNativeInflater, () => useSyncInflater(jsInflate)]) {
      install();
      await expect(readSubmissionFile(lying, "noi-doi.xlsx")).rejects.toMatchObject({ key: "files.zipCorrupt" });
    }
  });

  it("with either inflater, a part whose bytes no longer match its checksum is refused as damaged", async () => {
    const honest = await xlsxOf();
    const damaged = honest.slice();
    const view = new DataView(damaged.buffer);
    const sheet = listEntries(honest).find((e) => e.name === "xl/worksheets/sheet1.xml")!;
    // Both copies of the part's CRC-32 (local header at 14, central directory entry at 16) made wrong.
    view.setUint32(sheet.localHeaderOffset + 14, (sheet.crc32 ^ 1) >>> 0, true);
    for (let i = damaged.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) === 0x02014b50 && view.getUint32(i + 42, true) === sheet.localHeaderOffset) {
        view.setUint32(i + 16, (sheet.crc32 ^ 1) >>> 0, true);
        break;
      }
    }
    for (const install of [() => useSyncInflater(null), installNativeInflater, () => useSyncInflater(jsInflate)]) {
      install();
      await expect(readSubmissionFile(damaged, "hong.xlsx")).rejects.toMatchObject({ key: "files.zipCorrupt" });
    }
    await expect(readSubmissionFile(honest, "lanh.xlsx")).resolves.toBeDefined();
  });
});
