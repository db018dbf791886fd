/** restoreRoster: a roster JSON the user edited, completed with defaults or refused with where and what (B7). */
import { describe, expect, it } from "@jest/globals";
import { restoreRoster } from "../../../src/core/roster/restore";
import { indexRoster } from "../../../src/core/roster/match";
import { KONTUM_ROSTER } from "../../../src/core/roster/default-kontum";
import { isUserError } from "../../../src/core/errors";

function problem(data: unknown): string {
  try {
    restoreRoster(data, "danh-ba.json");
  } catch (e) {
    if (isUserError(e)) return e.message;
    throw e;
  }
  throw new Error("accepted");
}

describe("restoreRoster", () => {
  it("fills the optional fields, so the matching works on a minimal roster", () => {
    const r = restoreRoster(
      {
        agencies: [
          { id: "SYT", name: "Sở Y tế" },
          { id: "MTTQ", name: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", kind: "organisation" },
          { id: "UBT", name: "Ủy ban nhân dân tỉnh", kind: "external" },
          { id: "HDT", name: "Hội Đông y tỉnh", kind: "organisation", reports: true },
        ],
        groups: [{ id: "G", name: "Các sở, ngành", members: ["SYT"] }],
      },
      "danh-ba.json",
    );
    expect(r.agencies[0]).toEqual({
      id: "SYT",
      name: "Sở Y tế",
      short: "Sở Y tế",
      aliases: [],
      kind: "department",
      email: "",
      reports: true,
    });
    expect(r.agencies.map((a) => a.reports)).toEqual([true, false, false, true]);
    expect(r.openPhrases).toEqual([]);
    const idx = indexRoster(r);
    expect(idx.resolve("Sở Y tế").kind).toBe("agency");
    expect(idx.agenciesFor("Các sở, ngành").map((a) => a.id)).toEqual(["SYT"]);
  });

  it("keeps the default roster as it is", () => {
    expect(restoreRoster(JSON.parse(JSON.stringify(KONTUM_ROSTER)), "x")).toEqual(KONTUM_ROSTER);
  });

  it("names the file, the agency index and the field, in Vietnamese and English", () => {
    const m = problem({
      agencies: [
        { id: "A", name: "Sở A" },
        { id: 7, name: "Sở B" },
      ],
    });
    expect(m).toContain("danh-ba.json");
    expect(m).toContain('agencies[1]: "id" phải là chuỗi');
    expect(m).toContain('"id" must be a string');
    expect(problem({ agencies: [{ name: "Sở A" }] })).toContain('agencies[0]: thiếu trường "id"');
    expect(problem({ agencies: [{ id: "A", name: "  " }] })).toContain('agencies[0]: "name" đang để trống');
    expect(problem({ agencies: [{ id: "A", name: "Sở A", aliases: "Sở A" }] })).toContain(
      '"aliases" phải là mảng chuỗi',
    );
    expect(problem({ agencies: [{ id: "A", name: "Sở A", kind: "ministry" }] })).toContain('"kind" phải là một trong');
    expect(
      problem({
        agencies: [
          { id: "A", name: "Sở A" },
          { id: "A", name: "Sở A2" },
        ],
      }),
    ).toContain('mã "A" bị trùng');
    expect(
      problem({ agencies: [{ id: "A", name: "Sở A" }], groups: [{ id: "G", name: "Nhóm", members: ["B"] }] }),
    ).toContain('groups[0]: thành viên "B"');
    expect(problem([])).toContain("agencies");
    expect(problem({ agencies: {} })).toContain("agencies[] missing");
  });
});
