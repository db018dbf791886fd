/**
 * Worksheet XML of sheets with thousands of rows: several pieces, whose bytes the maker reuses
 * two pieces later. Whoever keeps the pieces (sheetXml, the zip writer without a piecewise
 * compressor, as in a browser) must still get every row once, in order; a streamed sheet gives
 * the XML of the same sheet whole.
 */
import { describe, expect, it } from "@jest/globals";
import JSZip from "jszip";
import { sheetXml, sheetXmlChunks, type SheetRel } from "../../../src/xlsx/write/sheet-xml";
import { StyleTable, FRESH_BASES } from "../../../src/xlsx/write/styles";
import { ZipWriter, memorySink, streamDeflater } from "../../../src/xlsx/write/zip-writer";
import { nodeDeflater } from "../../../src/node/deflate";
import { wholeSheet, type OutRow, type StreamedSheet } from "../../../src/core/sheet-model";

const ROWS = 3500;

function* body(): Generator<OutRow> {
  for (let i = 0; i < ROWS; i++) yield { cells: [`Ủy ban nhân dân xã ${i}`, i], style: "wrap" };
}

const streamed = (): StreamedSheet => ({
  name: "Dài",
  columns: [{ width: 30 }, { width: 8 }],
  head: [{ cells: ["Tiêu đề"], style: "title" }],
  body: body(),
  extent: { rows: ROWS + 1, cols: 2 },
});

/** Every row's first cell in the order written. */
function rowTexts(xml: string): string[] {
  return [...xml.matchAll(/<row r="\d+"[^>]*><c r="A\d+"[^>]*><is><t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]!);
}

describe("worksheet XML in pieces", () => {
  const styles = () => new StyleTable(FRESH_BASES);
  const expected = ["Tiêu đề", ...Array.from({ length: ROWS }, (_, i) => `Ủy ban nhân dân xã ${i}`)];

  it("gives every row once, in order, when the pieces are kept (sheetXml)", () => {
    const { xml } = sheetXml(streamed(), styles());
    expect(rowTexts(xml)).toEqual(expected);
    expect(xml).toContain('<dimension ref="A1:B3501"/>');
  });

  it("writes a streamed sheet as the same sheet whole", () => {
    expect(sheetXml(streamed(), styles()).xml).toBe(sheetXml(wholeSheet(streamed()), styles()).xml);
  });

  for (const [label, deflater] of [
    ["zlib, piece by piece", nodeDeflater],
    ["CompressionStream, pieces joined first", streamDeflater()],
  ] as const) {
    it(`zips the pieces into the same part (${label})`, async () => {
      const sink = memorySink();
      const zip = new ZipWriter(sink, deflater);
      const rels: SheetRel[] = [];
      await zip.addPieces("xl/worksheets/sheet1.xml", sheetXmlChunks(streamed(), styles(), rels));
      await zip.finish();
      const part = await (await JSZip.loadAsync(sink.bytes())).file("xl/worksheets/sheet1.xml")!.async("string");
      expect(part).toBe(sheetXml(streamed(), styles()).xml);
      expect(rowTexts(part)).toEqual(expected);
    });
  }
});
