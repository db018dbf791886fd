import { describe, it, expect } from "@jest/globals";
import { readTaskTable, cellBodies } from "../../../src/core/plan/task-table";
import { rowsFromCells } from "../../../src/core/plan/text-document";

const brief = (r: ReturnType<typeof readTaskTable>) =>
  r!.tasks.map((t) => [t.code, t.lead, t.coordinate, t.frequency, t.deadline]);

describe("task tables given as rows × cells", () => {
  it("group rows with numbering that restarts: codes get the group's label", () => {
    const r = readTaskTable(
      [
        ["Số TT", "Nội dung/nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"],
        ["I.", "Chuẩn bị"],
        ["1.", "Soạn đề cương", "Văn phòng Sở", "", "Tháng 3/2024"],
        ["2.", "Lấy ý kiến", "Văn phòng Sở", "- Các phòng chuyên môn\n- Thanh tra Sở", "Quý II/2024"],
        ["II.", "Triển khai"],
        ["1.", "Tập huấn", "Phòng Tổ chức", "Văn phòng Sở", "Trước 15/8/2024"],
      ],
      1,
      { year: 2024 },
    );
    expect(r!.sections.map((s) => s.title)).toEqual(["Chuẩn bị", "Triển khai"]);
    expect(brief(r)).toEqual([
      ["I.1", ["Văn phòng Sở"], [], "once", "2024-03-31"],
      ["I.2", ["Văn phòng Sở"], ["Các phòng chuyên môn", "Thanh tra Sở"], "once", "2024-06-30"],
      ["II.1", ["Phòng Tổ chức"], ["Văn phòng Sở"], "once", "2024-08-15"],
    ]);
  });

  it("a person column is not a lead, and a time column may come before the lead column", () => {
    const r = readTaskTable(
      [
        [
          "TT",
          "NHIỆM VỤ",
          "Thời hạn hoàn thành",
          "Lãnh đạo phụ trách",
          "Đơn vị chủ trì thực hiện",
          "Cơ quan, đơn vị phối hợp",
        ],
        ["A", "Việc được giao chủ trì"],
        ["1", "Đề án số hóa", "2025", "Phó Giám đốc Trần Văn Bình", "Phòng Kế hoạch", "Các đơn vị thuộc Sở"],
      ],
      1,
      {},
    );
    expect(brief(r)).toEqual([["1", ["Phòng Kế hoạch"], ["Các đơn vị thuộc Sở"], "once", "2025-12-31"]]);
  });

  it("a parent row (4.) lends its cells to its sub-rows (4.1, 4.2) and is not a task itself", () => {
    const r = readTaskTable(
      [
        ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
        ["3.", "Khảo sát", "Sở Nội vụ", "", "Năm 2024"],
        ["4.", "Số hóa hồ sơ", "Sở Tư pháp", "", "Quý II-IV/2024"],
        ["4.1", "Quét tài liệu", "", "", ""],
        ["4.2", "Nhập dữ liệu", "Trung tâm Lưu trữ", "", "Tháng 9/2024"],
      ],
      1,
      {},
    );
    expect(brief(r)).toEqual([
      ["3", ["Sở Nội vụ"], [], "once", "2024-12-31"],
      ["4.1", ["Sở Tư pháp"], [], null, "2024-12-31"],
      ["4.2", ["Trung tâm Lưu trữ"], [], "once", "2024-09-30"],
    ]);
  });

  it("empty body cells under a merged cell take the row above's bodies, within the group", () => {
    const r = readTaskTable(
      [
        ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
        ["1", "Tuyên truyền", "Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế tỉnh, thành phố", "Thường xuyên"],
        ["2", "Kiểm tra", "", "", "Hằng năm"],
      ],
      1,
      {},
    );
    expect(brief(r)).toEqual([
      ["1", ["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Y tế tỉnh, thành phố"], "ongoing", null],
      ["2", ["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Y tế tỉnh, thành phố"], "annual", null],
    ]);
  });

  it("cell bullets, names with commas, members listed after a label", () => {
    expect(cellBodies("- Sở Công Thương;\n- Các Vụ, VP bộ và Thanh tra bộ.")).toEqual([
      "Sở Công Thương",
      "Các Vụ",
      "VP bộ",
      "Thanh tra bộ",
    ]);
    expect(cellBodies("Cục Quản lý chất lượng, Sở Y tế tỉnh, thành phố")).toEqual([
      "Cục Quản lý chất lượng",
      "Sở Y tế tỉnh, thành phố",
    ]);
    expect(cellBodies("Ban Chỉ đạo số hóa\n(Tổ giúp việc)")).toEqual(["Ban Chỉ đạo số hóa (Tổ giúp việc)"]);
    expect(cellBodies("- Các phòng đầu mối: Tổ chức, Pháp chế, KH và TC; Văn phòng Sở")).toEqual([
      "Tổ chức",
      "Pháp chế",
      "KH và TC",
      "Văn phòng Sở",
    ]);
  });

  it("a table without a content and a lead column is not a task table", () => {
    expect(
      readTaskTable(
        [
          ["Số", "Họ tên", "Chức vụ"],
          ["1", "A", "B"],
        ],
        1,
        {},
      ),
    ).toBeNull();
  });
});

describe("two-level headers", () => {
  it("a Word table with 'Chủ trì | Phối hợp' under 'Cơ quan thực hiện' and 'Bắt đầu | Kết thúc' under 'Thời gian'", () => {
    const r = readTaskTable(
      [
        ["STT", "Nội dung công việc", "Cơ quan thực hiện", "", "Thời gian", ""],
        ["", "", "Chủ trì", "Phối hợp", "Bắt đầu", "Kết thúc"],
        ["1", "Kiểm kê rừng", "Sở Nông nghiệp và Môi trường", "UBND các xã", "01/3/2026", "30/9/2026"],
      ],
      1,
      {},
    );
    expect(brief(r)).toEqual([["1", ["Sở Nông nghiệp và Môi trường"], ["UBND các xã"], "once", "2026-09-30"]]);
  });

  it("the same header laid out as one cell per block in text", () => {
    const rows = rowsFromCells([
      "STT",
      "Nội dung",
      "Cơ quan thực hiện",
      "Thời gian",
      "Chủ trì",
      "Phối hợp",
      "Bắt đầu",
      "Kết thúc",
      "1",
      "Kiểm kê",
      "Sở Tài chính",
      "Kho bạc Nhà nước tỉnh",
      "3/2026",
      "Tháng 6/2026",
    ]);
    expect(rows[0]).toEqual(["STT", "Nội dung", "Chủ trì", "Phối hợp", "Bắt đầu", "Kết thúc"]);
    expect(brief(readTaskTable(rows, 1, {}))).toEqual([
      ["1", ["Sở Tài chính"], ["Kho bạc Nhà nước tỉnh"], "once", "2026-06-30"],
    ]);
  });

  it("one 'Cơ quan thực hiện' cell saying 'X chủ trì, phối hợp với Y'", () => {
    const r = readTaskTable(
      [
        ["TT", "Nhiệm vụ", "Cơ quan thực hiện", "Thời gian"],
        ["1", "Cập nhật bản đồ", "Sở Xây dựng chủ trì, phối hợp với Sở Tài chính", "Năm 2026"],
      ],
      1,
      {},
    );
    expect(brief(r)).toEqual([["1", ["Sở Xây dựng"], ["Sở Tài chính"], "once", "2026-12-31"]]);
  });
});

describe("more header variants", () => {
  it("result, note and form columns are read or ignored, a responsible person is not a lead", () => {
    const r = readTaskTable(
      [
        [
          "Số thứ tự",
          "Tên nhiệm vụ",
          "Hình thức văn bản",
          "Đơn vị thực hiện",
          "Người chịu trách nhiệm",
          "Tiến độ",
          "Kết quả dự kiến",
          "Ghi chú",
        ],
        [
          "1",
          "Quy chế phối hợp",
          "Quyết định",
          "Sở Nội vụ",
          "Ông Lê Văn An",
          "Quý I/2026",
          "Quy chế được ban hành",
          "",
        ],
      ],
      1,
      {},
    );
    expect(r!.tasks.map((t) => [t.code, t.lead, t.implement, t.deadline, t.product])).toEqual([
      ["1", ["Sở Nội vụ"], ["Sở Nội vụ"], "2026-03-31", "Quy chế được ban hành"],
    ]);
  });
});

describe("a two-level header whose merged cells are single cells", () => {
  it("parents take their sub-columns in order", () => {
    const r = readTaskTable(
      [
        ["STT", "Nội dung", "Cơ quan thực hiện", "Thời gian"],
        ["Chủ trì", "Phối hợp"],
        ["1", "Kiểm tra", "Thanh tra tỉnh", "Sở Nội vụ", "Quý IV/2026"],
      ],
      1,
      {},
    );
    expect(brief(r)).toEqual([["1", ["Thanh tra tỉnh"], ["Sở Nội vụ"], "once", "2026-12-31"]]);
  });
});
