/** Deleting and ordering sheets in the browser version's in-memory workbook: the Office adapter's rules. */
import { describe, expect, it } from "@jest/globals";
import { newWorkbook, openWorkbookFile } from "../../src/filehost/open";
import type { OutSheet } from "../../src/core/sheet-model";

const sheet = (name: string, rows: OutSheet["rows"] = [], extra: Partial<OutSheet> = {}): OutSheet => ({
  name,
  columns: [{ width: 10 }],
  rows,
  ...extra,
});

async function withSheets() {
  const { port } = await newWorkbook();
  await port.writeSheets([
    sheet("A", [{ cells: ["a"] }]),
    sheet("NB 2", [{ cells: [2] }]),
    sheet("NB 1", [{ cells: [1] }]),
  ]);
  return port;
}
const names = async (port: Awaited<ReturnType<typeof withSheets>>) => (await port.listSheets()).map((s) => s.name);

describe("the file port deletes and orders sheets", () => {
  it("puts the tabs in the order given, also in the saved file", async () => {
    const port = await withSheets();
    await port.arrangeSheets(["A", "NB 1", "NB 2", "Sheet1"]);
    expect(await names(port)).toEqual(["A", "NB 1", "NB 2", "Sheet1"]);
    const again = (await openWorkbookFile(await port.save(), "x.xlsx")).port;
    expect(await names(again)).toEqual(["A", "NB 1", "NB 2", "Sheet1"]);
  });

  it("refuses an order that does not name every sheet once", async () => {
    const port = await withSheets();
    await expect(port.arrangeSheets(["A", "NB 1", "NB 2"])).rejects.toThrow(/every sheet/);
    expect(await names(port)).toEqual(["Sheet1", "A", "NB 2", "NB 1"]);
  });

  it("deletes an empty starter sheet only when blank, never the last visible one", async () => {
    const port = await withSheets();
    expect(await port.deleteSheets(["Sheet1", "A"], { onlyIfBlank: true })).toEqual(["Sheet1"]);
    expect(await port.deleteSheets(["A", "NB 1"])).toEqual(["A", "NB 1"]);
    expect(await port.deleteSheets(["NB 2"])).toEqual([]);
    expect(await names(port)).toEqual(["NB 2"]);
  });

  it("keeps a sheet that holds only a format or a chart when asked for blank ones", async () => {
    const { port } = await newWorkbook();
    await port.writeSheets([
      sheet("Styled", [{ cells: [null], style: "header" }]),
      sheet("Chart", [], { charts: [{ kind: "pie", title: "t", anchor: { col: 0, row: 0 }, series: [] }] as never }),
    ]);
    expect(await port.deleteSheets(["Styled", "Chart"], { onlyIfBlank: true })).toEqual([]);
  });

  it("never deletes a new workbook's only sheet", async () => {
    const { port } = await newWorkbook();
    expect(await port.deleteSheets(["Sheet1"], { onlyIfBlank: true })).toEqual([]);
  });
});
