import { describe, expect, it } from "vitest";
import { compareReaders, tricky } from "./corpus";

describe("the direct reader gives the grids the ExcelJS reader gives", () => {
  it("on templates, a filled return and workbooks with every kind of value, cell by cell", async () => {
    const corpus = await tricky();
    expect(await compareReaders(corpus)).toBeGreaterThan(100);
  });
});
