import { describe, expect, it } from "@jest/globals";
import {
  agenciesToReport,
  buildTemplate,
  deadlineCellText,
  dueText,
  periodLabel,
  templateFileName,
} from "../../../src/core/template/build";
import { fingerprintPrefilled, fnv1a64 } from "../../../src/core/template/fingerprint";
import { HDAKHA, SLDTBXH, STC, standardCase, testAgency, testMatrix } from "../../helpers/template-files";

describe("buildTemplate", () => {
  it("lists the tasks the agency leads first, then those it coordinates, with role labels", () => {
    const { plan, matrix } = standardCase();
    const c = buildTemplate(plan, matrix, SLDTBXH, "2022");
    expect(c.rows.map((r) => [r.no, r.taskCode, r.roleCode, r.role])).toEqual([
      [1, "1.1", "CT", "Chủ trì"],
      [2, "2.1", "CT", "Chủ trì"],
      [3, "1.2", "PH", "Phối hợp"],
    ]);
    expect(c.planNumber).toBe("4587/KH-UBND");
    expect(c.periodLabel).toBe("Năm 2022");
    expect(c.dueText).toBe("trước ngày 15/11/2022");
  });

  it("marks implementers as Thực hiện and keeps the plan's deadline phrase", () => {
    const { plan, matrix } = standardCase();
    const c = buildTemplate(plan, matrix, HDAKHA, "2022");
    expect(c.rows).toHaveLength(1);
    expect(c.rows[0]).toMatchObject({ taskCode: "3.1", role: "Thực hiện", deadline: "Hằng năm" });
    const s = buildTemplate(plan, matrix, SLDTBXH, "2022");
    expect(s.rows.find((r) => r.taskCode === "2.1")!.deadline).toBe("Hoàn thành trước ngày 10 tháng 02 năm 2022");
  });

  it("keeps the strongest role when an agency is named twice in a task", () => {
    const { plan } = standardCase();
    const m = testMatrix(
      plan,
      [STC],
      [
        ["1.1", "STC", "PH"],
        ["1.1", "STC", "CT"],
      ],
    );
    const c = buildTemplate(plan, m, STC, "2022");
    expect(c.rows.map((r) => r.roleCode)).toEqual(["CT"]);
  });

  it("names only reporting agencies that have tasks", () => {
    const { plan, matrix } = standardCase();
    const idle = testAgency("SYT", "Sở Y tế", "Sở Y tế");
    const outside = testAgency("UBT", "Ủy ban nhân dân tỉnh", "UBND tỉnh", { kind: "external", reports: false });
    const m = {
      ...matrix,
      agencies: [...matrix.agencies, idle, outside],
      assignments: [...matrix.assignments, { taskCode: "1.1", agencyId: "UBT", role: "PH" as const, via: "" }],
    };
    expect(agenciesToReport(m).map((a) => a.id)).toEqual(["SLDTBXH", "STC", "HDAKHA"]);
    void plan;
  });
});

describe("small helpers", () => {
  it("file names are ASCII and follow plan_period_agency", () => {
    expect(templateFileName("4587/KH-UBND", "2022", SLDTBXH)).toBe("4587-KH-UBND_2022_So-LDTBXH.xlsx");
    expect(templateFileName("4587/KH-UBND", "2022", HDAKHA)).toBe("4587-KH-UBND_2022_UBND-huyen-Dak-Ha.xlsx");
  });
  it("deadline text falls back to the date, then the frequency", () => {
    expect(deadlineCellText({ deadlineText: null, deadline: "2022-02-09", frequency: "once" })).toBe("09/02/2022");
    expect(deadlineCellText({ deadlineText: "  thường   xuyên ", deadline: null, frequency: "ongoing" })).toBe(
      "thường xuyên",
    );
    expect(deadlineCellText({ deadlineText: null, deadline: null, frequency: null })).toBe("");
  });
  it("period label and due text", () => {
    expect(periodLabel("2022")).toBe("Năm 2022");
    expect(periodLabel("6 tháng 2022")).toBe("6 tháng 2022");
    expect(dueText([], "2022")).toBeNull();
    expect(
      dueText(
        [{ from: [], to: [], dueMonthDay: "12-31", dueRule: "by", frequency: "annual", adHoc: false, text: "" }],
        "2023",
      ),
    ).toBe("chậm nhất ngày 31/12/2023");
  });
});

describe("fingerprintPrefilled", () => {
  const rows = [
    { taskCode: "1.1", content: "Tuyên truyền", role: "Chủ trì", deadline: "thường xuyên" },
    { taskCode: "1.2", content: "Rà soát", role: "Phối hợp", deadline: "Hằng năm" },
  ];
  it("is FNV-1a 64 (known vectors)", () => {
    expect(fnv1a64(new Uint8Array())).toBe("cbf29ce484222325");
    expect(fnv1a64(new TextEncoder().encode("a"))).toBe("af63dc4c8601ec8c");
    expect(fnv1a64(new TextEncoder().encode("foobar"))).toBe("85944171f73967e8");
  });
  it("ignores row order, spacing and Unicode normal form", () => {
    const base = fingerprintPrefilled(rows);
    expect(base).toMatch(/^fnv1a64:[0-9a-f]{16}$/);
    expect(fingerprintPrefilled([...rows].reverse())).toBe(base);
    expect(fingerprintPrefilled([{ ...rows[0]!, content: " Tuyên  truyền\n" }, rows[1]!])).toBe(base);
    expect(fingerprintPrefilled([{ ...rows[0]!, content: "Tuyên truyền".normalize("NFD") }, rows[1]!])).toBe(base);
  });
  it("changes when a prefilled cell changes or a row goes", () => {
    const base = fingerprintPrefilled(rows);
    expect(fingerprintPrefilled([{ ...rows[0]!, role: "Phối hợp" }, rows[1]!])).not.toBe(base);
    expect(fingerprintPrefilled([{ ...rows[0]!, taskCode: "1.3" }, rows[1]!])).not.toBe(base);
    expect(fingerprintPrefilled([{ ...rows[0]!, deadline: "Hằng năm" }, rows[1]!])).not.toBe(base);
    expect(fingerprintPrefilled([rows[0]!])).not.toBe(base);
    // Field boundaries count: moving text from one field to the next is a change.
    expect(
      fingerprintPrefilled([
        { taskCode: "1.1T", content: "uyên truyền", role: "Chủ trì", deadline: "thường xuyên" },
        rows[1]!,
      ]),
    ).not.toBe(base);
  });
});
