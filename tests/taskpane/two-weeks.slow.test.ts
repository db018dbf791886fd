/**
 * Two weeks of a focal point's work in the pane (production build in Chromium, Excel stand-in):
 * week 1 — plan, four returns imported, checked, summarised; week 2 — the as-of date moves on,
 * three corrected files arrive, are imported and checked again. Then the workbook is opened again
 * in a new pane. Asserts what the issue asks: the headline counts only each agency's latest file,
 * errors come first and every one is listed, a report first sent on time and corrected later stays
 * on time with "bổ sung", steps go stale and fresh as they should, and a reopened pane shows each
 * step's true state. The layout and axe-core measures run at each stage.
 */
import { describe, expect, it } from "@jest/globals";
import type { Page } from "playwright-core";
import { because, eventually } from "../helpers/because";
import { filledTemplate, nodeCodecs, type FillOptions } from "../office-standin/fixtures";
import { planStateFrom } from "../../src/app/plan-state";
import { KONTUM_4587_TEXT } from "../../src/core/plan/kontum-4587.text";
import { KONTUM_ROSTER } from "../../src/core/roster/default-kontum";
import { checkFiles } from "../../src/core/report/pipeline";
import { measureStep, paneSuite, reopenConfig, snapshot } from "./pane-page";

const PERIOD = "2022";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const state = planStateFrom(KONTUM_4587_TEXT, KONTUM_ROSTER);

type Return = { agencyId: string; fill: FillOptions; name: string };
// Due "trước ngày 15/11" (4587's reporting clause): the 14th is the last day on time.
const WEEK1: Return[] = [
  { agencyId: "SLDTBXH", fill: { reportDate: "2022-11-10", status: "done" }, name: "ldtbxh.xlsx" },
  { agencyId: "SKHDT", fill: { reportDate: "2022-11-12", status: "skip", preparedBy: "" }, name: "khdt.xlsx" },
  { agencyId: "STC", fill: { reportDate: "2022-11-14", status: "skip" }, name: "tai-chinh.xlsx" },
  { agencyId: "SNNPTNT", fill: { reportDate: "2022-11-18", status: "inProgress" }, name: "nnptnt.xlsx" },
];
// A week later: Kế hoạch và Đầu tư and Tài chính correct theirs (Tài chính forgets who prepared it),
// Nông nghiệp sends its report again.
const WEEK2: Return[] = [
  { agencyId: "SKHDT", fill: { reportDate: "2022-11-24", status: "done" }, name: "khdt-sua.xlsx" },
  { agencyId: "STC", fill: { reportDate: "2022-11-25", status: "done", preparedBy: "" }, name: "tai-chinh-sua.xlsx" },
  { agencyId: "SNNPTNT", fill: { reportDate: "2022-11-24", status: "done" }, name: "nnptnt-sua.xlsx" },
];

async function files(list: Return[]) {
  return Promise.all(
    list.map(async (r) => ({ ...r, bytes: (await filledTemplate(state, r.agencyId, PERIOD, r.fill)).bytes })),
  );
}

/** The errors the checks find in these files, counted in Node from the same bytes: the headline's due. */
async function errorsOf(list: (Return & { bytes: Uint8Array })[], asOf: string): Promise<number> {
  const inputs = await Promise.all(
    list.map(async (f) => ({ wb: await nodeCodecs.readSubmission(f.bytes, f.name), sha256: f.name })),
  );
  const checked = checkFiles(inputs, {
    plan: state.plan,
    roster: state.rosterIndex,
    matrix: state.matrix,
    asOf,
    period: PERIOD,
  });
  return checked.flatMap((c) => c.issues).filter((i) => i.severity === "error").length;
}

async function importFiles(page: Page, list: (Return & { bytes: Uint8Array })[]) {
  await page
    .getByTestId("import-files")
    .setInputFiles(list.map((f) => ({ name: f.name, mimeType: XLSX, buffer: Buffer.from(f.bytes) })));
  await page.getByTestId("import-run").click();
  await eventually(
    () => page.getByTestId("import-result").innerText(),
    (t) => expect(t).toContain(`Đã nhập ${list.length} báo cáo`),
    60_000,
  );
}

const stepState = (page: Page, step: string) => page.locator(`[data-step="${step}"]`).getAttribute("data-state");
const stepText = (page: Page, step: string) => page.locator(`[data-step="${step}"]`).innerText();

/** Runs a step and waits for its record: its card says "done" again (the old result may still show meanwhile). */
async function runStep(page: Page, step: string, button: string) {
  await page.getByTestId(button).click();
  await eventually(
    () => stepState(page, step),
    (v) => expect(v).toBe("done"),
    60_000,
  );
}

/** Opens a folded step again (its body holds the buttons). */
async function reopen(page: Page, step: string) {
  const toggle = page.locator(`[data-step="${step}"] [data-testid="step-toggle"]`);
  if ((await toggle.count()) > 0 && (await toggle.getAttribute("aria-expanded")) === "false") await toggle.click();
}

/** The number in "… {n} lỗi …" of the check step's headline. */
async function headlineErrors(page: Page): Promise<number> {
  const text = await page.getByTestId("check-headline").innerText();
  const m = /(\d+) lỗi/.exec(text);
  because(text, () => expect(m).not.toBeNull());
  return Number(m![1]);
}

const { openPane } = paneSuite("pane");

describe("two weeks in the pane: corrections, staleness, reopening", () => {
  it("counts latest versions, keeps a corrected on-time report on time, and knows which steps to run again", async () => {
    const week1 = await files(WEEK1);
    const week2 = await files(WEEK2);
    const { page, errors, outside } = await openPane();
    await page.getByTestId("asof").fill("2022-11-20");
    await page.getByTestId("plan-embedded").click();
    await page.getByTestId("plan-result").waitFor();

    // The period is never silently the current year: the plan proposes one, then the files do.
    expect(await page.getByTestId("period").inputValue()).toBe("");
    expect(await page.getByTestId("period-proposal").innerText()).toMatch(
      /^Kế hoạch có hạn trong các năm 20\d\d–20\d\d — dùng kỳ 20\d\d\?/,
    );
    await importFiles(page, week1);
    await eventually(
      () => page.getByTestId("period-proposal").innerText(),
      (t) => expect(t).toMatch(/^Các tệp ghi kỳ 2022 \(4\/4 tệp có ghi kỳ\) — dùng kỳ này\?/),
    );
    // a step without a period is refused with a word, and the focus goes to the field
    await page.getByTestId("check-run").click();
    expect(await page.getByTestId("notice").innerText()).toContain("Chưa có kỳ báo cáo hợp lệ");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("period");
    await page.getByTestId("period").fill("22");
    expect(await page.locator("main").innerText()).toContain("“22” không phải một kỳ báo cáo");
    await page.getByTestId("period-use").click();
    expect(await page.getByTestId("period").inputValue()).toBe(PERIOD);
    expect(await page.getByTestId("period-proposal").count()).toBe(0);

    // Week 1
    await eventually(
      () => stepState(page, "check"),
      (v) => expect(v).toBe("todo"),
    );
    await runStep(page, "check", "check-run");
    await page.getByTestId("check-result").waitFor({ timeout: 60_000 });
    const errors1 = await errorsOf(week1, "2022-11-20");
    expect(errors1).toBeGreaterThan(0);
    expect(await headlineErrors(page)).toBe(errors1);
    await measureStep(page, "w1-kiem-tra");
    await runStep(page, "summary", "summary-run");
    await page.getByTestId("summary-result").waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("dash-reported").innerText()).toMatch(/^Đã nộp\s+4\/\d+$/);
    const sheetLinks = page.getByTestId("dash-sheet");
    expect(await sheetLinks.allInnerTexts()).toEqual(expect.arrayContaining(["Tình hình nộp báo cáo", "Báo cáo"]));
    await sheetLinks.filter({ hasText: /^Báo cáo$/ }).click();
    await page.waitForFunction(
      () => (window as unknown as { __standin: { activeSheet: string | null } }).__standin.activeSheet === "Báo cáo",
    );
    await measureStep(page, "w1-tong-hop");
    await eventually(
      () => stepState(page, "check"),
      (v) => expect(v).toBe("done"),
    );
    await eventually(
      () => stepState(page, "summary"),
      (v) => expect(v).toBe("done"),
    );

    // Week 2: a new as-of date makes the results of week 1 stale, and says why.
    await page.getByTestId("asof").fill("2022-11-27");
    await eventually(
      () => stepState(page, "check"),
      (v) => expect(v).toBe("stale"),
    );
    await eventually(
      () => stepText(page, "check"),
      (v) => expect(v).toContain("ngày đánh giá đổi từ 20/11/2022 sang 27/11/2022"),
    );
    await eventually(
      () => stepState(page, "import"),
      (v) => expect(v).toBe("done"),
    ); // importing depends on nothing
    // Files dropped beside the box are not lost in silence: the import step opens and says where.
    // (the import step is folded: done, and not the step last run)
    expect(await page.locator('[data-step="import"] [data-testid="import-files"]').count()).toBe(0);
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(["x"], "lac.xlsx"));
      for (const type of ["dragenter", "dragover", "drop"])
        document
          .querySelector("h1")!
          .dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    expect(await page.getByTestId("notice").innerText()).toContain("Tệp thả ra ngoài ô nhập nên chưa được nhận");
    expect(await page.getByTestId("notice").innerText()).toContain("“Kéo thả tệp vào đây” ở bước “3. Nhập báo cáo”");
    await importFiles(page, week2);
    await eventually(
      () => stepText(page, "summary"),
      (v) => expect(v).toContain("báo cáo nhập vào sổ đã thay đổi"),
    );
    // Cancel while the check runs (Excel made slow for it): a neutral "Đã hủy", the old results
    // cleared, the step still to run again.
    await page.evaluate(() => {
      const w = window as unknown as { Excel: { run: (b: unknown) => Promise<unknown> }; __run?: unknown };
      const run = w.Excel.run;
      w.__run = run;
      w.Excel.run = async (b) => {
        await new Promise((r) => setTimeout(r, 400));
        return run(b);
      };
    });
    await page.getByTestId("check-run").click();
    await page.getByTestId("busy").getByRole("button", { name: "Hủy" }).click();
    await page.getByTestId("notice").waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("notice").innerText()).toContain("Đã hủy");
    expect(await page.getByTestId("error").count()).toBe(0);
    expect(await page.getByTestId("check-result").count()).toBe(0);
    expect(await page.getByTestId("live").innerText()).toContain("Đã hủy");
    expect(await stepState(page, "check")).toBe("stale");
    await page.evaluate(() => {
      const w = window as unknown as { Excel: { run: unknown }; __run: unknown };
      w.Excel.run = w.__run;
    });

    await runStep(page, "check", "check-run");
    await page.getByTestId("check-result").waitFor({ timeout: 60_000 });
    const latest = [week1[0]!, ...week2];
    const errors2 = await errorsOf(latest, "2022-11-27");
    expect(errors2).toBeGreaterThan(0); // Tài chính's corrected file still lacks who prepared it
    expect(await headlineErrors(page)).toBe(errors2);
    await eventually(
      () => stepState(page, "check"),
      (v) => expect(v).toBe("done"),
    );
    await eventually(
      () => stepState(page, "summary"),
      (v) => expect(v).toBe("stale"),
    );
    await measureStep(page, "w2-kiem-tra");
    // A corrected report's replaced version folds under it: the toggle opens and closes it, and
    // tells a screen reader which way it is and what it controls.
    const olderToggle = page.getByTestId("check-older-toggle").first();
    expect(await olderToggle.getAttribute("aria-expanded")).toBe("false");
    expect(await page.getByTestId("check-older").count()).toBe(0);
    await olderToggle.click();
    expect(await olderToggle.getAttribute("aria-expanded")).toBe("true");
    const olderPanel = page.locator(`[id="${await olderToggle.getAttribute("aria-controls")}"]`);
    expect(await olderPanel.getByTestId("check-older").count()).toBeGreaterThan(0);
    await olderToggle.click();
    expect(await page.getByTestId("check-older").count()).toBe(0);

    await reopen(page, "summary");
    await runStep(page, "summary", "summary-run");
    await page.getByTestId("summary-result").waitFor({ timeout: 60_000 });
    await eventually(
      () => stepState(page, "summary"),
      (v) => expect(v).toBe("done"),
    );
    await reopen(page, "remind");
    await runStep(page, "remind", "remind-run");
    await page.getByTestId("remind-result").waitFor({ timeout: 60_000 });

    // Kế hoạch và Đầu tư sent on 12/11 (on time) and corrected on 24/11: still on time, the correction noted.
    const wb = await snapshot(page);
    const submissions = wb.find((s) => s.name === "Tình hình nộp báo cáo")!;
    const khdt = submissions.values.find((r) => r.some((c) => String(c).includes("Kế hoạch và Đầu tư")));
    because(JSON.stringify(khdt), () => {
      const text = (khdt ?? []).map(String).join(" | ");
      expect(text).toMatch(/Đúng hạn/i);
      // the correction is noted with its date
      expect(text).toMatch(/bổ sung ngày 24\/11\/2022/);
      expect(text).not.toMatch(/Trễ hạn/i);
    });
    expect(wb.find((s) => s.name === "_kehoach_steps")?.visibility).toBe("VeryHidden");
    expect(outside).toEqual([]);
    expect(errors.filter((e) => !/favicon/.test(e))).toEqual([]);
    await page.close();

    // Reopening the same workbook: each step's state comes from the workbook.
    const again = await openPane(reopenConfig(wb));
    const p2 = again.page;
    expect(await p2.getByTestId("period").inputValue()).toBe(PERIOD);
    await eventually(
      () => stepState(p2, "plan"),
      (v) => expect(v).toBe("done"),
    );
    await eventually(
      () => stepState(p2, "import"),
      (v) => expect(v).toBe("done"),
    );
    await eventually(
      () => stepText(p2, "import"),
      (v) => expect(v).toContain("7 báo cáo trong sổ"),
    );
    // the pane opens on today's date: the week-2 results are stale for it, and say so
    await eventually(
      () => stepState(p2, "check"),
      (v) => expect(v).toBe("stale"),
    );
    await p2.getByTestId("asof").fill("2022-11-27");
    for (const step of ["check", "summary", "remind"])
      await eventually(
        () => stepState(p2, step),
        (v) => expect(v).toBe("done"),
      );
    await eventually(
      () => stepText(p2, "check"),
      (v) => expect(v).toMatch(/bản mới nhất của 4 báo cáo: \d+ lỗi/),
    );
    await measureStep(p2, "w2-mo-lai");
    await p2.close();
  });
});
