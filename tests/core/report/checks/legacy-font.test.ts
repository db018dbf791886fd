import { describe, it, expect } from "@jest/globals";
import { checkLegacyFont } from "../../../../src/core/report/checks/legacy-font";
import { taskCell } from "../../../fixtures/deviations/grids";
import { content, headerCell, only, runCheck, withFills } from "./run-check";

describe("checkLegacyFont", () => {
  it("finds nothing in Unicode text", () => {
    expect(runCheck(checkLegacyFont, withFills({}))).toEqual([]);
  });

  it("points at a cell typed in TCVN3 (ABC), never repairing it", () => {
    const typed = "§· tæ chøc 12 héi nghÞ qu¸n triÖt";
    const f = only(runCheck(checkLegacyFont, withFills({ "1.1": { result: typed } })), "legacy-font");
    expect(f).toMatchObject({ severity: "error", cell: taskCell(content, "1.1", "result"), field: "result" });
    expect(f.params.encoding).toBe("TCVN3 (ABC)");
    expect(typed).toContain(f.params.sample);
    expect(f.value).toBe(f.params.sample);
  });

  it("looks at the header block too", () => {
    const f = only(
      runCheck(
        checkLegacyFont,
        withFills({}, { header: { preparedBy: "NguyÔn V¨n An, chuyªn viªn phßng B¶o trî x· héi" } }),
      ),
      "legacy-font",
    );
    expect(f.cell).toBe(headerCell("preparedBy"));
    expect(f.field).toBe("preparedBy");
  });
});
