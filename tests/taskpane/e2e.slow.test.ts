/**
 * End to end: the production build of the pane in Debian's Chromium, with the Excel stand-in
 * served in place of office.js (real Excel cannot run here). Walks steps 1 → 6 with template
 * files the pane itself made, filled as an agency would, then checks what the workbook holds,
 * that no request left the page's origin, and saves screenshots to test-results/. At each step the
 * pane is measured at 320, 350 and 500 px and 200% zoom (nothing past the right edge) and by
 * axe-core; a keyboard-only walk counts the Tabs from step 1 to the first error. The agency's side
 * and the English pane are in agency-pane.slow.test.ts.
 */
import { describe, expect, it } from "@jest/globals";
import { because, eventually } from "../helpers/because";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { axeViolations, paneSuite, snapshot, tabsUntil } from "./pane-page";
import { fillTemplate } from "../office-standin/fixtures";
import { planStateFrom } from "../../src/app/plan-state";
import { KONTUM_4587_TEXT } from "../../src/core/plan/kontum-4587.text";
import { KONTUM_ROSTER } from "../../src/core/roster/default-kontum";
import { buildTemplate } from "../../src/core/template/build";

const PERIOD = "2022";

const { shots: SHOTS, openPane, shot } = paneSuite("e2e");

/** One step's card alone, at full size, to look at its lists. */
async function shotStep(page: Page, step: string, name: string): Promise<void> {
  await page.locator(`[data-step="${step}"]`).screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

describe("the task pane in Chromium, office.js replaced by the Excel stand-in", () => {
  it("walks steps 1 → 6 with templates made by the pane and filled by agencies", async () => {
    const { page, outside, errors } = await openPane();
    expect(await page.locator("h1").innerText()).toBe("Theo dõi Kế hoạch");
    await page.getByTestId("period").fill(PERIOD);
    await page.getByTestId("asof").fill("2022-11-20");
    // Chromium may show the date input month first: the hint repeats it day first, in words of the plan.
    await page.getByText("Tình trạng được đánh giá tại ngày 20/11/2022 (ngày/tháng/năm)").waitFor();
    await shot(page, "01-mo-ngan");

    // 1. Kế hoạch
    await page.getByTestId("plan-embedded").click();
    await page.getByTestId("plan-result").waitFor();
    expect(await page.getByTestId("plan-result").innerText()).toContain("27 nhiệm vụ"); // 26 tasks and the agency duty III.3;
    await shot(page, "02-ke-hoach");

    // 2. Biểu mẫu: two agencies, downloaded from the pane's own links
    await page.getByText("Bỏ chọn").click();
    await page.getByLabel(/Sở LĐTBXH/).check();
    await page.getByLabel(/Sở Kế hoạch và Đầu tư/).check();
    await page.getByTestId("templates-make").click();
    await page.getByTestId("templates-result").waitFor({ timeout: 60_000 });
    const links = page.getByTestId("template-files").locator("a[download]");
    expect(await links.count()).toBe(2);
    // listed by agency, the file name kept for the download; and one .zip of them all
    expect(await links.allInnerTexts()).toEqual(
      expect.arrayContaining(["Sở Lao động - Thương binh và Xã hội", "Sở Kế hoạch và Đầu tư"]),
    );
    const [zipped] = await Promise.all([page.waitForEvent("download"), page.getByTestId("templates-zip").click()]);
    const zipBytes = readFileSync((await zipped.path())!);
    expect(zipped.suggestedFilename()).toMatch(/\.zip$/);
    expect(zipBytes.subarray(0, 2).toString("latin1")).toBe("PK");
    const blanks: { name: string; bytes: Uint8Array }[] = [];
    for (let i = 0; i < 2; i++) {
      const [download] = await Promise.all([page.waitForEvent("download"), links.nth(i).click()]);
      blanks.push({
        name: download.suggestedFilename(),
        bytes: new Uint8Array(readFileSync((await download.path())!)),
      });
    }
    // the workbook records the run: the card says when, and how many
    await eventually(
      () => page.locator('[data-step="templates"]').innerText(),
      (t) => expect(t).toMatch(/Chạy lúc \d{2}:\d{2} [\s\S]*2 biểu mẫu|2 biểu mẫu[\s\S]*Chạy lúc \d{2}:\d{2}/),
    );
    await shot(page, "03-bieu-mau");
    await shotStep(page, "templates", "03b-bieu-mau-the");

    // The agencies fill them: one complete and on time, one with blanks (errors to find).
    const state = planStateFrom(KONTUM_4587_TEXT, KONTUM_ROSTER);
    const codesOf = (id: string) =>
      buildTemplate(state.plan, state.matrix, state.rosterIndex.byId(id)!, PERIOD).rows.map((r) => r.taskCode);
    const ldName = blanks.find((b) => b.name.includes("LDTBXH"))!;
    const khName = blanks.find((b) => !b.name.includes("LDTBXH"))!;
    const risky = '=HYPERLINK("http://evil.example","bấm")';
    const good = await fillTemplate(ldName.bytes, codesOf("SLDTBXH"), {
      reportDate: "2022-11-10",
      status: "done",
      firstResult: risky,
    });
    const bad = await fillTemplate(khName.bytes, codesOf("SKHDT"), {
      reportDate: "2022-11-12",
      status: "skip",
      preparedBy: "",
    });

    // 3. Nhập báo cáo
    await page.getByTestId("import-files").setInputFiles([
      {
        name: ldName.name,
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer: Buffer.from(good),
      },
      {
        name: khName.name,
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer: Buffer.from(bad),
      },
    ]);
    const dates = page.getByTestId("import-pending").locator('input[type="date"]');
    // No date is guessed from the file: empty means the report date written in the file.
    expect(await dates.nth(0).inputValue()).toBe("");
    expect(await dates.nth(1).inputValue()).toBe("");
    expect(await page.getByTestId("import-pending").innerText()).toContain("dùng ngày báo cáo ghi trong tệp");
    await dates.nth(1).fill("2022-11-16");
    // read before anything is written: each file's agency and "new"
    await eventually(
      () => page.locator('[data-testid="import-pending-row"][data-verdict="new"]').count(),
      (n) => expect(n).toBe(2),
    );
    expect(await page.getByTestId("import-pending").innerText()).toContain("Đơn vị: Sở LĐTBXH");
    expect((await snapshot(page)).some((s) => s.name.startsWith("NB"))).toBe(false);
    await shot(page, "04-chon-tep");
    await shotStep(page, "import", "04b-chon-tep-the");
    await page.getByTestId("import-run").click();
    await page.getByTestId("import-result").waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("import-result").innerText()).toContain("Đã nhập 2 báo cáo");

    // Keyboard only, from step 1 to the first error: Tab to "Kiểm tra báo cáo", Enter, Tab to the
    // first finding that is an error. Finished steps are folded, and the focus stays on the button.
    await page.locator("#step-plan-title").focus();
    const toCheck = await tabsUntil(page, (el) => el.testid === "check-run");
    await page.keyboard.press("Enter");
    await page.getByTestId("check-result").waitFor({ timeout: 60_000 });
    // the focus stays on the button that ran
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("check-run");
    const groups = page.getByTestId("check-group");
    const toError = await tabsUntil(page, (el) => el.severity === "error");
    console.log(`keyboard walk: ${toCheck} Tabs to "Kiểm tra báo cáo", then ${toError} to the first error`);
    expect(toCheck + toError).toBeLessThanOrEqual(30);
    // the result was announced to a screen reader
    expect(await page.getByTestId("live").innerText()).toMatch(
      /^4\. Kiểm tra: xong — bản mới nhất của 2 báo cáo: \d+ lỗi, \d+ cảnh báo$/,
    );

    // 4. Kiểm tra: issues grouped by agency; clicking one selects its cell
    expect(await groups.count()).toBe(2);
    // Triage: the agency with errors first, its errors before anything else, each named as an error.
    const badGroup = groups.first();
    expect(await badGroup.innerText()).toMatch(/\d+ lỗi/);
    expect(await page.getByTestId("check-headline").innerText()).toMatch(/bản mới nhất của 2 báo cáo: [1-9]\d* lỗi/);
    const firstIssue = badGroup.locator("button").first();
    expect(await firstIssue.getAttribute("data-severity")).toBe("error");
    const label = (await firstIssue.innerText()).replace(/\s+/g, " ");
    because(label, () => expect(label).toMatch(/^Lỗi: /));
    const cell = /^Lỗi: ([A-Z]+\d+) ·/.exec(label)?.[1];
    because(label, () => expect(cell).toBeTruthy());
    const errorsShown = await badGroup.locator('button[data-severity="error"]').count();
    // The filter keeps the errors only; the search finds a cell typed in lower case.
    await page.getByTestId("check-filter-errors").click();
    expect(await page.locator('[data-testid="check-result"] button[data-severity="warning"]').count()).toBe(0);
    expect(await groups.first().locator('button[data-severity="error"]').count()).toBe(errorsShown);
    await page.getByTestId("check-filter-all").click();
    await page.getByTestId("check-search").fill(cell!.toLowerCase());
    expect(await groups.count()).toBeGreaterThan(0);
    expect(await groups.first().innerText()).toContain(cell!);
    await page.getByTestId("check-search").fill("");
    await firstIssue.click();
    await eventually(
      () => page.evaluate(() => (window as unknown as { __standin: { selection: unknown } }).__standin.selection),
      (selection) => expect(selection).toEqual({ sheet: expect.stringMatching(/^NB Sở KH/), address: cell }),
    );
    await shot(page, "05-kiem-tra");

    // 5. Tổng hợp
    await page.getByTestId("summary-run").click();
    await page.getByTestId("summary-result").waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("summary-result").innerText()).toMatch(/2\/\d+ đơn vị đã nộp/);
    await shot(page, "06-tong-hop");

    // "?" opens the user guide in a page of its own (window.open: the stand-in has no openBrowserWindow)
    const [help] = await Promise.all([page.context().waitForEvent("page"), page.getByTestId("help").click()]);
    await help.waitForLoadState();
    expect(await help.title()).toBe("Theo dõi Kế hoạch — Hướng dẫn");
    const helpViolations = await axeViolations(help);
    because(helpViolations.join("\n"), () => expect(helpViolations).toEqual([]));
    await help.close();

    // 6. Nhắc nhở
    await page.getByTestId("remind-run").click();
    await page.getByTestId("remind-result").waitFor({ timeout: 60_000 });
    const reminders = page.getByTestId("reminder");
    expect(await reminders.count()).toBeGreaterThan(5);
    const mail = await reminders.first().locator('a[href^="mailto:"]').getAttribute("href");
    expect(mail).toMatch(/^mailto:[^?]*\?subject=.+&body=/); // the default roster has no e-mails yet
    // "Đã sao chép" only when something took the text; refused everywhere (Excel on the web with
    // execCommand refused too), the letter is shown selected, to copy with Ctrl+C.
    const copyButton = reminders.first().getByRole("button", { name: /Sao chép thư|Đã sao chép/ });
    await page.evaluate(() => {
      Object.defineProperty(navigator, "clipboard", {
        configurable: true,
        value: { writeText: () => Promise.reject(new Error("denied")) },
      });
      document.execCommand = () => false;
    });
    await copyButton.click();
    const manual = reminders.first().getByTestId("manual-copy");
    await manual.waitFor({ timeout: 10_000 });
    expect(await manual.innerText()).toContain("Ctrl+C");
    expect(await manual.locator("textarea").inputValue()).toContain("Tiêu đề: ");
    // focused and wholly selected: Ctrl+C copies the letter at once
    const selected = await page.evaluate(() => {
      const a = document.activeElement as HTMLTextAreaElement | null;
      return a?.tagName === "TEXTAREA" ? a.value.slice(a.selectionStart, a.selectionEnd) : "";
    });
    expect(selected).toContain("Kính gửi");
    expect(selected).toBe(await manual.locator("textarea").inputValue());
    expect(await copyButton.innerText()).toBe("Sao chép thư");
    await shot(page, "07a-sao-chep-bang-tay");
    await page.evaluate(() => {
      Object.defineProperty(navigator, "clipboard", {
        configurable: true,
        value: { writeText: () => Promise.resolve() },
      });
    });
    await copyButton.click();
    await eventually(
      () => copyButton.innerText(),
      (text) => expect(text).toBe("Đã sao chép"),
    );
    // A pane that cannot open the mail program (window.open answers null, as a Windows desktop
    // pane does): the address, subject and letter are copied instead, and the pane says so.
    await page.evaluate(() => {
      const w = window as unknown as { __copied: string[] };
      w.__copied = [];
      window.open = () => null;
      Object.defineProperty(navigator, "clipboard", {
        configurable: true,
        value: { writeText: (t: string) => (w.__copied.push(t), Promise.resolve()) },
      });
    });
    await reminders
      .first()
      .getByRole("link", { name: /^Mở thư/ })
      .click();
    await reminders
      .first()
      .getByText(/Đã sao chép địa chỉ, tiêu đề và nội dung thư/)
      .waitFor({ timeout: 10_000 });
    const copiedMail = await page.evaluate(() => (window as unknown as { __copied: string[] }).__copied);
    expect(copiedMail).toHaveLength(1);
    expect(copiedMail[0]).toMatch(/^Tiêu đề: Đề nghị[^\n]*\n\nKính gửi/);
    await shot(page, "07-nhac-nho");

    // What the workbook holds at the end
    const wb = await snapshot(page);
    const names = wb.map((s) => s.name);
    for (const n of [
      "Kế hoạch",
      "Ma trận phân công",
      "Danh bạ đơn vị",
      "Kết quả kiểm tra",
      "Tổng hợp theo nhiệm vụ",
      "Tình hình nộp báo cáo",
      "Chỉ số",
      "Nhắc nhở",
    ]) {
      because(n, () => expect(names).toContain(n));
    }
    const imports = wb.filter((s) => s.name.startsWith("NB"));
    expect(imports).toHaveLength(2);
    expect(wb.find((s) => s.name === "_kehoach_imports")!.visibility).toBe("VeryHidden");
    expect(wb.find((s) => s.name === "_kehoach_plan")!.visibility).toBe("VeryHidden");
    expect(wb.some((s) => s.charts.length > 0)).toBe(true);
    expect(imports[0]!.values.flat()).toContain(risky);
    for (const s of wb) because(s.name, () => expect(s.formulas).toEqual({}));
    expect(Object.values(imports[1]!.fills)).toContain("#FFC7CE");

    // the import sheets stand together before the summary; no empty Sheet1 left in front
    expect(names).not.toContain("Sheet1");
    const firstOutput = names.indexOf("Kết quả kiểm tra");
    for (const n of imports) expect(names.indexOf(n.name)).toBeLessThan(firstOutput);

    // A second batch: the same file again and a corrected file of the same agency, seen before writing
    const corrected = await fillTemplate(ldName.bytes, codesOf("SLDTBXH"), {
      reportDate: "2022-11-24",
      status: "done",
    });
    // step 3 is done and folded to its line: open it again
    await page.locator('[data-step="import"] [data-testid="step-toggle"]').click();
    await page.getByTestId("import-files").setInputFiles([
      { name: ldName.name, mimeType: "application/octet-stream", buffer: Buffer.from(good) },
      { name: `sua-${ldName.name}`, mimeType: "application/octet-stream", buffer: Buffer.from(corrected) },
    ]);
    await eventually(
      () =>
        page.getByTestId("import-pending-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-verdict"))),
      (v) => expect(v).toEqual(["duplicate", "replaces"]),
    );
    expect(await page.getByTestId("import-run").innerText()).toContain("Nhập 1 tệp");
    expect(await page.getByTestId("import-tally").innerText()).toBe("1 thay bản cũ · 1 trùng, sẽ bỏ qua");
    await shotStep(page, "import", "10-xem-truoc");
    await page.getByRole("button", { name: "Bỏ tất cả" }).click();

    // "Gỡ bản nhập này": that sheet and its log line go, everything else stays
    await page.getByTestId("imported-list").locator("summary").click();
    await page.getByTestId("import-remove").nth(1).click();
    await shotStep(page, "import", "11-go-ban-nhap");
    await page.getByTestId("import-remove-yes").click();
    await page.getByTestId("import-removed").waitFor({ timeout: 60_000 });
    const after = await snapshot(page);
    expect(after.filter((s) => s.name.startsWith("NB")).map((s) => s.name)).toEqual([imports[0]!.name]);
    expect(after.map((s) => s.name)).toEqual(names.filter((n) => n !== imports[1]!.name));
    expect(await page.getByTestId("imported-row").count()).toBe(1);
    // a removed import makes the check and the summary stale, and they say why
    for (const step of ["check", "summary", "remind"])
      await eventually(
        () => page.locator(`[data-step="${step}"]`).getAttribute("data-state"),
        (v) => expect(v).toBe("stale"),
      );
    expect(await page.locator('[data-step="check"]').innerText()).toContain("báo cáo nhập vào sổ đã thay đổi");
    await shot(page, "12-sau-khi-go");

    expect(outside).toEqual([]);
    expect(errors.filter((e) => !/favicon/.test(e))).toEqual([]);
    await page.close();
  }, 180_000); // a walk through six steps in a real browser on a shared machine
});
