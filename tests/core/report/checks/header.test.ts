import { describe, it, expect } from "@jest/globals";
import { checkHeader } from "../../../../src/core/report/checks/header";
import { brief, headerCell, only, runCheck, withFills } from "./run-check";

describe("checkHeader", () => {
  it("finds nothing in a complete header", () => {
    expect(runCheck(checkHeader, withFills({}))).toEqual([]);
  });

  it("makes a missing required field an error, a prefilled one too (issue 10: the header is the signed report)", () => {
    const f = runCheck(checkHeader, withFills({}, { header: { preparedBy: null, plan: "" } }));
    expect(brief(f)).toEqual([
      `error header-missing ${headerCell("plan")}`,
      `error header-missing ${headerCell("preparedBy")}`,
    ]);
    expect(f.map((i) => i.params)).toContainEqual({ field: "preparedBy", note: "", note_en: "" });
  });

  it("refuses a report date that does not exist, saying why", () => {
    const f = only(runCheck(checkHeader, withFills({}, { header: { reportDate: "31/02/2022" } })), "bad-date");
    expect(f).toMatchObject({
      severity: "error",
      cell: headerCell("reportDate"),
      field: "reportDate",
      value: "31/02/2022",
    });
    expect(f.params).toEqual({ field: "reportDate", value: "31/02/2022", reason: "invalid" });
  });

  it("says a date it cannot read is unrecognised", () => {
    const f = only(runCheck(checkHeader, withFills({}, { header: { reportDate: "tháng mười" } })), "bad-date");
    expect(f.params.reason).toBe("unrecognised");
  });

  it("flags a malformed e-mail as an error and a malformed phone as a warning", () => {
    const f = runCheck(checkHeader, withFills({}, { header: { email: "bao.cao@", phone: "12" } }));
    expect(brief(f)).toEqual([`error bad-email ${headerCell("email")}`, `warning bad-phone ${headerCell("phone")}`]);
    expect(only(f, "bad-email").params).toEqual({ value: "bao.cao@" });
    expect(only(f, "bad-phone").params).toEqual({ value: "12" });
  });
});
