/**
 * Required header fields: an empty one is an error however the reader found the value
 * elsewhere (the template's metadata, the file name), and the message says from where.
 */
import { describe, expect, it } from "@jest/globals";
import { checkWorkbook } from "../../../../src/core/report/pipeline";
import { formatIssue } from "../../../../src/core/report/summary";
import { CLEAN_FILLS, contentFor, filledGrid, standardContext } from "../../../fixtures/deviations/grids";

const missing = (wb: ReturnType<typeof filledGrid>) =>
  checkWorkbook({ wb }, standardContext()).issues.filter((i) => i.code === "header-missing");

describe("header-missing", () => {
  it("an empty Đơn vị báo cáo is an error when the metadata names the agency, and says so", () => {
    const [i, ...rest] = missing(filledGrid(contentFor(), CLEAN_FILLS, { header: { agency: null } }));
    expect(rest).toEqual([]);
    expect([i!.severity, i!.field, i!.cell]).toEqual(["error", "agency", "C4"]);
    expect(formatIssue(i!, "vi")).toBe(
      "Thiếu Đơn vị báo cáo ở phần đầu báo cáo: đây là trường bắt buộc, hãy điền vào. Giá trị đã được nhận ra từ trang thông tin ẩn của biểu mẫu (Sở Lao động - Thương binh và Xã hội) nhưng vẫn phải ghi ở phần đầu báo cáo.",
    );
    expect(formatIssue(i!, "en")).toContain(
      "The value was recognised from the template's hidden metadata sheet (Sở Lao động - Thương binh và Xã hội)",
    );
  });

  it("without metadata, the agency and year recognised from the file name are named as such", () => {
    const wb = filledGrid(contentFor(), CLEAN_FILLS, {
      meta: false,
      fileName: "BaoCao_So-LDTBXH_2022.xlsx",
      header: { agency: null, period: null },
    });
    const byField = new Map(missing(wb).map((i) => [i.field, i]));
    expect([...byField.keys()].sort()).toEqual(["agency", "period"]);
    for (const i of byField.values()) expect(i.severity).toBe("error");
    expect(formatIssue(byField.get("agency")!, "vi")).toContain("nhận ra từ tên tệp (Sở Lao động");
    expect(formatIssue(byField.get("period")!, "en")).toContain("recognised from the file name (2022)");
  });

  it("a field nobody could recognise has no note, and no placeholder shows", () => {
    const [i] = missing(filledGrid(contentFor(), CLEAN_FILLS, { header: { preparedBy: null } }));
    expect(formatIssue(i!, "vi")).toBe("Thiếu Người lập ở phần đầu báo cáo: đây là trường bắt buộc, hãy điền vào.");
    expect(formatIssue(i!, "en")).not.toMatch(/\{\w+\}/);
  });
});
