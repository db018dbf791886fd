import { describe, it, expect } from "@jest/globals";
import { readTimePhrase } from "../../../src/core/plan/time";

describe("time phrases of plans", () => {
  const cases: [string, number | null, string | null, string | null][] = [
    ["Quý III/2023", null, "2023-09-30", "once"],
    ["tháng 11/2023", null, "2023-11-30", "once"],
    ["Tháng 7 năm 2023", null, "2023-07-31", "once"],
    ["trước ngày 30/6/2023", null, "2023-06-30", "once"],
    ["trước ngày 30/6", 2024, "2024-06-30", "once"],
    ["chậm nhất ngày 15 tháng 10", 2025, "2025-10-15", "once"],
    ["trước ngày 30/6", null, null, null],
    ["2026", null, "2026-12-31", "once"],
    ["Hằng năm (từ năm 2023 đến năm 2030)", null, null, "annual"],
    ["Từ năm 2024 đến năm 2026", null, "2026-12-31", null],
    ["Giai đoạn 2023 – 2025", null, "2025-12-31", null],
    ["Giai đoạn 2023-2028", null, "2028-12-31", null],
    ["Quý II-III/2024", null, "2024-09-30", null],
    ["Quý II, IV năm 2023", null, "2023-12-31", null],
    ["Tháng 6-7/2024", null, "2024-07-31", null],
    ["Từ ngày 20- 26/12/2023", null, "2023-12-26", null],
    ["Từ ngày 15/10 đến ngày 15/11/2023", null, "2023-11-15", null],
    ["Từ ngày 01/9/2024 đến trước ngày 30/9/2024", null, "2024-09-30", null],
    ["bố trí kinh phí chi thường xuyên", null, null, null],
    ["Thường xuyên", null, null, "ongoing"],
    ["định kỳ 01 năm", null, null, "annual"],
    ["Theo kế hoạch của Bộ Nội vụ", null, null, "per-regulation"],
    ["khi có đề nghị", null, null, "per-regulation"],
    ["hằng năm, trước ngày 15/12", 2024, null, "annual"],
  ];
  for (const [phrase, year, deadline, frequency] of cases) {
    it(`${phrase}${year ? ` (plan of ${year})` : ""}`, () => {
      const r = readTimePhrase(phrase, { year });
      expect([r.deadline, r.frequency]).toEqual([deadline, frequency]);
    });
  }
});
