/**
 * End to end in Chromium (production build, the Excel stand-in in place of office.js): step 1
 * reads a Word plan through the pane's lazily loaded reader and writes the task table; the
 * official changes a task's lead in the table; step 2 makes the templates from the table, and
 * the new lead gets a template holding that task. Nothing leaves the page's origin.
 */
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { because } from "../helpers/because";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import ExcelJS from "exceljs";
import { productionBuild, type Build } from "../office-standin/build";
import { CHROMIUM, CHROMIUM_ARGS, serveDir, standinScript, type Served } from "../office-standin/serve";
import { makeDocx, p, tbl, tc, tr } from "../docx/make-docx";
import { TASK_COLUMNS } from "../../src/core/plan/table";
import { CORPUS_DIR, corpusBytes, corpusPlansWithForms } from "../plan-file/corpus";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

let build: Build;
let served: Served;
let origin = "";
let standinJs = "";
let context: BrowserContext;
let profile = "";

beforeAll(async () => {
  because("Debian package chromium is needed: apt-get install -y chromium", () =>
    expect(existsSync(CHROMIUM)).toBe(true),
  );
  build = await productionBuild();
  because(build.log.slice(-3000), () => expect(build.ok).toBe(true));
  standinJs = await standinScript();
  served = await serveDir(build.dir);
  origin = served.origin;
  profile = mkdtempSync(path.join(tmpdir(), "kehoach-chromium-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 380, height: 900 },
    acceptDownloads: true,
    locale: "vi-VN",
  });
}, 400_000);

afterAll(async () => {
  await context?.close();
  await served?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** A Word plan whose task table assigns two tasks to Kon Tum departments. */
async function wordPlan(): Promise<Uint8Array> {
  const row = (...cells: string[]) => tr(...cells.map((c) => tc(p(c))));
  return makeDocx(
    p("KẾ HOẠCH") +
      p("Thực hiện công tác cải cách hành chính năm 2025") +
      tbl(
        row("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"),
        row("1", "Rà soát thủ tục hành chính", "Sở Tài chính", "Sở Nội vụ", "Quý III/2025"),
        row("2", "Đánh giá chỉ số cải cách hành chính", "Sở Nội vụ", "Sở Tài chính", "Năm 2025"),
      ),
  );
}

describe("the plan as a task table in the pane", () => {
  it("a .docx plan → edit a lead in the table → the templates follow the table", async () => {
    const page = await context.newPage();
    const outside: string[] = [];
    const errors: string[] = [];
    page.on("request", (req) => {
      const u = req.url();
      if (u === OFFICE_JS || u.startsWith(origin) || u.startsWith("blob:") || u.startsWith("data:")) return;
      outside.push(u);
    });
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.route(OFFICE_JS, (route) =>
      route.fulfill({ status: 200, contentType: "text/javascript", body: standinJs }),
    );
    await page.goto(`${origin}/taskpane.html`);
    await page.locator('main[data-ready="yes"]').waitFor({ timeout: 30_000 });
    await page.getByTestId("period").fill("2025");

    // 1. Kế hoạch from a Word file
    await page.getByTestId("plan-file").setInputFiles({
      name: "ke-hoach.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: Buffer.from(await wordPlan()),
    });
    await page.getByTestId("plan-result").waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("plan-result").innerText()).toContain("2 nhiệm vụ");

    // The official gives task 1 to Sở Tư pháp in the task table.
    const edited = await page.evaluate(
      (leadCol) => {
        type Cell = { value: unknown };
        const standin = (
          window as unknown as {
            __standin: {
              findSheet(n: string): {
                cell(r: number, c: number): Cell | undefined;
                cellForWrite(r: number, c: number): Cell;
              };
            };
          }
        ).__standin;
        const sheet = standin.findSheet("Kế hoạch");
        for (let r = 0; r < 60; r++) {
          if (sheet.cell(r, 0)?.value === "Mã") {
            sheet.cellForWrite(r + 1, leadCol).value = "Sở Tư pháp";
            return String(sheet.cell(r + 1, 0)?.value);
          }
        }
        return null;
      },
      TASK_COLUMNS.findIndex((c) => c.key === "lead"),
    );
    expect(edited).toBe("1");

    // 2. Biểu mẫu: made from the table as it is now
    await page.getByTestId("templates-make").click();
    await page.getByTestId("templates-result").waitFor({ timeout: 60_000 });
    const links = page.getByTestId("template-files").locator("a[download]");
    const names = await links.evaluateAll((as) => as.map((a) => a.getAttribute("download") ?? ""));
    const stp = names.findIndex((n) => n.includes("So-Tu-phap"));
    because(names.join("\n"), () => expect(stp).toBeGreaterThanOrEqual(0));
    const [download] = await Promise.all([page.waitForEvent("download"), links.nth(stp).click()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await download.path())!);
    const texts: string[] = [];
    wb.eachSheet((s) => s.eachRow((r) => r.eachCell((c) => texts.push(String(c.value ?? "")))));
    expect(texts.some((t) => t.includes("Sở Tư pháp"))).toBe(true);
    expect(texts.some((t) => t.includes("Rà soát thủ tục hành chính"))).toBe(true);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);

  it("reads a signed-style PDF plan in the browser: pdf.js from the add-in's own origin, no worker fetched from elsewhere", async () => {
    const plans = corpusPlansWithForms();
    because(`the corpus of real plans is needed at ${CORPUS_DIR}`, () => expect(plans.length).toBeGreaterThan(0));
    const page = await context.newPage();
    const outside: string[] = [];
    const errors: string[] = [];
    page.on("request", (req) => {
      const u = req.url();
      if (u === OFFICE_JS || u.startsWith(origin) || u.startsWith("blob:") || u.startsWith("data:")) return;
      outside.push(u);
    });
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.route(OFFICE_JS, (route) =>
      route.fulfill({ status: 200, contentType: "text/javascript", body: standinJs }),
    );
    await page.goto(`${origin}/taskpane.html`);
    await page.locator('main[data-ready="yes"]').waitFor({ timeout: 30_000 });
    await page.getByTestId("plan-file").setInputFiles({
      name: "ke-hoach.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from(corpusBytes(plans[0]!, "pdf")),
    });
    await page.getByTestId("plan-result").waitFor({ timeout: 90_000 });
    expect(await page.getByTestId("plan-result").innerText()).toMatch(/[1-9]\d* nhiệm vụ/);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);
});
