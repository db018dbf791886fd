import { describe, it, expect } from "@jest/globals";
import { countAgencies } from "../../../src/core/consolidate/counts";
import { analyse } from "../../../src/core/consolidate/analyse";
import { checked, input, issue, submission } from "../../helpers/consolidate-builders";

describe("countAgencies", () => {
  it("counts timeliness, reporting agencies, errors and warnings in one pass", () => {
    const standing = (timeliness: "onTime" | "late" | "missing" | "notYetDue", errors = 0, warnings = 0) => ({
      timeliness,
      current: timeliness === "onTime" || timeliness === "late" ? {} : null,
      errors: Array.from({ length: errors }),
      warnings: Array.from({ length: warnings }),
    });
    expect(
      countAgencies([standing("onTime", 2, 1), standing("late", 0, 3), standing("missing"), standing("notYetDue")]),
    ).toEqual({
      mustReport: 4,
      reported: 2,
      onTime: 1,
      late: 1,
      missing: 1,
      notYetDue: 1,
      withErrors: 1,
      errors: 2,
      warnings: 4,
    });
  });

  it("is what the analysis carries, agreeing with its standings", () => {
    const a = analyse(
      input(
        [
          checked(submission("SKHDT", "a.xlsx"), [issue("a.xlsx", "SKHDT", "F14")]),
          checked(submission("STC", "b.xlsx", { reportDate: "2022-11-30" })),
        ],
        { asOf: "2022-12-01" },
      ),
    );
    const n = a.agencyCounts;
    expect(n.mustReport).toBe(a.agencies.length);
    expect(n.reported).toBe(2);
    expect(n.late).toBe(a.agencies.filter((s) => s.timeliness === "late").length);
    expect(n.late).toBeGreaterThan(0);
    expect(n.onTime + n.late + n.missing + n.notYetDue).toBe(n.mustReport);
    expect(n.errors).toBe(1);
    expect(n.withErrors).toBe(1);
  });
});
