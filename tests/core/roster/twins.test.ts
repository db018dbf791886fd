/**
 * Two communes whose names differ only in a mark ("Xã Đắk Ang" and "Xã Đăk Ang" are both in
 * Kon Tum): told apart by spelling, never confused, and a name without marks names neither.
 */
import { describe, expect, it } from "@jest/globals";
import type { Finding } from "../../../src/core/report/findings";
import { indexRoster } from "../../../src/core/roster/match";
import { pickTwin } from "../../../src/core/roster/twins";
import { testAgency } from "../../helpers/template-files";
import { checkIdentity } from "../../../src/core/report/checks/identity";
import { readLocated } from "../../../src/core/report/read";
import { filledGrid, standardContext, contentFor, CLEAN_FILLS } from "../../fixtures/deviations/grids";
import type { CheckContext } from "../../../src/core/report/context";
import { DEFAULT_SETTINGS } from "../../../src/core/report/context";

const DAK_ANG_SAC = testAgency("XDAKANG1", "Xã Đắk Ang", "UBND xã Đắk Ang", { kind: "district" });
const DAK_ANG_TRON = testAgency("XDAKANG2", "Xã Đăk Ang", "UBND xã Đăk Ang", { kind: "district" });
const roster = indexRoster({ agencies: [DAK_ANG_SAC, DAK_ANG_TRON], groups: [], openPhrases: [] });

describe("roster twins", () => {
  it("each spelling resolves to its own commune, in every written form", () => {
    expect(roster.agenciesFor("Xã Đắk Ang").map((a) => a.id)).toEqual(["XDAKANG1"]);
    expect(roster.agenciesFor("Xã Đăk Ang").map((a) => a.id)).toEqual(["XDAKANG2"]);
    expect(roster.agenciesFor("UBND xã Đăk Ang").map((a) => a.id)).toEqual(["XDAKANG2"]);
    expect(roster.agenciesFor("ủy ban nhân dân XÃ ĐẮK ANG").map((a) => a.id)).toEqual(["XDAKANG1"]);
    // NFD input (marks as separate code points) is the same spelling.
    expect(roster.agenciesFor("Xã Đắk Ang".normalize("NFD")).map((a) => a.id)).toEqual(["XDAKANG1"]);
  });
  it("a name that does not tell them apart names neither, rather than a guess", () => {
    expect(roster.resolve("Xa Dak Ang").kind).toBe("unknown");
    expect(pickTwin("Đắk Đăk Ang", [DAK_ANG_SAC, DAK_ANG_TRON])).toBeNull();
  });
  it("a roster without twins matches as before, marks or not", () => {
    const one = indexRoster({ agencies: [DAK_ANG_SAC], groups: [], openPhrases: [] });
    expect(one.agenciesFor("Xa Dak Ang").map((a) => a.id)).toEqual(["XDAKANG1"]);
  });
});

describe("identity check with twins in the roster", () => {
  const base = standardContext();
  const ctx: CheckContext = {
    ...base,
    roster: indexRoster({ ...base.roster.roster, agencies: [...base.agencies, DAK_ANG_SAC, DAK_ANG_TRON] }),
  };
  const run = (typed: string) => {
    const content = { ...contentFor(), agency: DAK_ANG_TRON };
    const wb = filledGrid(content, CLEAN_FILLS, { header: { agency: typed } });
    const read = readLocated(wb, ctx);
    return checkIdentity({ wb, submission: read.submission!, located: read.located!, ctx, settings: DEFAULT_SETTINGS });
  };
  it("no false agency-mismatch when the header spells the template's own commune", () => {
    expect(run("Xã Đăk Ang").map((i) => i.code)).toEqual([]);
    expect(run("UBND xã Đăk Ang").map((i) => i.code)).toEqual([]);
    expect(run("Xa Dak Ang").map((i) => i.code)).toEqual([]);
  });
  it("a real mismatch names two different agencies", () => {
    const issues = run("Xã Đắk Ang");
    expect(issues.map((i) => i.code)).toEqual(["agency-mismatch"]);
    const mismatch = issues[0] as Finding<"agency-mismatch">;
    expect([mismatch.params.value, mismatch.params.agency]).toEqual(["Xã Đắk Ang", "Xã Đăk Ang"]);
  });
});
