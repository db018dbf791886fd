import { describe, it, expect } from "@jest/globals";
import { parsePlan } from "../../../src/core/plan/parse";
import type { Plan } from "../../../src/core/plan/model";

const head =
  "ỦY BAN NHÂN DÂN\nTỈNH AN PHÚ\n\nSố: 12/KH-UBND\n\nAn Phú, ngày 5 tháng 3 năm 2024\n\nKẾ HOẠCH\n\nThực hiện chương trình chuyển đổi số\n\n";
const rows = (p: Plan, kind: "task" | "duty") =>
  p.tasks
    .filter((t) => (t.kind ?? "task") === kind)
    .map((t) => [t.code, t.lead, t.coordinate, t.frequency, t.deadline]);

describe("assignment sentences at the head of numbered items", () => {
  const plan = parsePlan(
    head +
      "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Các sở, ngành triển khai đồng bộ.\n\n2. Bảo đảm tiến độ.\n\n" +
      "II. TỔ CHỨC THỰC HIỆN\n\n" +
      "1. Sở Nội vụ chủ trì, phối hợp với Sở Tài chính và các địa\nphương có liên quan xây dựng quy chế.\n\n" +
      "2. Công an tỉnh chủ trì, phối hợp Sở Tư pháp, sở, ngành liên quan rà soát thủ tục.\n\n" +
      "3. Sở Văn hóa, Thể thao và Du lịch phối hợp với Báo An Phú tuyên truyền thường xuyên trên các kênh.\n\n" +
      "4. Sở Tài chính: bố trí kinh phí chi thường xuyên cho các nhiệm vụ.\n\n" +
      "5. Sở Xây dựng hoàn thành bản đồ số trước ngày 30/9.\n",
  );
  it("reads lead and coordinators; the purpose section's items are not tasks", () => {
    expect(rows(plan, "task")).toEqual([
      ["II.1", ["Sở Nội vụ"], ["Sở Tài chính", "các địa phương có liên quan"], null, null],
      ["II.2", ["Công an tỉnh"], ["Sở Tư pháp", "sở, ngành liên quan"], null, null],
      ["II.3", ["Sở Văn hóa, Thể thao và Du lịch"], ["Báo An Phú"], "ongoing", null],
      ["II.4", ["Sở Tài chính"], [], null, null],
      ["II.5", ["Sở Xây dựng"], [], "once", "2024-09-30"],
    ]);
  });
});

describe("duties assigned per agency", () => {
  const plan = parsePlan(
    head +
      "II. NỘI DUNG\n\n1. Nâng cấp hạ tầng mạng.\n\n2. Đào tạo kỹ năng số.\n\n" +
      "III. PHÂN CÔNG TRÁCH NHIỆM\n\n" +
      "1. Sở Thông tin và Truyền thông\n\n- Chủ trì, phối hợp với các cơ quan, đơn vị liên quan triển khai Kế hoạch.\n\n- Hướng dẫn nghiệp vụ.\n\n" +
      "2. Sở Kế hoạch và Đầu tư, đề nghị Kho bạc Nhà nước tỉnh\n\nBố trí vốn theo khả năng cân đối.\n\n" +
      "3. UBND các xã: Tân Hòa, Phú Lâm, Long Điền\n\n- Tổ chức thực hiện tại địa phương.\n",
  );
  it("each agency's block is a duty it leads; a shared prefix names each body; content items are not tasks", () => {
    expect(rows(plan, "task")).toEqual([]);
    expect(rows(plan, "duty")).toEqual([
      ["III.1", ["Sở Thông tin và Truyền thông"], ["các cơ quan, đơn vị liên quan"], null, null],
      ["III.2", ["Sở Kế hoạch và Đầu tư", "Kho bạc Nhà nước tỉnh"], [], null, null],
      ["III.3", ["UBND xã Tân Hòa", "UBND xã Phú Lâm", "UBND xã Long Điền"], [], null, null],
    ]);
    expect(plan.shapes).toContain("agency-duties");
  });
});

describe("lettered items", () => {
  const plan = parsePlan(
    head +
      "II. NHIỆM VỤ\n\n1. Hoàn thiện thể chế\n\na) Rà soát văn bản.\n\nb) Sửa đổi quy chế.\n\n" +
      "III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Giáo dục và Đào tạo:\n\n" +
      "a) Chỉ đạo các trường tổ chức tuyên truyền.\n\n" +
      "b) Chỉ đạo các trường phối hợp với Công an xã kiểm tra.\n\n" +
      "đ) Chủ trì, phối hợp Sở Y tế và các cơ quan, đơn vị có liên quan tổng kết (hoàn thành trong Quý III/2024).\n\n" +
      "ê) Hằng năm, phối hợp với Sở Tài chính lập dự toán.\n\n" +
      "2. Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các cơ quan chủ trì các chương trình mục tiêu quốc gia lồng ghép nguồn vốn.\n",
  );
  it("under an agency heading they are its tasks; a content list is not; partners of a directed subordinate are not coordinators", () => {
    expect(rows(plan, "task")).toEqual([
      ["III.1.a", ["Sở Giáo dục và Đào tạo"], [], null, null],
      ["III.1.b", ["Sở Giáo dục và Đào tạo"], [], null, null],
      ["III.1.đ", ["Sở Giáo dục và Đào tạo"], ["Sở Y tế", "các cơ quan, đơn vị có liên quan"], "once", "2024-09-30"],
      ["III.1.ê", ["Sở Giáo dục và Đào tạo"], ["Sở Tài chính"], "annual", null],
      ["III.2", ["Sở Kế hoạch và Đầu tư"], ["các cơ quan chủ trì các chương trình mục tiêu quốc gia"], null, null],
    ]);
  });
});

describe("dated schedules", () => {
  const plan = parsePlan(
    head +
      "IV. TIẾN ĐỘ THỰC HIỆN\n\n" +
      "- Tháng 4 năm 2024: Ban hành hướng dẫn.\n\n" +
      "UBND các phường chủ động bố trí nhân lực.\n\n" +
      "- Từ ngày 10/5 đến ngày 20/6/2024: UBND các phường, Trung tâm Dữ liệu tỉnh thu thập số liệu.\n\n" +
      "- Từ ngày 01/7/2024 đến ngày 31/7/2024:\n\n" +
      "+ Phòng Thống kê (Sở Tài chính) tổng hợp số liệu.\n\n" +
      "+ Sở Nội vụ báo cáo kết quả.\n",
  );
  it("one task per step, the actor leads, a step without an actor is kept for review", () => {
    expect(rows(plan, "task")).toEqual([
      ["IV.1", [], [], "once", "2024-04-30"],
      ["IV.1#2", ["UBND các phường"], [], "once", "2024-04-30"],
      ["IV.2", ["UBND các phường", "Trung tâm Dữ liệu tỉnh"], [], null, "2024-06-20"],
      ["IV.3#1", ["Phòng Thống kê (Sở Tài chính)"], [], null, "2024-07-31"],
      ["IV.3#2", ["Sở Nội vụ"], [], null, "2024-07-31"],
    ]);
    expect(plan.tasks.find((t) => t.code === "IV.1")!.review).toBe("noLead");
    expect(plan.tasks.find((t) => t.code === "IV.1")!.text).toMatch(/Ban hành hướng dẫn/u);
    expect(plan.shapes).toContain("schedule");
  });
});

describe("what cannot be placed, and what is not a task", () => {
  const plan = parsePlan(
    head +
      "II. GIẢI PHÁP\n\n1. Truyền thông\n\nc) Các cơ quan báo chí trong tỉnh có chuyên mục về chuyển đổi số.\n\n" +
      "III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ rà soát thủ tục.\n\n" +
      "2. Chủ trì, phối hợp với các đơn vị liên quan xây dựng cơ sở dữ liệu dùng chung.\n",
  );
  it("an assignment whose lead is missing is kept for review with its text; a content list's sentence is not a task", () => {
    expect(plan.tasks.map((t) => [t.code, t.lead, t.review ?? null])).toEqual([
      ["III.1", ["Sở Tư pháp"], null],
      ["III.2", [], "noLead"],
    ]);
    expect(plan.tasks[1]!.text).toMatch(/xây dựng cơ sở dữ liệu dùng chung/u);
  });
});
