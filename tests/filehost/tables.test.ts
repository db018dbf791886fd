/**
 * Excel tables in the browser version's file port: the saved file holds the sheet's table part
 * (named, over its range, referenced from the sheet), the cells keep their values and links,
 * and a file opened again and rewritten still has exactly one table of that name.
 */
import { describe, expect, it } from "@jest/globals";
import JSZip from "jszip";
import { newWorkbook, openWorkbookFile } from "../../src/filehost/open";
import type { OutSheet } from "../../src/core/sheet-model";
import { allSheets } from "./walk";

function detail(rows: number): OutSheet {
  return {
    name: "Chi tiết",
    columns: [{ width: 8 }, { width: 30 }, { width: 14 }],
    rows: [
      { cells: ["CHI TIẾT"], style: "title" },
      { cells: ["Mã NV", "Đơn vị", "Ô nguồn"], style: "header" },
      ...Array.from({ length: rows }, (_, i) => ({
        cells: ["1.1", i % 2 ? "=1+1" : `Đơn vị ${i + 1}`, { link: "#'NB01'!F14", text: "Báo cáo!F14" }],
        style: "wrap" as const,
      })),
    ],
    merges: ["A1:C1"],
    table: { name: "ChiTietTheoDonVi", range: `A2:C${2 + rows}` },
  };
}

async function tablesOf(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((n) => /^xl\/tables\/[^/]+\.xml$/.test(n));
  const out = [];
  for (const p of parts) {
    const xml = await zip.file(p)!.async("string");
    const attr = (a: string) => new RegExp(`<table\\b[^>]*\\s${a}="([^"]*)"`).exec(xml)?.[1];
    const referenced = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => n.startsWith("xl/worksheets/_rels/") && !zip.files[n]!.dir)
        .map(async (n) => (await zip.file(n)!.async("string")).includes(p.split("/").pop()!)),
    );
    out.push({ name: attr("name"), ref: attr("ref"), referenced: referenced.includes(true) });
  }
  return out;
}

describe("tables in the file port", () => {
  it("saves the table part over the sheet's range, and the cells as written", async () => {
    const { port } = await newWorkbook();
    await port.writeSheets([detail(3)]);
    const bytes = await port.save();
    expect(await tablesOf(bytes)).toEqual([{ name: "ChiTietTheoDonVi", ref: "A2:C5", referenced: true }]);
    const back = (await allSheets((await openWorkbookFile(bytes, "x.xlsx")).port)).find((s) => s.name === "Chi tiết")!;
    expect(back.rows[1]).toEqual(["Mã NV", "Đơn vị", "Ô nguồn"]);
    expect(back.rows[3]).toEqual(["1.1", "=1+1", "Báo cáo!F14"]);
  });

  it("keeps one table of the name when a saved file is opened and the sheet written again", async () => {
    const { port } = await newWorkbook();
    await port.writeSheets([detail(3)]);
    const reopened = (await openWorkbookFile(await port.save(), "x.xlsx")).port;
    await reopened.writeSheets([detail(6)]);
    expect(await tablesOf(await reopened.save())).toEqual([
      { name: "ChiTietTheoDonVi", ref: "A2:C8", referenced: true },
    ]);
  });
});

describe("a user's table of the same name", () => {
  it("keeps its name; ours is named as Excel names a copy", async () => {
    const { port } = await newWorkbook();
    await port.writeSheets([{ ...detail(2), name: "Của tôi" }]); // stands for the user's own table
    await port.writeSheets([detail(3)]);
    await port.writeSheets([detail(4)]); // written again: still one "_2", not "_3"
    const names = (await tablesOf(await port.save())).map((t) => [t.name, t.ref]).sort();
    expect(names).toEqual([
      ["ChiTietTheoDonVi", "A2:C4"],
      ["ChiTietTheoDonVi_2", "A2:C6"],
    ]);
  });
});
