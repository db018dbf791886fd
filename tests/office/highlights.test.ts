import { describe, expect, it } from "@jest/globals";
import { installStandin } from "../office-standin/install";
import { createExcelPort } from "../../src/office/excel-port";
import { highlightRanges } from "../../src/office/highlights";

describe("cell fills: set and cleared in one batch", () => {
  it("clears every fill of the named sheets, and only of those, in one request", async () => {
    const excel = installStandin(["NB01 A", "NB02 B", "Khác"]);
    const port = createExcelPort();
    const fill = (sheet: string, r: number, c: number) => (excel.findSheet(sheet)!.cellForWrite(r, c).fill = "#FFC7CE");
    fill("NB01 A", 0, 0);
    fill("NB01 A", 5000, 200); // far outside any used range of values
    fill("NB02 B", 3, 3);
    fill("Khác", 1, 1);
    excel.resetCounters();
    await port.clearFills(["nb01 a", "NB02 B", "Không có"]);
    expect(excel.syncCount).toBe(2); // list the sheets, then one request with every clear
    const fills = Object.fromEntries(excel.snapshot().map((s) => [s.name, s.fills]));
    expect(fills).toEqual({ "NB01 A": {}, "NB02 B": {}, Khác: { B2: "#FFC7CE" } });
  });

  it("does nothing for no sheet, and refuses a protected sheet like Excel", async () => {
    const excel = installStandin(["NB01 A"]);
    const port = createExcelPort();
    excel.resetCounters();
    await port.clearFills([]);
    expect(excel.syncCount).toBe(0);
    excel.findSheet("NB01 A")!.protected = true;
    await expect(port.clearFills(["NB01 A"])).rejects.toThrow(/protected/);
  });

  it("colours after clearing: the new findings alone remain", async () => {
    const excel = installStandin(["NB01 A"]);
    const port = createExcelPort();
    await port.highlightCells([{ sheet: "NB01 A", cells: [{ cell: "C3", kind: "error" }] }]);
    await port.clearFills(["NB01 A"]);
    await port.highlightCells([{ sheet: "NB01 A", cells: [{ cell: "D4", kind: "warning" }] }]);
    expect(excel.snapshot()[0]!.fills).toEqual({ D4: "#FFEB9C" });
  });

  it("merges adjacent cells of one kind into rectangles", () => {
    const cells = ["B2", "C2", "B3", "C3"].map((cell) => ({ cell, kind: "error" as const }));
    expect(highlightRanges(cells)).toEqual([{ address: "B2:C3", kind: "error" }]);
  });
});
