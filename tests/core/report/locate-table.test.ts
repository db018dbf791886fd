import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { isNumberingRow } from "../../../src/core/report/locate-table";
import { cellText } from "../../../src/core/report/values";
import type { Cell } from "../../../src/core/grid";

/** isNumberingRow as it was, with map, filter, some and every. */
function numberingRowBefore(row: Cell[]): boolean {
  const values = row.map(cellText).filter((t) => t !== "");
  if (values.length < 3) return false;
  const nums = values.map((t) => /^\(?(\d{1,2})\)?$/.exec(t));
  if (nums.some((m) => m === null)) return false;
  const n = nums.map((m) => Number(m![1]));
  return n.every((v, i) => i === 0 || v > n[i - 1]!);
}

describe("isNumberingRow", () => {
  it("knows the column numbering under a header, and nothing else", () => {
    expect(isNumberingRow([1, 2, 3, 4])).toBe(true);
    expect(isNumberingRow(["(1)", "(2)", null, "(3)"])).toBe(true);
    expect(isNumberingRow([1, 2])).toBe(false);
    expect(isNumberingRow([1, 3, 2])).toBe(false);
    expect(isNumberingRow([1, 1, 2])).toBe(false);
    expect(isNumberingRow(["1", "2", "Hoàn thành"])).toBe(false);
    expect(isNumberingRow([1, 2, 300])).toBe(false);
  });

  it("answers as the map/filter version did, for rows of any kind (with gaps, numbers, text, dates)", () => {
    const cell = fc.oneof(
      fc.integer({ min: 0, max: 120 }).map((n): Cell => n),
      fc.integer({ min: 0, max: 120 }).map((n): Cell => `(${n})`),
      fc.integer({ min: 0, max: 120 }).map((n): Cell => ` ${n} `),
      fc.constantFrom<Cell>(null, "", " ", "a", "1.5", 1.5, true, { kind: "date", serial: 44880 }),
    );
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 9 }), fc.array(fc.nat(8), { maxLength: 3 }), (cells, holes) => {
        const row = [...cells];
        for (const h of holes) if (h < row.length) delete row[h];
        expect(isNumberingRow(row)).toBe(numberingRowBefore(row));
      }),
      { numRuns: 3000 },
    );
  });
});
