import { describe, expect, it } from "@jest/globals";
import JSZip from "jszip";
import { ZipWriter, crc32js, memorySink, streamDeflater } from "../../../src/xlsx/write/zip-writer";
import { nodeDeflater } from "../../../src/node/deflate";
import { crc32 } from "node:zlib";

const text = (i: number) =>
  `<row r="${i}"><c r="A${i}" t="inlineStr"><is><t>Ủy ban nhân dân xã ${i}</t></is></c></row>`;

describe("ZipWriter", () => {
  it("computes the same CRC-32 in JavaScript as zlib, in one go or continued", () => {
    const a = new TextEncoder().encode("Kế hoạch 4587/KH-UBND ".repeat(50));
    const b = new TextEncoder().encode("Sở Lao động");
    expect(crc32js(a)).toBe(crc32(a));
    const joined = new Uint8Array([...a, ...b]);
    expect(crc32js(b, crc32js(a))).toBe(crc32(joined));
  });

  for (const [label, deflater] of [
    ["zlib, in pieces", nodeDeflater],
    ["CompressionStream, joined", streamDeflater()],
  ] as const) {
    it(`writes parts that any zip reader inflates back exactly (${label})`, async () => {
      const sink = memorySink();
      const zip = new ZipWriter(sink, deflater);
      const pieces = Array.from({ length: 30 }, (_, k) =>
        Array.from({ length: 500 }, (_, i) => text(k * 500 + i)).join(""),
      );
      await zip.addPieces("xl/worksheets/sheet1.xml", pieces);
      await zip.add("a.txt", "một hai ba");
      await zip.addPieces("empty.xml", []);
      await zip.finish();
      const read = await JSZip.loadAsync(sink.bytes());
      expect(await read.file("xl/worksheets/sheet1.xml")!.async("string")).toBe(pieces.join(""));
      expect(await read.file("a.txt")!.async("string")).toBe("một hai ba");
      expect(await read.file("empty.xml")!.async("string")).toBe("");
    });
  }

  it("refuses two parts of one name", async () => {
    const zip = new ZipWriter(memorySink(), nodeDeflater);
    await zip.add("x.xml", "a");
    await expect(zip.add("x.xml", "b")).rejects.toThrow(/two parts/);
  });
});
