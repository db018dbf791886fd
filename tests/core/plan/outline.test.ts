import { describe, it, expect } from "@jest/globals";
import { buildOutline, fullText, type OutlineNode } from "../../../src/core/plan/outline";
import { isClosingLine } from "../../../src/core/plan/closing";

function find(nodes: OutlineNode[], code: string): OutlineNode | undefined {
  for (const n of nodes) {
    if (n.code === code) return n;
    const hit = find(n.children, code);
    if (hit) return hit;
  }
  return undefined;
}

describe("buildOutline: the closing of the document", () => {
  it("ends the last item at the recipients list, the signer and the footnotes", () => {
    const roots = buildOutline([
      "III. TỔ CHỨC THỰC HIỆN",
      "3. Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh: phối hợp tuyên truyền.",
      "Quá trình thực hiện có vướng mắc, báo cáo về Sở Nội vụ./.\nNơi nhận:\n- Bộ Nội vụ (b/c);",
      "- Lưu: VT.",
      "TM. ỦY BAN NHÂN DÂN",
      "KT. CHỦ TỊCH",
      "[1] Ban hành theo Quyết định số 363/QĐ-UBND.",
    ]);
    const item = find(roots, "3")!;
    expect(fullText(item)).toBe(
      "Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh: phối hợp tuyên truyền. Quá trình thực hiện có vướng mắc, báo cáo về Sở Nội vụ./.",
    );
  });

  it("resumes at the plan that a decision carries after its signature", () => {
    const roots = buildOutline([
      "Điều 3. Thủ trưởng các đơn vị chịu trách nhiệm thi hành Quyết định này./.",
      "Nơi nhận:",
      "- Như Điều 3;",
      "BỘ TRƯỞNG",
      "KẾ HOẠCH CỦA BỘ",
      "I. MỤC ĐÍCH, YÊU CẦU",
      "1. Cụ thể hóa các nhiệm vụ.",
    ]);
    const part = find(roots, "I")!;
    expect(part.kind).toBe("roman");
    expect(part.children.map((c) => c.text)).toEqual(["Cụ thể hóa các nhiệm vụ."]);
    // Nothing of the recipients or the signer was kept anywhere.
    const all = JSON.stringify(roots.map(fullText));
    expect(all).not.toMatch(/Như Điều 3|BỘ TRƯỞNG|KẾ HOẠCH CỦA BỘ/u);
  });

  it("keeps lines that only look like a closing when they are not at a line start", () => {
    const roots = buildOutline(["1. Gửi văn bản tới nơi nhận: các sở, ngành.", "Tiếp tục thực hiện."]);
    expect(fullText(find(roots, "1")!)).toBe("Gửi văn bản tới nơi nhận: các sở, ngành. Tiếp tục thực hiện.");
  });
});

describe("isClosingLine", () => {
  it("knows the signer's block as PDF text gives it: with or without a space, or broken after the abbreviation", () => {
    for (const line of ["TM. ỦY BAN NHÂN DÂN", "KT.CHỦ TỊCH", "  TM.", "Nơi nhận:"])
      expect(isClosingLine(line)).toBe(true);
    for (const line of ["TM. các sở", "Các sở TM. và KT.", "nơi nhận hồ sơ"]) expect(isClosingLine(line)).toBe(false);
  });
});
