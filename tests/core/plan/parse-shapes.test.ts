import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { parsePlan } from "../../../src/core/plan/parse";
import { indexRoster } from "../../../src/core/roster/match";
import { KONTUM_ROSTER } from "../../../src/core/roster/default-kontum";
import { UserError } from "../../../src/core/errors";
import { findStatedDate } from "../../../src/core/plan/time";
import { splitBodies } from "../../../src/core/plan/names";

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/plans/${name}`, import.meta.url), "utf8");
const roster = indexRoster(KONTUM_ROSTER);
const brief = (code: string, plan: ReturnType<typeof parsePlan>) => {
  const t = plan.tasks.find((x) => x.code === code);
  if (!t) throw new Error(`task ${code} not found in ${plan.tasks.map((x) => x.code).join(",")}`);
  return {
    lead: t.lead,
    coordinate: t.coordinate,
    implement: t.implement,
    deadlineText: t.deadlineText,
    deadline: t.deadline,
    frequency: t.frequency,
  };
};

describe("plans that write 'Cơ quan chủ trì: … / Cơ quan phối hợp: …' lines", () => {
  const plan = parsePlan(fixture("agency-lines-chuyen-doi-so.txt"), { roster });

  it("reads the letterhead of a district plan", () => {
    expect(plan.meta).toMatchObject({
      number: "215/KH-UBND",
      date: "2023-03-05",
      issuer: "Ủy ban nhân dân huyện Đắk Hà",
      place: "Đắk Hà",
      signer: "Nguyễn Văn An",
    });
    expect(plan.shapes).toEqual(["agency-lines"]);
    expect(plan.sections.map((s) => s.code)).toEqual(["1", "2"]);
  });

  it("'-' bullets, ';' lists, 'Thường xuyên'", () => {
    expect(brief("1.1", plan)).toEqual({
      lead: ["Phòng Văn hóa và Thông tin huyện"],
      coordinate: ["Trung tâm Văn hóa - Thể thao và Truyền thông huyện", "Ủy ban nhân dân các xã, thị trấn"],
      implement: [],
      deadlineText: "Thường xuyên",
      deadline: null,
      frequency: "ongoing",
    });
  });

  it("'+' bullets with 'Đơn vị chủ trì' and a quarter: the last day of the quarter", () => {
    expect(brief("1.2", plan)).toMatchObject({
      lead: ["Phòng Nội vụ huyện"],
      deadlineText: "Quý II/2023",
      deadline: "2023-06-30",
      frequency: "once",
    });
  });

  it("lettered bullets; the assignment under 2.2 also covers 2.1 above it, which has none", () => {
    const expected = {
      lead: ["Văn phòng HĐND và UBND huyện"],
      coordinate: ["Phòng Tài chính - Kế hoạch huyện", "các cơ quan, đơn vị có liên quan"],
      implement: [],
      deadlineText: "trước ngày 30/6/2023",
      deadline: "2023-06-30",
      frequency: "once",
    };
    expect(brief("2.2", plan)).toEqual(expected);
    expect(brief("2.1", plan)).toEqual(expected);
  });

  it("'Cơ quan thực hiện' names implementers; 'Năm 2023' is due at the year's end", () => {
    expect(brief("2.3", plan)).toEqual({
      lead: ["Phòng Lao động - Thương binh và Xã hội huyện", "Ủy ban nhân dân các xã, thị trấn"],
      coordinate: [],
      implement: ["Phòng Lao động - Thương binh và Xã hội huyện", "Ủy ban nhân dân các xã, thị trấn"],
      deadlineText: "Năm 2023",
      deadline: "2023-12-31",
      frequency: "once",
    });
  });

  it("reads a quarterly report without a fixed day and a yearly one, and the focal point", () => {
    expect(plan.reporting.map((r) => [r.to, r.dueMonthDay, r.frequency])).toEqual([
      [["Phòng Văn hóa và Thông tin huyện"], null, "quarterly"],
      [["Ủy ban nhân dân huyện"], "12-15", "annual"],
    ]);
    expect(plan.focalPoint).toBe("Phòng Văn hóa và Thông tin huyện");
  });
});

describe("plans with the matrix in an appendix table pasted as text", () => {
  it("tab-separated, Roman group rows, empty cells under a merged cell, products", () => {
    const plan = parsePlan(fixture("appendix-tabs.txt"), { roster });
    expect(plan.shapes).toEqual(["appendix-table"]);
    expect(plan.sections).toEqual([
      { code: "1", title: "Hỗ trợ đầu tư hạ tầng" },
      { code: "2", title: "Hỗ trợ sinh kế" },
    ]);
    expect(plan.tasks.map((t) => [t.code, t.section])).toEqual([
      ["1", "1"],
      ["2", "1"],
      ["3", "2"],
      ["4", "2"],
      ["5", "2"],
      ["6", "2"],
    ]);
    expect(brief("1", plan)).toMatchObject({
      lead: ["Sở Kế hoạch và Đầu tư"],
      coordinate: ["Sở Tài chính", "Sở Lao động - Thương binh và Xã hội"],
      deadline: "2022-06-30",
      frequency: "once",
    });
    expect(plan.tasks[0]!.product).toBe("Quyết định phân bổ vốn");
    expect(brief("2", plan)).toMatchObject({ deadlineText: "trước 30/6/2022", deadline: "2022-06-30" });
    // Row 4 has empty body cells: they were one merged cell with row 3.
    expect(brief("4", plan)).toMatchObject({
      lead: ["Sở Nông nghiệp và Phát triển nông thôn"],
      coordinate: ["Ủy ban nhân dân các huyện, thành phố"],
      frequency: "annual",
    });
    expect(brief("5", plan)).toMatchObject({
      lead: ["Sở Thông tin và Truyền thông"],
      coordinate: ["Sở Văn hóa, Thể thao và Du lịch", "Đài Phát thanh - Truyền hình tỉnh"],
      frequency: "ongoing",
    });
    expect(brief("6", plan)).toMatchObject({ deadline: "2025-12-31" });
    expect(plan.reporting).toHaveLength(1);
    expect(plan.reporting[0]).toMatchObject({ dueMonthDay: "06-15", frequency: "semiannual" });
  });

  it("'|'-separated with a rule row, an empty cell, and a cell broken across two lines", () => {
    const plan = parsePlan(fixture("appendix-pipes.txt"), { roster });
    expect(plan.meta.issuer).toBe("Ủy ban nhân dân tỉnh Kon Tum");
    expect(plan.tasks.map((t) => t.code)).toEqual(["1", "2", "3"]);
    expect(brief("1", plan)).toMatchObject({
      lead: ["Sở Tư pháp"],
      coordinate: ["Sở Thông tin và Truyền thông", "Hội Liên hiệp Phụ nữ tỉnh"],
      frequency: "quarterly",
    });
    expect(brief("2", plan)).toMatchObject({ lead: ["Thanh tra tỉnh"], coordinate: [], deadline: "2024-12-31" });
    expect(plan.tasks[2]!.text).toBe("Tập huấn cho cán bộ làm công tác bình đẳng giới cấp huyện và cấp xã");
    expect(brief("3", plan)).toMatchObject({
      lead: ["Sở Lao động - TB&XH"],
      coordinate: ["UBND các huyện, thành phố"],
      frequency: "per-regulation",
    });
  });
});

describe("time phrases", () => {
  const cases: [string, string | null, string | null][] = [
    ["thường xuyên", null, "ongoing"],
    ["hằng năm", null, "annual"],
    ["hàng năm", null, "annual"],
    ["định kỳ 6 tháng", null, "semiannual"],
    ["hằng quý", null, "quarterly"],
    ["hằng tháng", null, "monthly"],
    ["theo quy định", null, "per-regulation"],
    ["theo yêu cầu", null, "per-regulation"],
    ["Hoàn thành trước ngày 10 tháng 02 năm 2022", "2022-02-10", "once"],
    ["trước 10/02/2022", "2022-02-10", "once"],
    ["Quý II/2023", "2023-06-30", "once"],
    ["Quý IV/2024", "2024-12-31", "once"],
    ["Năm 2025", "2025-12-31", "once"],
    ["triển khai thực hiện", null, null],
  ];
  for (const [phrase, deadline, frequency] of cases) {
    it(phrase, () => {
      const text = `II. NỘI DUNG\n1. Nhóm\n1.1. Việc cần làm.\n- Cơ quan chủ trì: Sở Tài chính.\n- Thời gian thực hiện: ${phrase}.\n`;
      const t = parsePlan(text).tasks[0]!;
      expect(t.deadline).toBe(deadline);
      expect(t.frequency).toBe(frequency);
      expect(t.deadlineText).toBe(phrase);
    });
  }
});

describe("texts that are not plans", () => {
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return e instanceof UserError ? e.key : "not a UserError";
    }
    return "no error";
  };
  it("empty text, binary text, text with no task, tasks without assignment", () => {
    expect(code(() => parsePlan(""))).toBe("plan.empty");
    expect(code(() => parsePlan("   \n \n"))).toBe("plan.empty");
    expect(code(() => parsePlan("PK\u0003\u0004\u0000\u0000binary"))).toBe("plan.notText");
    expect(code(() => parsePlan(fixture("not-a-plan.txt")))).toBe("plan.noTasks");
    expect(code(() => parsePlan("II. NỘI DUNG\n1. Nhóm một\n1.1. Việc một.\n1.2. Việc hai.\n"))).toBe(
      "plan.noAssignments",
    );
  });
  it("the error says what is wrong in Vietnamese and English", () => {
    expect(() => parsePlan("no task here")).toThrow(/Không tìm thấy nhiệm vụ/u);
    expect(() => parsePlan("no task here")).toThrow(/No task was found/);
  });
});

describe("which date is the deadline, and whether its day is still on time", () => {
  const cases: [string, string, "before" | "by"][] = [
    ["Hoàn thành trước ngày 10 tháng 02 năm 2022", "2022-02-10", "before"],
    ["trước 10/02/2022", "2022-02-10", "before"],
    ["Hoàn thành đến ngày 10/02/2022", "2022-02-10", "by"],
    ["chậm nhất ngày 31/12/2022", "2022-12-31", "by"],
    ["trước hoặc trong ngày 15/11/2022", "2022-11-15", "by"],
    ["Hoàn thành ngày 10/02/2022", "2022-02-10", "by"],
    ["Từ ngày 01/3/2022 đến ngày 30/6/2022", "2022-06-30", "by"],
    ["Triển khai từ tháng 3/2022, hoàn thành trước ngày 30/6/2022", "2022-06-30", "before"],
    ["Quý II/2023", "2023-06-30", "by"],
  ];
  for (const [phrase, iso, rule] of cases) {
    it(phrase, () => expect(findStatedDate(phrase)).toEqual({ iso, rule }));
  }
});

describe("lists of bodies", () => {
  const cases: [string, string[]][] = [
    ["Sở Nội vụ, Thanh tra tỉnh", ["Sở Nội vụ", "Thanh tra tỉnh"]],
    ["Sở Y tế, Công an tỉnh và các đơn vị có liên quan", ["Sở Y tế", "Công an tỉnh", "các đơn vị có liên quan"]],
    ["Ủy ban MTTQ Việt Nam tỉnh, Tỉnh đoàn", ["Ủy ban MTTQ Việt Nam tỉnh", "Tỉnh đoàn"]],
    ["Sở Văn hóa, Thể thao và Du lịch, Sở Y tế", ["Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế"]],
    [
      "Các sở, ban, ngành tỉnh; Ủy ban nhân dân các huyện, thành phố",
      ["Các sở, ban, ngành tỉnh", "Ủy ban nhân dân các huyện, thành phố"],
    ],
    ["Văn phòng HĐND và UBND huyện, Phòng Nội vụ huyện", ["Văn phòng HĐND và UBND huyện", "Phòng Nội vụ huyện"]],
    ["sở Công thương và Sơ Tài chính", ["Sở Công thương", "Sở Tài chính"]],
  ];
  for (const [list, bodies] of cases) it(list, () => expect(splitBodies(list)).toEqual(bodies));
});
