import { describe, it, expect } from "@jest/globals";
import { parsePlan, parsePlanDocument } from "../../../src/core/plan/parse";
import { planCounts } from "../../../src/core/plan/summary";
import { planToJson } from "../../../src/core/plan/export";
import { UserError } from "../../../src/core/errors";
import { tBoth } from "../../../src/core/i18n";
import type { PlanDocument } from "../../../src/core/plan/document";

const errorKey = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return e instanceof UserError ? e.key : "not a UserError";
  }
  return "no error";
};

describe("parsePlanDocument: the entry for every file form", () => {
  const doc: PlanDocument = {
    source: "docx",
    blocks: [
      { kind: "paragraph", text: "ỦY BAN NHÂN DÂN\nTỈNH BẮC SƠN" },
      { kind: "paragraph", text: "Bắc Sơn, ngày 2 tháng 4 năm 2024" },
      { kind: "paragraph", text: "II. NHIỆM VỤ CỤ THỂ" },
      {
        kind: "table",
        rows: [
          ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành"],
          ["1", "Xây dựng cơ sở dữ liệu", "Sở Tài nguyên và Môi trường", "Sở Tư pháp", "trước ngày 31/10"],
          ["2", "Công bố danh mục", "", "", "Quý IV/2024"],
        ],
      },
      { kind: "paragraph", text: "III. TỔ CHỨC THỰC HIỆN" },
      {
        kind: "paragraph",
        text: "Các sở, ngành định kỳ hằng năm báo cáo kết quả về Ủy ban nhân dân tỉnh (qua Sở Tư pháp) trước ngày 10 tháng 12.",
      },
    ],
  };
  const plan = parsePlanDocument(doc);
  it("reads a Word table as a table, with the plan's year for dates without one", () => {
    expect(plan.tasks.map((t) => [t.code, t.lead, t.coordinate, t.deadline])).toEqual([
      ["1", ["Sở Tài nguyên và Môi trường"], ["Sở Tư pháp"], "2024-10-31"],
      ["2", ["Sở Tài nguyên và Môi trường"], ["Sở Tư pháp"], "2024-12-31"],
    ]);
    expect(plan.reporting.map((r) => r.dueMonthDay)).toEqual(["12-10"]);
  });
});

describe("never all-or-nothing", () => {
  it("a row whose lead cannot be found is kept, marked for review, with its source text", () => {
    const plan = parsePlan(
      "STT\tNội dung\tĐơn vị chủ trì\tThời gian\n1\tKiểm kê tài sản\t\t2024\n2\tThanh lý\tSở Tài chính\t2025\n",
    );
    const first = plan.tasks[0]!;
    expect([first.code, first.review, first.text]).toEqual(["1", "noLead", "Kiểm kê tài sản"]);
    expect(plan.tasks[1]!.review ?? null).toBeNull();
    expect(planCounts(plan)).toEqual({ tasks: 2, duties: 0, review: 1, reporting: 0 });
    const json = planToJson(plan) as { tasks: { review: unknown }[] };
    expect(json.tasks[0]!.review).toEqual({ vi: "cần xem lại", reason: "noLead" });
  });

  it("a text with reporting clauses but no task is read, not refused", () => {
    const plan = parsePlan(
      "III. TỔ CHỨC THỰC HIỆN\n\n1. Các cơ quan, đơn vị định kỳ hằng năm gửi báo cáo về Sở Nội vụ trước ngày 15 tháng 11.\n",
    );
    expect(plan.tasks).toEqual([]);
    expect(plan.reporting.map((r) => [r.dueMonthDay, r.to])).toEqual([["11-15", ["Sở Nội vụ"]]]);
  });

  it("refuses, in both languages, only a text with no plan in it", () => {
    expect(errorKey(() => parsePlan("Biên bản cuộc họp ngày 3/4.\nCác bên đã thống nhất nội dung."))).toBe(
      "plan.noTasks",
    );
    // numbered content with no assignment anywhere: found, but nothing to track
    expect(errorKey(() => parsePlan("I. MỤC ĐÍCH\n\n1. Nâng cao nhận thức.\n\n2. Tăng cường kỷ luật.\n"))).toBe(
      "plan.noAssignments",
    );
  });

  it("the summary message says what was found, Vietnamese first", () => {
    const msg = tBoth("plan.summary", { tasks: 18, duties: 0, review: 3, reporting: 2 });
    expect(msg).toMatch(/18 nhiệm vụ, 0 nhiệm vụ giao theo đơn vị, 3 cần xem lại, 2 nghĩa vụ báo cáo/u);
    expect(msg).toMatch(/18 tasks, 0 agency duties, 3 to review, 2 reporting obligations/u);
  });
});

describe("the JSON other tools read", () => {
  it("lists agency duties apart from tasks, each row with its kind", () => {
    const plan = parsePlan(
      "III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế chủ trì, phối hợp với Sở Tài chính kiểm tra an toàn thực phẩm.\n\n" +
        "2. Công an tỉnh\n\n- Phối hợp với Sở Y tế xử lý vi phạm.\n",
    );
    const json = planToJson(plan) as {
      tasks: { code: string; kind: string }[];
      agency_duties: { code: string; kind: string; lead: string[]; coordinate: string[] }[];
    };
    expect(json.tasks.map((t) => [t.code, t.kind])).toEqual([["1", "task"]]); // bare numbers: nothing else is numbered alike
    expect(json.agency_duties.map((d) => [d.code, d.kind, d.lead, d.coordinate])).toEqual([
      ["2", "duty", ["Công an tỉnh"], ["Sở Y tế"]],
    ]);
  });
});
