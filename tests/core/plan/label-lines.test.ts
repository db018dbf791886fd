import { describe, it, expect } from "@jest/globals";
import { parsePlan } from "../../../src/core/plan/parse";

describe("per-task label lines", () => {
  const plan = parsePlan(
    "II. NHIỆM VỤ VÀ GIẢI PHÁP\n\n1. Hoàn thiện thể chế\n\n" +
      "a) Rà soát quy định về đất đai.\n\n- Cơ quan chủ trì: Sở Xây dựng.\n\n" +
      "- Cơ quan, tổ chức phối hợp: Văn phòng UBND tỉnh; các sở, ngành.\n\n- Thời gian thực hiện: Quý III/2025.\n\n" +
      "b) Ban hành quy chế.\n\n- Cơ quan thực hiện: Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp và Thanh tra tỉnh.\n\n" +
      "- Thời hạn hoàn thành: tháng 11/2025.\n\n" +
      "2. Nâng cao năng lực số\n\nTập huấn cho cán bộ cấp xã.\n\n" +
      "a) Cơ quan chủ trì: Sở Khoa học và Công nghệ.\n\nb) Sản phẩm: Báo cáo kết quả tập huấn.\n\n" +
      "c) Cơ quan, tổ chức phối hợp: Hội Nông dân tỉnh.\n\nd) Thời gian thực hiện: Hằng năm (từ năm 2025 đến năm 2030).\n",
  );
  it("lettered or bulleted labels give lead, coordinators, time and product; 'X chủ trì, phối hợp với Y' is split", () => {
    expect(plan.tasks.map((t) => [t.code, t.lead, t.coordinate, t.frequency, t.deadline, t.product])).toEqual([
      ["1.a", ["Sở Xây dựng"], ["Văn phòng UBND tỉnh", "các sở, ngành"], "once", "2025-09-30", null],
      ["1.b", ["Sở Nội vụ"], ["Sở Tư pháp", "Thanh tra tỉnh"], "once", "2025-11-30", null],
      ["2", ["Sở Khoa học và Công nghệ"], ["Hội Nông dân tỉnh"], "annual", null, "Báo cáo kết quả tập huấn"],
    ]);
    expect(plan.tasks[2]!.text).toMatch(/Tập huấn cho cán bộ cấp xã/u);
  });
});
