import { describe, expect, it } from "@jest/globals";
import { KONTUM_4587_TEXT } from "../../src/core/plan/kontum-4587.text";
import { KONTUM_ROSTER } from "../../src/core/roster/default-kontum";
import { rosterToSheet, ROSTER_SHEET } from "../../src/core/roster/sheet";
import { nodeCodecs } from "../office-standin/fixtures";
import { PLAN_TEXT_SHEET, loadPlan, matrixCsvToPlanText, planStateFrom, readPlanState } from "../../src/app/plan-state";
import { workbook } from "./fixture";
import { TASK_COLUMNS } from "../../src/core/plan/table";
import { isUserError } from "../../src/core/errors";
import type { StandinSheet } from "../office-standin/excel-standin";

describe("the plan state (step 1)", () => {
  it("writes the plan sheets, keeps the text very hidden, and reads the same plan back", async () => {
    const { excel, port } = workbook();
    const state = await loadPlan(port, { kind: "text", text: KONTUM_4587_TEXT }, nodeCodecs);
    expect(excel.activeSheet).toBe("Kế hoạch");
    expect(excel.findSheet(PLAN_TEXT_SHEET)!.visibility).toBe("VeryHidden");
    const back = await readPlanState(port);
    expect(back!.planText).toBe(KONTUM_4587_TEXT);
    expect(back!.matrix.agencies.map((a) => a.id)).toEqual(state.matrix.agencies.map((a) => a.id));
  });

  it("splits a text longer than an Excel cell over rows and joins it again", async () => {
    const { excel, port } = workbook();
    const long = `${KONTUM_4587_TEXT}\n${"Ghi chú thêm. ".repeat(5000)}`;
    expect(long.length).toBeGreaterThan(65_000);
    await loadPlan(port, { kind: "text", text: long }, nodeCodecs);
    const cells = excel
      .snapshot()
      .find((s) => s.name === PLAN_TEXT_SHEET)!
      .values.flat();
    expect(cells.length).toBeGreaterThan(2);
    for (const c of cells) expect(String(c).length).toBeLessThanOrEqual(32_767);
    expect((await readPlanState(port))!.planText).toBe(long);
  });

  it("keeps the roster the user edited in the workbook", async () => {
    const { port } = workbook();
    const edited = {
      ...KONTUM_ROSTER,
      agencies: KONTUM_ROSTER.agencies.map((a) => (a.id === "STC" ? { ...a, email: "moi@stc.example" } : a)),
    };
    await port.writeSheets([rosterToSheet(edited)]);
    const state = await loadPlan(port, { kind: "text", text: KONTUM_4587_TEXT }, nodeCodecs);
    expect(state.rosterIndex.byId("STC")!.email).toBe("moi@stc.example");
    const back = await readPlanState(port);
    expect(back!.rosterIndex.byId("STC")!.email).toBe("moi@stc.example");
    expect((await port.listSheets()).map((s) => s.name)).toContain(ROSTER_SHEET);
  });

  it("reads a matrix table given as CSV through the codec", async () => {
    const { port } = workbook();
    const csv = [
      "STT,Nội dung nhiệm vụ,Cơ quan chủ trì,Cơ quan phối hợp,Thời gian hoàn thành",
      '1,Rà soát hộ nghèo,Sở Lao động - Thương binh và Xã hội,"UBND các huyện, thành phố",Hằng năm',
      "2,Bố trí vốn,Sở Kế hoạch và Đầu tư,Sở Tài chính,Năm 2025",
    ].join("\n");
    const state = await loadPlan(port, { kind: "matrixCsv", csvText: csv }, nodeCodecs);
    expect(state.plan.tasks).toHaveLength(2);
    expect(state.planText.split("\n")[1]).toBe(
      "1 | Rà soát hộ nghèo | Sở Lao động - Thương binh và Xã hội | UBND các huyện, thành phố | Hằng năm",
    );
  });

  it("has no plan in a workbook where step 1 never ran", async () => {
    const { port } = workbook();
    expect(await readPlanState(port)).toBeNull();
  });

  it("drops empty CSV rows and keeps cells with line breaks on one line", () => {
    expect(
      matrixCsvToPlanText([
        ["a", "b\nc"],
        ["", " "],
        ["d|e", "f"],
      ]),
    ).toBe("a | b c\nd/e | f");
    expect(planStateFrom(KONTUM_4587_TEXT, KONTUM_ROSTER).plan.tasks).toHaveLength(27); // with the agency duty III.3
  });
});

describe("the plan is read from its task table", () => {
  const colOf = (key: string) => TASK_COLUMNS.findIndex((c) => c.key === key);
  /** 0-based row of the table's header in the stand-in's sheet */
  const headerRow = (sheet: StandinSheet) => {
    for (let r = 0; r < 60; r++)
      if (sheet.cell(r, 0)?.value === "Mã" && sheet.cell(r, colOf("text"))?.value === "Nhiệm vụ") return r;
    throw new Error("no header");
  };

  it("honours a lead the official changed in the table", async () => {
    const { excel, port } = workbook();
    await loadPlan(port, { kind: "text", text: KONTUM_4587_TEXT }, nodeCodecs);
    const sheet = excel.findSheet("Kế hoạch")!;
    const h = headerRow(sheet);
    sheet.cellForWrite(h + 1, colOf("lead")).value = "Sở Tư pháp";
    sheet.cellForWrite(h + 1, colOf("implement")).value = "";
    const back = await readPlanState(port);
    expect(back!.plan.tasks[0]!.lead).toEqual(["Sở Tư pháp"]);
    expect(back!.matrix.assignments.some((a) => a.taskCode === back!.plan.tasks[0]!.code && a.agencyId === "STP")).toBe(
      true,
    );
  });

  it("offers the roster's names as a dropdown on the agency columns where the host has data validation", async () => {
    const { excel, port } = workbook();
    await loadPlan(port, { kind: "text", text: KONTUM_4587_TEXT }, nodeCodecs);
    const sheet = excel.findSheet("Kế hoạch")!;
    const lead = String.fromCharCode(65 + colOf("lead"));
    const at = [...sheet.validations.entries()].find(([address]) =>
      address.startsWith(`${lead}${headerRow(sheet) + 2}:`),
    );
    expect(at?.[1]).toBe("='Danh bạ đơn vị'!$B$3:$B$1000");
  });

  it("loading another plan over an edited table asks first, then keeps the old table as a copy", async () => {
    const { excel, port } = workbook();
    await loadPlan(port, { kind: "text", text: KONTUM_4587_TEXT }, nodeCodecs);
    // Unchanged: loading again needs no question.
    await loadPlan(port, { kind: "text", text: KONTUM_4587_TEXT }, nodeCodecs);
    const sheet = excel.findSheet("Kế hoạch")!;
    sheet.cellForWrite(headerRow(sheet) + 1, colOf("lead")).value = "Sở Tư pháp";
    let key = "";
    try {
      await loadPlan(port, { kind: "text", text: KONTUM_4587_TEXT }, nodeCodecs);
    } catch (e) {
      key = isUserError(e) ? e.key : "other";
    }
    expect(key).toBe("planTable.edited");
    expect(excel.findSheet("Kế hoạch")!.cell(headerRow(sheet) + 1, colOf("lead"))!.value).toBe("Sở Tư pháp");
    await loadPlan(port, { kind: "text", text: KONTUM_4587_TEXT }, nodeCodecs, { replaceEdited: true });
    const copy = excel.findSheet("Kế hoạch (cũ)")!;
    expect(copy.cell(headerRow(copy) + 1, colOf("lead"))!.value).toBe("Sở Tư pháp");
  });

  it("reads a Word plan through the document source", async () => {
    const { port } = workbook();
    const doc = {
      source: "docx" as const,
      blocks: [
        { kind: "paragraph" as const, text: "KẾ HOẠCH" },
        {
          kind: "table" as const,
          rows: [
            ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"],
            ["1", "Rà soát hộ nghèo", "Sở Lao động - Thương binh và Xã hội", "Sở Tài chính", "Năm 2025"],
          ],
        },
      ],
    };
    const state = await loadPlan(port, { kind: "document", doc }, nodeCodecs);
    expect(state.plan.tasks.map((t) => [t.lead, t.deadline])).toEqual([
      [["Sở Lao động - Thương binh và Xã hội"], "2025-12-31"],
    ]);
  });
});
