import { describe, expect, it } from "@jest/globals";
import { splitWideNames, splitWideSheet, MAX_COLUMNS } from "../../../src/core/consolidate/split-wide";
import type { OutSheet } from "../../../src/core/sheet-model";

function wide(agencies: number): OutSheet {
  const ids = Array.from({ length: agencies }, (_, i) => `A${i}`);
  return {
    name: "Ma trận",
    columns: [{ width: 6 }, { width: 56 }, ...ids.map(() => ({ width: 4.5 }))],
    rows: [
      { cells: ["Tiêu đề"], style: "title" },
      {
        cells: ["Mã", "Nhiệm vụ", ...ids],
        style: "header",
        cellLayout: ["x", "y", ...ids].map(() => ({ rotate: 90 })),
      },
      {
        cells: ["1.1", "Việc", ...ids.map((_, i) => (i % 3 ? "CT" : null))],
        cellStyles: ["text", "good", ...ids.map(() => "good" as const)],
      },
    ],
    freeze: { rows: 2, cols: 2 },
    merges: [`A1:${"Z"}1`],
  };
}

describe("splitWideSheet", () => {
  it("leaves a sheet that fits Excel's columns as it is", () => {
    const s = wide(40);
    expect(splitWideSheet(s, 2)).toEqual([s]);
  });

  it("splits past the limit into equal parts that each repeat the leading columns and keep every agency once", () => {
    const s = wide(25);
    const parts = splitWideSheet(s, 2, 10);
    expect(parts.map((p) => p.name)).toEqual(["Ma trận (1)", "Ma trận (2)", "Ma trận (3)", "Ma trận (4)"]);
    for (const p of parts) {
      expect(p.columns.length).toBeLessThanOrEqual(10);
      expect(p.rows[1]!.cells.slice(0, 2)).toEqual(["Mã", "Nhiệm vụ"]);
      expect(p.rows[2]!.cellStyles!.length).toBe(p.rows[2]!.cells.length);
      expect(p.rows[1]!.cellLayout!.length).toBe(p.rows[1]!.cells.length);
      expect(p.merges!.every((m) => /^A1:[A-J]1$/.test(m))).toBe(true);
    }
    const agencies = parts.flatMap((p) => p.rows[1]!.cells.slice(2));
    expect(agencies).toEqual(s.rows[1]!.cells.slice(2));
    // the role of each agency stays under it
    const roles = parts.flatMap((p) => p.rows[2]!.cells.slice(2));
    expect(roles).toEqual(s.rows[2]!.cells.slice(2));
  });

  it("never passes 16,384 columns, for 20,000 agencies", () => {
    const parts = splitWideSheet(wide(20_000), 2);
    expect(parts.length).toBe(2);
    for (const p of parts) expect(p.columns.length).toBeLessThanOrEqual(MAX_COLUMNS);
  });
});

describe("splitWideNames", () => {
  it("names the parts before the sheet is built exactly as splitting the built sheet does", () => {
    for (let agencies = 1; agencies <= 40; agencies++)
      for (const max of [5, 10, 16]) {
        const built = splitWideSheet(wide(agencies), 2, max).map((p) => p.name);
        expect([agencies, max, splitWideNames("Ma trận", agencies + 2, 2, max)]).toEqual([agencies, max, built]);
      }
    expect(splitWideNames("Ma trận", MAX_COLUMNS, 2)).toEqual(["Ma trận"]);
    expect(splitWideNames("Ma trận", MAX_COLUMNS + 1, 2)).toEqual(["Ma trận (1)", "Ma trận (2)"]);
  });
});
