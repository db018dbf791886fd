/**
 * Text typed in a legacy font encoding inside an .xlsx is reported cell by cell (a CSV in such
 * an encoding is refused whole by the reader; see csv-read.test.ts).
 */
import { describe, expect, test } from "@jest/globals";
import { checkWorkbook } from "../../../src/core/report/pipeline";
import { CLEAN_FILLS, contentFor, filledGrid, standardContext, taskCell } from "../../fixtures/deviations/grids";

const content = contentFor();

describe("legacy font encodings in a workbook", () => {
  test("a result typed in TCVN3 (ABC) is an error at its cell, with the encoding named", () => {
    // "Đã hoàn thành kế hoạch tập huấn" typed with a .VnTime font.
    const tcvn3 = "§· hoµn thµnh kÕ ho¹ch tËp huÊn";
    const wb = filledGrid(content, { ...CLEAN_FILLS, "1.1": { ...CLEAN_FILLS["1.1"], result: tcvn3 } });
    const issues = checkWorkbook({ wb }, standardContext()).issues.filter((i) => i.code === "legacy-font");
    expect(issues.map((i) => [i.severity, i.cell, i.params.encoding])).toEqual([
      ["error", taskCell(content, "1.1", "result"), "TCVN3 (ABC)"],
    ]);
  });

  test("ordinary Unicode Vietnamese is not flagged", () => {
    const wb = filledGrid(content, {
      ...CLEAN_FILLS,
      "1.1": { ...CLEAN_FILLS["1.1"], result: "Đã hoàn thành kế hoạch tập huấn (đạt 100%) × 3 lớp" },
    });
    expect(checkWorkbook({ wb }, standardContext()).issues.filter((i) => i.code === "legacy-font")).toEqual([]);
  });
});
