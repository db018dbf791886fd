import { describe, expect, it } from "@jest/globals";
import JSZip from "jszip";
import { readMany, readSubmissionFile, sniffKind } from "../../src/xlsx/read-workbook";
import { listEntries } from "../../src/xlsx/zip-inspect";
import { isUserError, type UserError } from "../../src/core/errors";
import { makeTemplate } from "../helpers/template-files";

async function zip(files: Record<string, Uint8Array | string>, level = 9): Promise<Uint8Array> {
  const z = new JSZip();
  for (const [name, data] of Object.entries(files)) z.file(name, data);
  return z.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level } });
}

async function errorOf(p: Promise<unknown>): Promise<UserError> {
  try {
    await p;
  } catch (e) {
    if (isUserError(e)) return e;
    throw e;
  }
  throw new Error("expected a UserError");
}

/**
 * An OLE2 compound-file header followed by one directory sector holding a root entry and the
 * given streams: 128-byte records, UTF-16LE name, name length in bytes with the NUL at 0x40,
 * object type at 0x42 (5 root, 2 stream). `bodyText` is put in a later sector as UTF-16LE, the
 * way Word stores a document's text.
 */
function ole2(streamNames: string[], bodyText = ""): Uint8Array {
  const out = new Uint8Array(2048 + bodyText.length * 2);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  let p = 512;
  for (const [k, name] of ["Root Entry", ...streamNames].entries()) {
    for (let i = 0; i < name.length; i++) out[p + i * 2] = name.charCodeAt(i);
    out[p + 0x40] = (name.length + 1) * 2;
    out[p + 0x42] = k === 0 ? 5 : 2;
    p += 128;
  }
  for (let i = 0; i < bodyText.length; i++) out[2048 + i * 2] = bodyText.charCodeAt(i);
  return out;
}

// Top-level await: jest's describe callbacks must be synchronous.
const { bytes: good } = await makeTemplate();

describe("unreadable files each give one clear error naming the file", () => {
  it("empty file", async () => {
    const e = await errorOf(readSubmissionFile(new Uint8Array(), "rong.xlsx"));
    expect(e.key).toBe("files.empty");
    expect(e.message).toContain("rong.xlsx");
    expect(e.message).toMatch(/rỗng[\s\S]*empty/);
  });

  it("oversize file, before anything is parsed", async () => {
    const big = new Uint8Array(2 * 1024 * 1024 + 1).fill(0x41);
    const e = await errorOf(readSubmissionFile(big, "lon.csv", { maxFileBytes: 2 * 1024 * 1024 }));
    expect(e.key).toBe("files.tooLarge");
    expect(e.params).toMatchObject({ file: "lon.csv", limit: "2.0" });
  });

  it("truncated zip (cut in half)", async () => {
    const e = await errorOf(readSubmissionFile(good.subarray(0, Math.floor(good.length / 2)), "cut.xlsx"));
    expect(e.key).toBe("files.zipCorrupt");
    expect(e.message).toContain("cut.xlsx");
  });

  it("zip with damaged compressed data in a part the reader needs", async () => {
    const bad = good.slice();
    // Scribble over the middle of the report sheet's data, leaving the directory intact.
    const sheet = listEntries(good).find((x) => x.name === "xl/worksheets/sheet1.xml")!;
    const start = sheet.localHeaderOffset + 30 + sheet.name.length;
    for (let i = start + 100; i < start + 300; i++) bad[i] = (bad[i]! ^ 0x5a) & 0xff;
    const e = await errorOf(readSubmissionFile(bad, "hong.xlsx"));
    expect(e.key).toBe("files.zipCorrupt");
  });

  it("an OLE2 file that claims to be an old .xls but is not one", async () => {
    const e = await errorOf(readSubmissionFile(ole2(["Workbook", "\u0005SummaryInformation"]), "cu.xls"));
    expect(e.key).toBe("files.legacyUnreadable");
    expect(e.message).toContain(".xlsx");
  });

  it("password-protected workbook (encrypted OOXML in an OLE2 container)", async () => {
    const e = await errorOf(readSubmissionFile(ole2(["EncryptionInfo", "EncryptedPackage"]), "matkhau.xlsx"));
    expect(e.key).toBe("files.encrypted");
  });

  it("an OLE2 document that is not a workbook, even when its text says Workbook", async () => {
    const e = await errorOf(
      readSubmissionFile(ole2(["WordDocument", "1Table"], "Workbook Book EncryptedPackage"), "vanban.doc"),
    );
    expect(e.key).toBe("files.notSpreadsheetOle");
  });

  it("zip bomb: a few KB that unpack past the limit, caught before ExcelJS inflates", async () => {
    const bomb = await zip({
      "xl/workbook.xml": "<workbook/>",
      "xl/worksheets/sheet1.xml": new Uint8Array(5 * 1024 * 1024),
    });
    expect(bomb.length).toBeLessThan(20_000);
    const e = await errorOf(readSubmissionFile(bomb, "bom.xlsx", { maxUncompressedBytes: 1024 * 1024 }));
    expect(e.key).toBe("files.zipBomb");
  });

  it("zip bomb under default limits, by compression ratio", async () => {
    const bomb = await zip({
      "xl/workbook.xml": "<workbook/>",
      "xl/sharedStrings.xml": new Uint8Array(24 * 1024 * 1024),
    });
    const e = await errorOf(readSubmissionFile(bomb, "bom2.xlsx"));
    expect(e.key).toBe("files.zipBomb");
  });

  it("zip bomb whose headers lie about the unpacked size", async () => {
    const honest = await zip({ "xl/workbook.xml": new Uint8Array(3 * 1024 * 1024) });
    const lying = honest.slice();
    const view = new DataView(lying.buffer);
    // Declare 100 bytes in the local header (offset 22) and the central directory entry (offset 24).
    view.setUint32(22, 100, true);
    for (let i = lying.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) === 0x02014b50) {
        view.setUint32(i + 24, 100, true);
        break;
      }
    }
    const e = await errorOf(readSubmissionFile(lying, "noidoi.xlsx", { maxUncompressedBytes: 1024 * 1024 }));
    expect(e.key).toBe("files.zipBomb");
  });

  it("a zip that is not a workbook, an .ods, a PDF, binary junk, an HTML page", async () => {
    const notWb = await zip({ "word/document.xml": "<w/>" });
    expect((await errorOf(readSubmissionFile(notWb, "a.xlsx"))).key).toBe("files.notWorkbookZip");
    const z = new JSZip();
    z.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
    z.file("content.xml", "<x/>");
    const ods = await z.generateAsync({ type: "uint8array" });
    expect((await errorOf(readSubmissionFile(ods, "b.ods"))).key).toBe("files.legacyUnreadable");
    expect((await errorOf(readSubmissionFile(new TextEncoder().encode("%PDF-1.7\n..."), "c.xlsx"))).key).toBe(
      "files.notSpreadsheetPdf",
    );
    const junk = new Uint8Array(300).map((_, i) => (i * 37) % 256);
    expect((await errorOf(readSubmissionFile(junk, "d.bin"))).key).toBe("files.notSpreadsheetBinary");
    expect(
      (
        await errorOf(
          readSubmissionFile(new TextEncoder().encode("<html><body><p>Không có bảng</p></body></html>"), "e.xls"),
        )
      ).key,
    ).toBe("files.notSpreadsheetHtml");
  });

  it("sniffs by content, not by name", () => {
    expect(sniffKind(good)).toBe("zip");
    expect(sniffKind(ole2(["Workbook"]))).toBe("ole2");
    expect(sniffKind(new TextEncoder().encode("a,b\n1,2"))).toBe("text");
    expect(sniffKind(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).toBe("text");
  });
});

describe("readMany", () => {
  it("reads the good files and reports each bad one, in order, without stopping", async () => {
    const { bytes: good } = await makeTemplate();
    const results = await readMany([
      { bytes: good, fileName: "1.xlsx" },
      { bytes: new Uint8Array(), fileName: "2.xlsx" },
      { bytes: good.subarray(0, 1000), fileName: "3.xlsx" },
      { bytes: new TextEncoder().encode("Mã nhiệm vụ,Tình trạng\n1.1,Đã hoàn thành\n"), fileName: "4.csv" },
      { bytes: ole2(["Workbook"]), fileName: "5.xls" },
      { bytes: good, fileName: "6.xlsx" },
    ]);
    expect(results.map((r) => [r.fileName, r.ok ? "ok" : r.error.key])).toEqual([
      ["1.xlsx", "ok"],
      ["2.xlsx", "files.empty"],
      ["3.xlsx", "files.zipCorrupt"],
      ["4.csv", "ok"],
      ["5.xls", "files.legacyUnreadable"],
      ["6.xlsx", "ok"],
    ]);
    const csv = results[3]!;
    expect(csv.ok && csv.workbook.sheets[0]!.rows[1]).toEqual(["1.1", "Đã hoàn thành"]);
  });
});
