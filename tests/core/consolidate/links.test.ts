import { describe, expect, it } from "@jest/globals";
import { copyCell, copyStart, internalLink, type CopiesByFile } from "../../../src/core/consolidate/links";

describe("links into copies of report sheets", () => {
  const copies: CopiesByFile = new Map([["a.xlsx [NB01 Sở 'A']", { sheet: "NB01 Sở 'A'", of: "Báo cáo" }]]);

  it("quotes a copy whose name has an apostrophe, and names the cell in capitals", () => {
    const target = copyCell(copies, "a.xlsx [NB01 Sở 'A']", "Báo cáo", " c12");
    expect(target).toEqual({ sheet: "NB01 Sở 'A'", cell: "C12" });
    expect(internalLink(target!)).toBe("#'NB01 Sở ''A'''!C12");
  });

  it("leaves unlinked a finding on another sheet, of a file without a copy, or without a cell", () => {
    expect(copyCell(copies, "a.xlsx [NB01 Sở 'A']", "Hướng dẫn", "C3")).toBeNull();
    expect(copyCell(copies, "a.xlsx [NB02 Sở B]", "Báo cáo", "C3")).toBeNull();
    expect(copyCell(copies, "a.xlsx [NB01 Sở 'A']", "Báo cáo", "")).toBeNull();
    expect(copyCell(copies, "a.xlsx [NB01 Sở 'A']", "Báo cáo", "not a cell")).toBeNull();
  });

  it("links a file to the first cell of its copy", () => {
    expect(copyStart(copies, "a.xlsx [NB01 Sở 'A']")).toEqual({ sheet: "NB01 Sở 'A'", cell: "A1" });
    expect(copyStart(copies, "b.xlsx")).toBeNull();
  });
});
