/**
 * A new workbook answers the first screen's questions without ExcelJS and loads the real file
 * port only when written to; from then on every call goes to it.
 */
import { describe, expect, it } from "@jest/globals";
import { createBlankPort } from "../../src/filehost/blank-port";
import { newWorkbook } from "../../src/filehost/open";
import type { ChangeKind, FilePort } from "../../src/filehost/workbook-port";

describe("the blank workbook port", () => {
  it("reads as one empty Sheet1 without loading, then hands over to the real port on the first write", async () => {
    let loads = 0;
    let real: FilePort | null = null;
    const port = createBlankPort(async () => {
      loads++;
      real = (await newWorkbook()).port;
      return real;
    });
    const changes: ChangeKind[] = [];
    port.onChange((k) => changes.push(k));
    expect(await port.listSheets()).toEqual([{ name: "Sheet1", visibility: "visible" }]);
    expect(await port.readSheets(["Danh bạ đơn vị", "_kehoach_plan"])).toEqual([]);
    expect(await port.readSheets(["sheet1"])).toEqual([{ name: "Sheet1", rows: [], state: "visible" }]);
    expect(loads).toBe(0);

    await Promise.all([
      port.writeSheets([{ name: "A", columns: [], rows: [{ cells: ["x"] }] }]),
      port.writeSheets([{ name: "B", columns: [], rows: [{ cells: [1] }] }]),
    ]);
    expect(loads).toBe(1);
    expect((await port.listSheets()).map((s) => s.name)).toEqual(["Sheet1", "A", "B"]);
    expect(await port.readSheets(["A"])).toEqual(await real!.readSheets(["A"]));
    await port.selectCell("A", "A1");
    expect(port.selection()).toEqual({ sheet: "A", cell: "A1" });
    expect(changes).toEqual(["write", "write", "select"]);
    expect([...(await port.save()).subarray(0, 2)]).toEqual([0x50, 0x4b]);
  });
});
