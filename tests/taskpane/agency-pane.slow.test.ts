/**
 * The agency's side and the English pane, in Chromium with the Excel stand-in: an agency's own
 * filled template is checked before sending (nothing coloured in what it will e-mail), and the
 * pane speaks English when Office does. The layout and axe-core measures run on both.
 */
import { describe, expect, it } from "@jest/globals";
import { paneSuite, snapshot } from "./pane-page";
import { fillTemplate, nodeCodecs } from "../office-standin/fixtures";
import { planStateFrom } from "../../src/app/plan-state";
import { KONTUM_4587_TEXT } from "../../src/core/plan/kontum-4587.text";
import { KONTUM_ROSTER } from "../../src/core/roster/default-kontum";
import { buildTemplate } from "../../src/core/template/build";
import { META_SHEET } from "../../src/core/template/layout";
import { isDateCell } from "../../src/core/grid";

const PERIOD = "2022";

const { openPane, shot } = paneSuite("e2e");

describe("the agency's pane and the English pane in Chromium", () => {
  it("offers the agency a check before sending, and speaks English when Office does", async () => {
    // An agency's own workbook: its filled template's cells, as Excel would hold them.
    const state = planStateFrom(KONTUM_4587_TEXT, KONTUM_ROSTER);
    const content = buildTemplate(state.plan, state.matrix, state.rosterIndex.byId("SKHDT")!, PERIOD);
    const blank = await nodeCodecs.writeTemplate(content);
    const filled = await fillTemplate(
      blank,
      content.rows.map((r) => r.taskCode),
      { reportDate: "2022-11-12", status: "skip" },
    );
    const wbData = await nodeCodecs.readSubmission(filled, "bao-cao.xlsx");
    const sheets = wbData.sheets.map((s) => {
      const dateCells: string[] = [];
      const rows = s.rows.map((r, i) =>
        r.map((c, j) => {
          if (isDateCell(c)) {
            dateCells.push(`${String.fromCharCode(65 + j)}${i + 1}`);
            return c.serial;
          }
          return typeof c === "object" && c !== null ? c.code : c;
        }),
      );
      return { name: s.name, rows, dateCells, visibility: s.name === META_SHEET ? "VeryHidden" : "Visible" };
    });

    const { page, outside } = await openPane({ sheets });
    await page.getByTestId("self-run").click();
    await page.getByTestId("self-result").waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("self-result").innerText()).toMatch(/lỗi/);
    // Checked, with errors left: the card says "Cần sửa", not "Chưa làm".
    expect(await page.locator('[data-step="self"]').innerText()).toContain("Cần sửa");
    expect(await page.locator('[data-step="self"]').innerText()).not.toContain("Chưa làm");
    // The agency's workbook is what it e-mails: nothing is coloured in it.
    expect((await snapshot(page)).find((s) => s.name === "Báo cáo")!.fills).toEqual({});
    expect(await page.locator('[data-step="self"]').innerText()).toContain(
      "gửi cho Sở Lao động - Thương binh và Xã hội",
    );
    await shot(page, "08-kiem-tra-truoc-khi-gui");
    expect(outside).toEqual([]);
    await page.close();

    const en = await openPane({ displayLanguage: "en-US" });
    expect(await en.page.locator("h1").innerText()).toBe("Plan Tracker");
    await shot(en.page, "09-english");
    await en.page.close();
  });
});
