import { describe, it, expect } from "@jest/globals";
import { readReporting } from "../../../src/core/plan/reporting";

const lines = (text: string) => text.split("\n");

describe("readReporting: who reports", () => {
  it("takes a list of heads as the bodies they speak for", () => {
    const [r] = readReporting(
      lines(
        "1. Giám đốc các sở, Thủ trưởng các ban, ngành, đơn vị liên quan; Giám đốc Công an tỉnh; Chỉ huy trưởng Bộ Chỉ huy quân sự tỉnh; Chủ tịch Ủy ban nhân dân các huyện căn cứ nội dung Kế hoạch tổ chức thực hiện; định kỳ hằng năm, báo cáo kết quả thực hiện gửi Ban An toàn giao thông tỉnh.",
      ),
    );
    expect(r!.from).toEqual([
      "Các sở",
      "Các ban, ngành, đơn vị liên quan",
      "Công an tỉnh",
      "Bộ Chỉ huy quân sự tỉnh",
      "Ủy ban nhân dân các huyện",
    ]);
    expect(r!.to).toEqual(["Ban An toàn giao thông tỉnh"]);
  });

  it("takes the subject from the sentence that introduces the list when an item has none", () => {
    const [r] = readReporting(
      lines(
        "Điều 2. Giao thủ trưởng các đơn vị thuộc Bộ:\n\n1. Chủ động phối hợp tổ chức thực hiện.\n\n2. Định kỳ hằng năm gửi báo cáo kết quả thực hiện về Bộ Giáo dục và Đào tạo trước ngày 20 tháng 12.",
      ),
    );
    expect(r!.from).toEqual(["Các đơn vị thuộc Bộ"]);
    expect(r!.dueMonthDay).toBe("12-20");
  });

  it("does not take a list of things that are not bodies as reporters", () => {
    const [r] = readReporting(
      lines("1. Tài liệu, số liệu, biểu mẫu căn cứ hướng dẫn; định kỳ hằng năm báo cáo về Sở Nội vụ."),
    );
    expect(r!.from).toEqual([]);
  });
});
