import { describe, expect, it } from "@jest/globals";
import { parsePlan } from "../../../src/core/plan/parse";
import { textToDocument } from "../../../src/core/plan/text-document";
import { indexRoster } from "../../../src/core/roster/match";
import { KONTUM_ROSTER } from "../../../src/core/roster/default-kontum";

// Pasted without blank lines; the agency heading of II.1 is broken inside a name ("Việt" / "Nam").
const TEXT = [
  "KẾ HOẠCH",
  "Thực hiện công tác giảm nghèo năm 2024",
  "I. NỘI DUNG",
  "1. Rà soát hộ nghèo, hộ cận nghèo trên địa bàn.",
  "* Phân công thực hiện:",
  "Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Sở Tài chính triển khai thực hiện thường xuyên.",
  "2. Bố trí kinh phí thực hiện Kế hoạch.",
  "* Phân công thực hiện: Sở Tài chính chủ trì triển khai thực hiện.",
  "II. TỔ CHỨC THỰC HIỆN",
  "1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt",
  "Nam và Hội Liên hiệp Phụ nữ tỉnh: Phối hợp tuyên truyền",
  "nội dung Kế hoạch này đến hội viên.",
  "2. Báo Kon Tum",
  "Tuyên truyền kết quả thực hiện Kế hoạch.",
].join("\n");

describe("an agency heading broken across lines", () => {
  it("is not cut at the break: the next line continues the name", () => {
    const paras = textToDocument(TEXT).blocks.map((b) => (b.kind === "paragraph" ? b.text : ""));
    expect(paras).toContain(
      "1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt\nNam và Hội Liên hiệp Phụ nữ tỉnh: Phối hợp tuyên truyền\nnội dung Kế hoạch này đến hội viên.",
    );
    // a heading whose next line starts the duty stays alone, even when it ends in a capital word
    expect(paras).toContain("2. Báo Kon Tum");
  });

  it("gives one duty led by both whole bodies, besides the tasks of the content part", () => {
    const roster = indexRoster(KONTUM_ROSTER);
    const plan = parsePlan(TEXT, { roster });
    expect(plan.tasks.filter((t) => t.kind !== "duty").map((t) => t.lead)).toEqual([
      ["Sở Lao động - Thương binh và Xã hội"],
      ["Sở Tài chính"],
    ]);
    const duties = plan.tasks.filter((t) => t.kind === "duty");
    expect(duties.map((t) => t.lead)).toEqual([
      ["Ủy ban Mặt trận Tổ quốc Việt Nam", "Hội Liên hiệp Phụ nữ tỉnh"],
      ["Báo Kon Tum"],
    ]);
    // the level word the list ends with serves both bodies: the roster finds the province's MTTQ
    const m = roster.resolve("Ủy ban Mặt trận Tổ quốc Việt Nam");
    expect(m.kind === "agency" ? m.agency.id : m.kind).toBe("MTTQ");
  });
});
