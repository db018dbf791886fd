import { describe, expect, it } from "@jest/globals";
import { KONTUM_4587_TEXT } from "../../src/core/plan/kontum-4587.text";
import { KONTUM_ROSTER } from "../../src/core/roster/default-kontum";
import { rosterToSheet, ROSTER_SHEET } from "../../src/core/roster/sheet";
import { nodeCodecs } from "../office-standin/fixtures";
import { PLAN_TEXT_SHEET, loadPlan, matrixCsvToPlanText, planStateFrom, readPlanState } from "../../src/app/plan-state";
import { workbook } from "./fixture";

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
    expect(planStateFrom(KONTUM_4587_TEXT, KONTUM_ROSTER).plan.tasks).toHaveLength(26);
  });
});
