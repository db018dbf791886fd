import { describe, it, expect } from "@jest/globals";
import { rosterFromPlan, shortName } from "../../../src/core/roster/from-plan";
import { parsePlan } from "../../../src/core/plan/parse";
import { KONTUM_ROSTER } from "../../../src/core/roster/default-kontum";
import { KONTUM_4587_TEXT } from "../../../src/core/plan/kontum-4587.text";
import { indexRoster } from "../../../src/core/roster/match";
import { buildMatrix } from "../../../src/core/matrix";

const otherProvince = parsePlan(
  "II. TỔ CHỨC THỰC HIỆN\n\n" +
    "1. Sở Nội vụ chủ trì, phối hợp với Trung tâm Phục vụ hành chính công và các cơ quan có liên quan tổ chức khảo sát.\n\n" +
    "2. Bưu điện tỉnh phối hợp với Sở Nội vụ phát phiếu khảo sát.\n\n" +
    "3. UBND các xã: Hòa Bình, Tân Lập\n\n- Tuyên truyền tại địa phương.\n\n" +
    "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tham gia giám sát.\n\n" +
    "5. Sở Nội vụ định kỳ hằng năm báo cáo Ủy ban nhân dân tỉnh trước ngày 20 tháng 11.\n",
);

describe("a roster started from the plan", () => {
  it("the Kon Tum roster stays the roster of plan 4587", () => {
    const r = rosterFromPlan(parsePlan(KONTUM_4587_TEXT), KONTUM_ROSTER);
    expect(r.fromPlan).toBe(false);
    expect(r.roster).toBe(KONTUM_ROSTER);
  });

  it("a plan whose bodies the base roster mostly lacks gets one row per body, de-duplicated, e-mail empty", () => {
    const r = rosterFromPlan(otherProvince, KONTUM_ROSTER);
    expect(r.fromPlan).toBe(true);
    expect(r.roster.agencies.map((a) => [a.name, a.short, a.kind, a.email, a.reports])).toEqual([
      ["Sở Nội vụ", "Sở Nội vụ", "department", "", true],
      ["Trung tâm Phục vụ hành chính công", "Trung tâm Phục vụ hành chính công", "department", "", true],
      ["Bưu điện tỉnh", "Bưu điện tỉnh", "department", "", true],
      ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban MTTQ tỉnh", "organisation", "", true],
      ["UBND xã Hòa Bình", "UBND xã Hòa Bình", "local", "", true],
      ["UBND xã Tân Lập", "UBND xã Tân Lập", "local", "", true],
      ["Ủy ban nhân dân tỉnh", "UBND tỉnh", "external", "", false],
    ]);
    expect(r.roster.openPhrases.map((p) => p.name)).toEqual(["các cơ quan có liên quan"]);
    expect(new Set(r.roster.agencies.map((a) => a.id)).size).toBe(r.roster.agencies.length);
    // every definite body of the plan now has a row: nothing is "unmatched"
    expect(buildMatrix(otherProvince, indexRoster(r.roster)).unmatched).toEqual([]);
  });

  it("proposes the short names officials write", () => {
    expect(shortName("Sở Lao động - Thương binh và Xã hội")).toBe("Sở LĐTBXH");
    expect(shortName("Sở Văn hóa, Thể thao và Du lịch")).toBe("Sở VHTTDL");
    expect(shortName("Ủy ban nhân dân các huyện, thị xã, thành phố")).toBe("UBND các huyện, thị xã, thành phố");
  });
});
