/** Deleting and ordering sheets through the Office adapter, on the Excel stand-in. */
import { describe, expect, it } from "@jest/globals";
import { installStandin } from "../office-standin/install";
import { createExcelPort } from "../../src/office/excel-port";

function setUp(names: string[]) {
  const excel = installStandin(names);
  return { excel, port: createExcelPort() };
}
const tabs = (excel: ReturnType<typeof installStandin>) => excel.sheets.map((s) => s.name);

describe("arrangeSheets", () => {
  it("moves only what is out of place, in one request after the listing", async () => {
    const { excel, port } = setUp(["A", "NB 2", "B", "NB 1", "C"]);
    excel.resetCounters();
    await port.arrangeSheets(["A", "NB 1", "NB 2", "B", "C"]);
    expect(tabs(excel)).toEqual(["A", "NB 1", "NB 2", "B", "C"]);
    expect(excel.syncCount).toBe(2);
    excel.resetCounters();
    await port.arrangeSheets(["a", "nb 1", "NB 2", "B", "C"]);
    expect(excel.syncCount).toBe(1);
  });

  it("refuses an order that misses, repeats or invents a sheet, and moves nothing", async () => {
    const { excel, port } = setUp(["A", "B", "C"]);
    for (const bad of [
      ["C", "A"],
      ["C", "A", "A"],
      ["C", "B", "A", "D"],
      ["C", "B", "X"],
    ])
      await expect(port.arrangeSheets(bad)).rejects.toThrow(/every sheet/);
    expect(tabs(excel)).toEqual(["A", "B", "C"]);
  });

  it("orders hidden sheets too", async () => {
    const { excel, port } = setUp(["A", "_log", "B"]);
    excel.findSheet("_log")!.visibility = "VeryHidden";
    await port.arrangeSheets(["B", "A", "_log"]);
    expect(tabs(excel)).toEqual(["B", "A", "_log"]);
  });
});

describe("deleteSheets", () => {
  it("deletes the named sheets that exist in one request and says which", async () => {
    const { excel, port } = setUp(["A", "B", "C"]);
    excel.resetCounters();
    expect(await port.deleteSheets(["b", "nope", "C"])).toEqual(["B", "C"]);
    expect(tabs(excel)).toEqual(["A"]);
    expect(excel.syncCount).toBe(2);
    expect(await port.deleteSheets([])).toEqual([]);
  });

  it("never deletes the last visible sheet", async () => {
    const { excel, port } = setUp(["A", "H"]);
    excel.findSheet("H")!.visibility = "Hidden";
    expect(await port.deleteSheets(["A"])).toEqual([]);
    expect(await port.deleteSheets(["H", "A"])).toEqual(["H"]);
    expect(tabs(excel)).toEqual(["A"]);
  });

  it("with onlyIfBlank, keeps any sheet with a value, a formula, a format, a fill, a chart, a table, a pivot table or a shape", async () => {
    const marks: [string, (s: ReturnType<typeof installStandin>["sheets"][number]) => void][] = [
      ["value", (s) => (s.cellForWrite(9, 9).value = 0)],
      ["formula", (s) => (s.cellForWrite(0, 0).formula = "=1")],
      ["format", (s) => (s.cellForWrite(0, 0).numberFormat = "@")],
      ["fill", (s) => (s.cellForWrite(0, 0).fill = "#FFFF00")],
      ["chart", (s) => s.charts.push({ type: "Pie", source: "A1", title: "", position: null })],
      ["table", (s) => (s.objects.tables = 1)],
      ["pivot", (s) => (s.objects.pivotTables = 1)],
      ["shape", (s) => (s.objects.shapes = 1)],
    ];
    const { excel, port } = setUp(["Keep", "Blank", ...marks.map(([n]) => n)]);
    for (const [n, mark] of marks) mark(excel.findSheet(n)!);
    // a cell written and emptied again is blank, as in Excel
    excel.findSheet("Blank")!.cellForWrite(3, 3);
    expect(await port.deleteSheets(["Blank", ...marks.map(([n]) => n)], { onlyIfBlank: true })).toEqual(["Blank"]);
  });

  it("with onlyIfBlank, deletes nothing where the host cannot tell (ExcelApi < 1.4), and leaves shapes uncounted below 1.9", async () => {
    const old = setUp(["A", "B"]);
    old.excel.apiMinor = 3;
    expect(await old.port.deleteSheets(["B"], { onlyIfBlank: true })).toEqual([]);
    const mid = setUp(["A", "B"]);
    mid.excel.apiMinor = 8;
    expect(await mid.port.deleteSheets(["B"], { onlyIfBlank: true })).toEqual(["B"]);
  });
});
