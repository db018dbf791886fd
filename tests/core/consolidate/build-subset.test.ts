import { describe, expect, it } from "@jest/globals";
import {
  SUMMARY_SHEET_KEYS,
  buildSummarySheets,
  buildSummaryWithDetails,
  summarySheetNames,
} from "../../../src/core/consolidate/build";
import { analyse } from "../../../src/core/consolidate/analyse";
import { checked, input, issue, submission } from "../../helpers/consolidate-builders";

/** The pane builds only the sheets a step writes: each must equal the same sheet of the whole summary. */
describe("buildSummarySheets", () => {
  const sub = submission("SKHDT", "skhdt.xlsx");
  const data = input([checked(sub, [issue("skhdt.xlsx", "SKHDT", "F14")])]);
  const copies = new Map([["skhdt.xlsx", { sheet: "NB01 Sở KHĐT", of: sub.sheet }]]);
  const whole = buildSummaryWithDetails(data, { copies });

  it("builds each sheet alone exactly as the whole summary has it, links included", () => {
    const a = analyse(data);
    for (const key of SUMMARY_SHEET_KEYS) {
      const [alone, ...rest] = buildSummarySheets(a, [key], copies);
      expect(rest).toEqual([]);
      expect(alone).toEqual(whole.sheets.find((s) => s.name === alone!.name));
    }
  });

  it("keeps the workbook's order whatever the order asked, and builds all of them by default", () => {
    const a = analyse(data);
    const names = buildSummarySheets(a, ["summary.sheet.log", "summary.sheet.tasks"]).map((s) => s.name);
    expect(names).toEqual([summarySheetNames()[0], summarySheetNames().at(-1)]);
    expect(buildSummarySheets(a).map((s) => s.name)).toEqual(summarySheetNames());
    expect(buildSummarySheets(a, [])).toEqual([]);
  });
});
