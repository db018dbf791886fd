/**
 * End to end: the production build opened in Debian's Chromium OUTSIDE Excel, with Microsoft's
 * real office.js (npm @microsoft/office-js) served locally in place of its CDN, so Office.onReady
 * outside a host, the CSP and the host decision run against the real library. The browser
 * version walks the whole job on the demo's realistic returns and downloads the workbook; the
 * file is read with ExcelJS and LibreOffice and compared with what the add-in path (the Office
 * adapter on the Excel stand-in) writes from the same inputs; it is then opened "in Excel" and
 * continues at step 6 without re-importing. Also: office.js unreachable, an IE11 and an
 * EdgeHTML user agent, no request outside the page's origin. Screenshots: test-results/browser/.
 */
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { because, eventually } from "../helpers/because";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import Papa from "papaparse";
import JSZip from "jszip";
import { parse } from "acorn";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { productionBuild, ROOT, type Build } from "../office-standin/build";
import { CHROMIUM, CHROMIUM_ARGS, serveDir, type Served } from "../office-standin/serve";
import { STEPS_SHEET } from "../../src/app/step-state";
import { installStandin } from "../office-standin/install";
import { filledTemplate, nodeCodecs } from "../office-standin/fixtures";
import { createExcelPort } from "../../src/office/excel-port";
import { openWorkbookFile } from "../../src/filehost/open";
import { planStateFrom, readPlanState } from "../../src/app/plan-state";
import { readImports } from "../../src/app/import-log";
import { remindersStep } from "../../src/app/reminders";
import { KONTUM_4587_TEXT } from "../../src/core/plan/kontum-4587.text";
import { KONTUM_ROSTER } from "../../src/core/roster/default-kontum";
import { DEMO_AS_OF, DEMO_PERIOD } from "../../src/demo/scenario";
import { isDateCell, type Cell, type Sheet } from "../../src/core/grid";
import { isoFromSerial } from "../../src/core/dates";
import { demoReturns, type DemoFile } from "../filehost/demo-returns";
import { allSheets, trimmed, walk } from "../filehost/walk";
import { standinFromXlsx } from "../filehost/standin-from-xlsx";

const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
const SHOTS = path.join(ROOT, "test-results", "browser");
const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";
const EDGE_HTML =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041";

let build: Build;
let served: Served;
let origin = "";
let browser: Browser;
let work = "";
let files: DemoFile[];

beforeAll(async () => {
  because("Debian package chromium is needed: apt-get install -y chromium", () =>
    expect(existsSync(CHROMIUM)).toBe(true),
  );
  because("npm package @microsoft/office-js is needed (devDependency)", () =>
    expect(existsSync(path.join(OFFICE_DIST, "office.js"))).toBe(true),
  );
  build = await productionBuild();
  because(build.log.slice(-3000), () => expect(build.ok).toBe(true));
  served = await serveDir(build.dir);
  origin = served.origin;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  work = mkdtempSync(path.join(tmpdir(), "kehoach-browser-"));
  mkdirSync(SHOTS, { recursive: true });
  files = await demoReturns(planStateFrom(KONTUM_4587_TEXT, KONTUM_ROSTER));
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

interface Traffic {
  /** requests to anywhere but the page's origin (none reached the network: they were aborted) */
  outside: string[];
  /** office.js files asked of the CDN, each served from the npm package instead */
  officeJs: string[];
  /** JavaScript the page received, by URL, with its gzip size */
  scripts: Map<string, number>;
}

/** A context where the CDN is the local @microsoft/office-js (or unreachable) and nothing else leaves. */
async function newContext(
  options: { userAgent?: string; officeJs?: "local" | "unreachable" } = {},
): Promise<{ context: BrowserContext; traffic: Traffic }> {
  const context = await browser.newContext({
    viewport: { width: 420, height: 900 },
    acceptDownloads: true,
    locale: "vi-VN",
    ...(options.userAgent ? { userAgent: options.userAgent } : {}),
  });
  const traffic: Traffic = { outside: [], officeJs: [], scripts: new Map() };
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith("blob:") || url.startsWith("data:")) return route.continue();
    if (url.startsWith(CDN) && options.officeJs !== "unreachable") {
      const rel = decodeURIComponent(new URL(url).pathname.slice(new URL(CDN).pathname.length));
      const file = path.join(OFFICE_DIST, rel);
      traffic.officeJs.push(rel);
      if (!file.startsWith(OFFICE_DIST) || !existsSync(file)) return route.fulfill({ status: 404, body: "" });
      return route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file) });
    }
    traffic.outside.push(url);
    return route.abort("blockedbyclient");
  });
  context.on("response", async (res) => {
    if (!res.url().startsWith(origin) || !res.url().endsWith(".js")) return;
    const body = await res.body().catch(() => null);
    if (body) traffic.scripts.set(res.url().slice(origin.length + 1), gzipSync(body).length);
  });
  return { context, traffic };
}

const shot = (page: Page, name: string, fullPage = true) =>
  page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage });

/** The import log's times (when each file was imported) differ between two runs: masked before comparing. */
// Vietnam's time "yyyy-mm-dd hh:mm:ss" as the log writes it (and a raw UTC instant, as older logs held)
const maskTime = (s: string) =>
  s.replace(/\d{4}-\d{2}-\d{2}T[\d:.]+Z/g, "<time>").replace(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/, "<time>");
const maskTimes = (rows: unknown[][]) => rows.map((r) => r.map((c) => (typeof c === "string" ? maskTime(c) : c)));

/** What LibreOffice shows for a cell, as CSV text, compared with the cell's value. */
function sameAsShown(cell: Cell, shown: string): boolean {
  if (cell === null) return shown === "";
  if (typeof cell === "string") return maskTime(shown) === maskTime(cell);
  if (typeof cell === "boolean") return shown.toUpperCase() === String(cell).toUpperCase();
  if (typeof cell === "number") {
    const percent = shown.endsWith("%");
    const n = Number(shown.replace(/[,%\s]/g, "")) / (percent ? 100 : 1);
    return Number.isFinite(n) && Math.abs(n - cell) < (percent ? 0.006 : 1e-6 * Math.max(1, Math.abs(cell)));
  }
  if (isDateCell(cell)) {
    const [y, m, d] = (isoFromSerial(cell.serial) ?? "").split("-");
    return shown === `${d}/${m}/${y}`;
  }
  return true; // error cells: not written by the add-in
}

describe("the browser version: the production build outside Excel, with the real office.js", () => {
  let saved: Uint8Array;
  let expected: Sheet[];
  let viaExcel: Awaited<ReturnType<typeof walk>>;

  it("walks the whole job on files and downloads a workbook equal to the add-in's", async () => {
    const { context, traffic } = await newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    const dialogs: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => void (m.type() === "error" && errors.push(m.text())));
    page.on("dialog", (d) => {
      dialogs.push(d.type());
      void d.accept();
    });
    await page.goto(`${origin}/taskpane.html`);
    await page.getByTestId("filehost").waitFor({ timeout: 30_000 });
    await page.locator('main[data-ready="yes"]').waitFor({ timeout: 60_000 });
    // The real office.js ran: Office.onReady resolved outside any host.
    const office = await page.evaluate(async () => {
      const O = (window as unknown as { Office?: { onReady(): Promise<{ host: unknown }> } }).Office;
      return O ? { host: (await O.onReady()).host ?? null } : "no Office";
    });
    expect(office).toEqual({ host: null });
    expect(traffic.officeJs).toContain("office.js");
    await shot(page, "01-mo-trang");

    await page.getByTestId("period").fill(DEMO_PERIOD);
    await page.getByTestId("asof").fill(DEMO_AS_OF);
    // 1. Kế hoạch
    await page.getByTestId("plan-embedded").click();
    await page.getByTestId("plan-result").waitFor({ timeout: 60_000 });
    const tasks = planStateFrom(KONTUM_4587_TEXT, KONTUM_ROSTER).plan.tasks.length;
    expect(await page.getByTestId("plan-result").innerText()).toContain(`${tasks} nhiệm vụ`);
    // 2. Biểu mẫu: made in the page, downloaded from its own blob links
    await page.getByText("Bỏ chọn").click();
    await page.getByLabel(/Sở LĐTBXH/).check();
    await page.getByTestId("templates-make").click();
    await page.getByTestId("templates-result").waitFor({ timeout: 60_000 });
    const [template] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("template-files").locator("a[download]").first().click(),
    ]);
    expect(
      readFileSync((await template.path())!)
        .subarray(0, 2)
        .toString("latin1"),
    ).toBe("PK");
    await shot(page, "02-bieu-mau");

    // 3. Nhập báo cáo: every return of the demo's agencies, with the day each arrived
    await page
      .getByTestId("import-files")
      .setInputFiles(
        files.map((f) => ({ name: f.name, mimeType: "application/octet-stream", buffer: Buffer.from(f.bytes) })),
      );
    const dates = page.getByTestId("import-pending").locator('input[type="date"]');
    expect(await dates.count()).toBe(files.length);
    for (const [i, f] of files.entries()) await dates.nth(i).fill(f.receivedOn);
    await page.getByTestId("import-run").click();
    await page.getByTestId("import-result").waitFor({ timeout: 120_000 });
    expect(await page.getByTestId("import-result").innerText()).toContain(`Đã nhập ${files.length} báo cáo`);
    // 4. Kiểm tra, and a click on a finding "selects" its cell
    await page.getByTestId("check-run").click();
    await page.getByTestId("check-result").waitFor({ timeout: 120_000 });
    await page
      .getByTestId("check-group")
      .filter({ hasText: /\d+ lỗi/ })
      .first()
      .locator("button", { hasText: /^Lỗi: [A-Z]+\d+ ·/ })
      .first()
      .click();
    await page.getByText(/Ô đang chọn: 'NB /).waitFor();
    await shot(page, "03-kiem-tra");
    // 5. Tổng hợp, 6. Nhắc nhở
    await page.getByTestId("summary-run").click();
    await page.getByTestId("summary-result").waitFor({ timeout: 120_000 });
    await page.getByTestId("remind-run").click();
    await page.getByTestId("remind-result").waitFor({ timeout: 120_000 });
    expect(await page.getByTestId("filehost").getAttribute("data-dirty")).toBe("yes");
    expect(await page.getByTestId("filehost-error").count()).toBe(0);
    await shot(page, "04-nhac-nho");

    // Work in progress survives a reload, and leaving asked first.
    const kept = Number(await page.getByTestId("filehost").getAttribute("data-kept"));
    await eventually(
      async () => Number(await page.getByTestId("filehost").getAttribute("data-kept")),
      (n) => expect(n).toBeGreaterThan(kept),
    );
    await page.reload();
    await page.locator('main[data-ready="yes"]').waitFor({ timeout: 60_000 });
    expect(dialogs).toContain("beforeunload");
    expect(await page.getByTestId("filehost").innerText()).toContain("Đã khôi phục công việc đang làm dở");
    expect(await page.getByTestId("filehost").getAttribute("data-dirty")).toBe("yes");
    // After the reload each step says what the workbook holds: done, folded to its result.
    expect(await page.locator('[data-step="import"]').innerText()).toContain(`${files.length} báo cáo trong sổ`);
    const states = async () => {
      const out: Record<string, string | null> = {};
      for (const step of ["plan", "import", "check", "summary", "remind"])
        out[step] = await page.locator(`[data-step="${step}"]`).getAttribute("data-state");
      return out;
    };
    // A reopened pane judges as of today: the steps judged at the demo's date say they need a
    // new run; back at that date, they are done again, as the workbook recorded them.
    expect(await states()).toEqual({ plan: "done", import: "done", check: "stale", summary: "stale", remind: "stale" });
    // the period comes back from the workbook, and the card says why it must run again
    expect(await page.getByTestId("period").inputValue()).toBe(DEMO_PERIOD);
    expect(await page.locator('[data-step="check"]').innerText()).toContain("cần chạy lại vì ngày đánh giá đổi");
    await page.getByTestId("asof").fill(DEMO_AS_OF);
    await eventually(states, (st) =>
      expect(st).toEqual({ plan: "done", import: "done", check: "done", summary: "done", remind: "done" }),
    );
    await shot(page, "05-khoi-phuc", false);

    // Tải sổ tổng hợp
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("filehost-save").click()]);
    saved = new Uint8Array(readFileSync((await download.path())!));
    writeFileSync(path.join(work, "tong-hop.xlsx"), saved);
    expect(download.suggestedFilename()).toBe("Tong-hop-ke-hoach.xlsx");
    await eventually(
      () => page.getByTestId("filehost").getAttribute("data-dirty"),
      (d) => expect(d).toBe("no"),
    );
    await shot(page, "06-da-tai", false);
    dialogs.length = 0;
    await page.reload();
    await page.locator('main[data-ready="yes"]').waitFor({ timeout: 60_000 });
    expect(dialogs).toEqual([]); // nothing unsaved: no question

    // Nothing left the machine; the page ran clean. Outside a host the real office.js tries to
    // frame Microsoft's telemetry page: the CSP (frame-src 'none') refuses it before any request.
    expect(traffic.outside).toEqual([]);
    const telemetry =
      /^Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates .*frame-src 'none'/;
    expect(errors.filter((e) => !/favicon/.test(e) && !telemetry.test(e))).toEqual([]);
    await context.close();

    // The add-in path from the same inputs: the Office adapter on the stand-in.
    const standin = installStandin(["Sheet1"]);
    const excel = createExcelPort();
    viaExcel = await walk(excel, files, nodeCodecs);
    expected = await allSheets(excel);
    // the links into the NB sheets are in the file too (after the reload's round trip through IndexedDB)
    const internalLinks = standin
      .snapshot()
      .reduce((n, s) => n + Object.values(s.hyperlinks).filter((h) => h.startsWith("#")).length, 0);
    const zip = await JSZip.loadAsync(saved);
    let fileLinks = 0;
    for (const f of Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f)))
      fileLinks += ((await zip.file(f)!.async("string")).match(/<hyperlink [^>]*location="/g) ?? []).length;
    expect(internalLinks).toBeGreaterThan(10);
    expect(fileLinks).toBe(internalLinks);
    const opened = await openWorkbookFile(saved, "tong-hop.xlsx");
    // The pane's record of when each step ran (very hidden) is the pane's own; the add-in path here runs the steps bare.
    const all = await allSheets(opened.port);
    expect(all.find((s) => s.name === STEPS_SHEET)?.state).toBe("veryHidden");
    const got = all.filter((s) => s.name !== STEPS_SHEET);
    expect(got.map((s) => [s.name, s.state])).toEqual(expected.map((s) => [s.name, s.state ?? "visible"]));
    for (const [i, s] of got.entries())
      because(s.name, () => expect(maskTimes(trimmed(s))).toEqual(maskTimes(trimmed(expected[i]!))));
    expect(opened.port.charts().size).toBeGreaterThan(0);
  }, 900_000);

  it("shows the same figures when LibreOffice opens the downloaded workbook", () => {
    const outDir = path.join(work, "csv");
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${path.join(work, "lo")}`,
        "--headless",
        "--convert-to",
        // every sheet to its own CSV (the last field, -1), as shown (the 9th), UTF-8 (76), comma, double quotes
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
        "--outdir",
        outDir,
        path.join(work, "tong-hop.xlsx"),
      ],
      { stdio: "pipe", timeout: 180_000 },
    );
    const csvFiles = readdirSync(outDir);
    const mismatches: string[] = [];
    let compared = 0;
    const visible = expected.filter((s) => (s.state ?? "visible") === "visible");
    for (const sheet of visible) {
      const csv = csvFiles.find((f) => f === `tong-hop-${sheet.name}.csv`);
      because(`${sheet.name} among ${csvFiles.join(", ")}`, () => expect(csv).toBeDefined());
      const rows = Papa.parse<string[]>(readFileSync(path.join(outDir, csv!), "utf8")).data;
      sheet.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell === null) return;
          compared++;
          const shown = rows[r]?.[c] ?? "";
          if (!sameAsShown(cell, shown) && mismatches.length < 20)
            mismatches.push(`${sheet.name}!R${r + 1}C${c + 1}: ${JSON.stringify(cell)} shown ${JSON.stringify(shown)}`);
        }),
      );
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(1000);
    console.log(`LibreOffice shows the add-in's ${compared} cells of the ${visible.length} visible sheets alike`);
  }, 300_000);

  it("continues in Excel (the add-in on the stand-in) at step 6 without re-importing", async () => {
    await standinFromXlsx(saved);
    const port = createExcelPort();
    const state = await readPlanState(port);
    expect(state).not.toBeNull();
    expect(await readImports(port)).toHaveLength(files.length);
    const reminders = await remindersStep(port, state!, DEMO_AS_OF, DEMO_PERIOD);
    expect(reminders.length).toBeGreaterThan(3);
    expect(reminders).toEqual(viaExcel.reminders);
  }, 120_000);

  it("lets an agency open its filled template and check it before sending", async () => {
    const state = planStateFrom(KONTUM_4587_TEXT, KONTUM_ROSTER);
    const filled = await filledTemplate(state, "SKHDT", DEMO_PERIOD, { reportDate: "2022-11-12", status: "skip" });
    const { context, traffic } = await newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/taskpane.html`);
    await page.locator('main[data-ready="yes"]').waitFor({ timeout: 60_000 });
    await page.getByTestId("filehost-open").setInputFiles({
      name: filled.fileName,
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(filled.bytes),
    });
    await page.getByTestId("self-run").click();
    await page.getByTestId("self-result").waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("self-result").innerText()).toMatch(/\d+ lỗi|lỗi/);
    expect(await page.getByTestId("filehost-file").innerText()).toContain(filled.fileName);
    // opened and kept without a hitch; checking colours nothing and changes nothing
    expect(await page.getByTestId("filehost-error").count()).toBe(0);
    expect(await page.getByTestId("filehost").getAttribute("data-dirty")).toBe("no");
    expect(traffic.outside).toEqual([]);
    await shot(page, "07-don-vi-tu-kiem-tra");
    await context.close();
  }, 120_000);

  it("starts the browser version when office.js cannot be loaded at all", async () => {
    const { context, traffic } = await newContext({ officeJs: "unreachable" });
    const page = await context.newPage();
    await page.goto(`${origin}/taskpane.html?lang=en`);
    await page.getByTestId("filehost").waitFor({ timeout: 30_000 });
    await page.locator('main[data-ready="yes"]').waitFor({ timeout: 60_000 });
    expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe("undefined");
    expect(await page.locator("h1").innerText()).toBe("Plan Tracker");
    expect(await page.getByTestId("filehost").innerText()).toContain("Download the workbook");
    expect(traffic.outside).toEqual([`${CDN}office.js`]); // asked, refused: never reached
    await shot(page, "08-khong-co-office-js");
    await context.close();
  }, 120_000);

  it("keeps its initial JavaScript within the pane's budget and fetches ExcelJS only when the workbook is written", async () => {
    const { context, traffic } = await newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/taskpane.html`);
    await page.locator('main[data-ready="yes"]').waitFor({ timeout: 60_000 });
    const html = readFileSync(path.join(build.dir, "taskpane.html"), "utf8");
    const kb = (list: [string, number][]) => list.reduce((n, [, gz]) => n + gz, 0) / 1024;
    const firstScreen = [...traffic.scripts];
    const initial = firstScreen.filter(([url]) => html.includes(url));
    expect(initial.map(([url]) => url)).toEqual(expect.arrayContaining(["old-host.js"]));
    expect(kb(initial)).toBeLessThan(250);
    // ExcelJS is in a chunk of its own, which the page does not name and the first screen does not fetch
    const excelChunk = readdirSync(build.dir).filter(
      (f) => f.endsWith(".js") && readFileSync(path.join(build.dir, f), "utf8").includes("exceljs"),
    );
    expect(excelChunk).toHaveLength(1);
    expect(html.includes(excelChunk[0]!)).toBe(false);
    expect(traffic.scripts.has(excelChunk[0]!)).toBe(false);
    await page.getByTestId("plan-embedded").click();
    await page.getByTestId("plan-result").waitFor({ timeout: 60_000 });
    expect(traffic.scripts.has(excelChunk[0]!)).toBe(true);
    console.log(
      `browser version JS (gzip): initial ${kb(initial).toFixed(1)} KB (${initial.map(([u]) => u).join(", ")}); ` +
        `first screen ${kb(firstScreen).toFixed(1)} KB; ExcelJS chunk ${(traffic.scripts.get(excelChunk[0]!)! / 1024).toFixed(1)} KB, fetched at step 1`,
    );
    await context.close();
  }, 120_000);

  it("says so, in both languages, when the pane's bundle does not start at all", async () => {
    const { context } = await newContext();
    // the bundle does not arrive (a proxy, a broken copy of the site): old-host.js notices after the load
    await context.route(/\/taskpane\.[0-9a-f]+\.js$/, (route) => route.fulfill({ status: 404, body: "" }));
    const page = await context.newPage();
    await page.goto(`${origin}/taskpane.html`);
    const box = page.locator('[data-old-host="failed"]');
    await box.waitFor({ timeout: 30_000 });
    expect(await box.innerText()).toContain("Ngăn làm việc không khởi động được");
    expect(await box.innerText()).toContain("The pane could not start");
    await context.close();
  }, 60_000);

  it("tells Office 2016/2019's IE11 and EdgeHTML engines the truth, in Vietnamese and English", async () => {
    const script = readFileSync(path.join(build.dir, "old-host.js"), "utf8");
    expect(() => parse(script, { ecmaVersion: 5 })).not.toThrow();
    expect(readFileSync(path.join(build.dir, "taskpane.html"), "utf8")).toMatch(
      /<script src="?old-host\.js"?><\/script><script src="?https:\/\/appsforoffice/,
    );
    for (const [name, ua] of [
      ["ie11", IE11],
      ["edgehtml", EDGE_HTML],
    ] as const) {
      const { context, traffic } = await newContext({ userAgent: ua });
      const page = await context.newPage();
      await page.goto(`${origin}/taskpane.html?_host_Info=Excel$Win32$16.01$vi-VN`);
      const box = page.locator('[data-old-host="old"]');
      await box.waitFor({ timeout: 30_000 });
      const text = await box.innerText();
      expect(text).toContain("cần Microsoft 365 hoặc Office 2021 trở lên");
      expect(text).toContain("needs Microsoft 365 or Office 2021 or later");
      // the browser version's address: this page without Office's query
      expect(await box.locator("a").getAttribute("href")).toBe(`${origin}/taskpane.html`);
      expect(await page.getByTestId("filehost").count()).toBe(0);
      expect(traffic.outside).toEqual([]);
      await shot(page, `09-${name}`);
      await context.close();
    }
  }, 120_000);
});
