/**
 * What the pane's Chromium tests share: one browser over the production build with the Excel
 * stand-in in place of office.js, and the measures taken at every step — the layout at 320, 350
 * and 500 px and at 200% zoom (nothing scrolls sideways), axe-core's accessibility rules, and
 * screenshots to look at (test-results/).
 */
import { afterAll, beforeAll, expect } from "@jest/globals";
import { existsSync, mkdirSync, readFileSync, rmSync, mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { because } from "../helpers/because";
import { productionBuild, ROOT } from "../office-standin/build";
import { CHROMIUM, CHROMIUM_ARGS, serveDir, standinScript, type Served } from "../office-standin/serve";

export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export interface Browser {
  context: BrowserContext;
  origin: string;
  standinJs: string;
  close(): Promise<void>;
}

export async function launch(): Promise<Browser> {
  because("Debian package chromium is needed: apt-get install -y chromium", () =>
    expect(existsSync(CHROMIUM)).toBe(true),
  );
  const build = await productionBuild();
  because(build.log.slice(-3000), () => expect(build.ok).toBe(true));
  const standinJs = await standinScript();
  const served: Served = await serveDir(build.dir);
  const profile = mkdtempSync(path.join(tmpdir(), "kehoach-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 380, height: 900 },
    acceptDownloads: true,
    locale: "vi-VN",
  });
  return {
    context,
    origin: served.origin,
    standinJs,
    close: async () => {
      await context.close();
      await served.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface Pane {
  page: Page;
  /** requests that left the page's origin */
  outside: string[];
  errors: string[];
}

/** A page with the stand-in as office.js; `config` seeds the stand-in (sheets, language). */
export async function openPane(b: Browser, config: Record<string, unknown> = {}): Promise<Pane> {
  const page = await b.context.newPage();
  const outside: string[] = [];
  const errors: string[] = [];
  page.on("request", (req) => {
    const u = req.url();
    if (u === OFFICE_JS || u.startsWith(b.origin) || u.startsWith("blob:") || u.startsWith("data:")) return;
    outside.push(u);
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.route(OFFICE_JS, (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: b.standinJs }),
  );
  await page.addInitScript((c) => {
    (window as unknown as { __standinConfig: unknown }).__standinConfig = c;
  }, config);
  await page.goto(`${b.origin}/taskpane.html`);
  await page.locator('main[data-ready="yes"]').waitFor({ timeout: 30_000 });
  return { page, outside, errors };
}

export type StandinSheetSnapshot = {
  name: string;
  visibility: string;
  values: unknown[][];
  formulas: Record<string, string>;
  formats: Record<string, string>;
  fills: Record<string, string>;
  charts: unknown[];
  hyperlinks: Record<string, string>;
};

export const snapshot = (page: Page) =>
  page.evaluate(() => (window as unknown as { __standin: { snapshot(): unknown } }).__standin.snapshot()) as Promise<
    StandinSheetSnapshot[]
  >;

/**
 * The workbook as the stand-in holds it, as the stand-in's start-up configuration: what Excel
 * would show a pane opened again on the same saved workbook (values, visibility, date cells).
 */
export function reopenConfig(wb: StandinSheetSnapshot[]): Record<string, unknown> {
  return {
    sheets: wb.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      rows: s.values.map((r) => r.map((v) => (v === "" ? null : v))),
      dateCells: Object.entries(s.formats)
        .filter(([, f]) => /d/.test(f) && /y/.test(f))
        .map(([a]) => a),
    })),
  };
}

const SHOTS = path.join(ROOT, "test-results", "pane");
const require = createRequire(import.meta.url);
let axeSource: string | null = null;

type AxeResult = { id: string; impact: string | null; help: string; nodes: { target: string[]; html: string }[] };

/** axe-core's rules (WCAG 2.x A/AA and best practices) on the page as it is: violations, shortly described. */
export async function axeViolations(page: Page): Promise<string[]> {
  axeSource ??= readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== "undefined");
  // The pane's Content-Security-Policy refuses inline scripts (page.addScriptTag): axe's source is
  // evaluated through the DevTools protocol instead, which the policy does not govern.
  if (!loaded) await page.evaluate(axeSource);
  const violations = (await page.evaluate(() =>
    (window as unknown as { axe: { run(ctx: Document, o: unknown): Promise<{ violations: unknown[] }> } }).axe
      .run(document, { resultTypes: ["violations"] })
      .then((r) => r.violations),
  )) as AxeResult[];
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(" ")} ${n.html.slice(0, 120)}`)
        .join(" | ")}`,
  );
}

/** The widths an official's pane takes: Excel's narrowest, its default, a wide one; and 350 px at 200% zoom. */
export const WIDTHS = [
  { name: "320", width: 320, scale: 1 },
  { name: "350", width: 350, scale: 1 },
  { name: "500", width: 500, scale: 1 },
  // Chromium's zoom halves the CSS width and doubles the pixel ratio: the layout a 350 px pane at 200% gets.
  { name: "350-zoom200", width: 175, scale: 2 },
] as const;

/**
 * How far the page scrolls sideways (0: it does not), and what sticks out past the right edge:
 * an element cut off by a card that hides its overflow does not make the page scroll, but is
 * just as unreadable, so it counts too.
 */
export async function sidewaysOverflow(page: Page): Promise<{ overflow: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const edge = root.clientWidth;
    const culprits: string[] = [];
    for (const el of document.querySelectorAll("main *")) {
      const r = el.getBoundingClientRect();
      if (r.width < 2 || r.height < 2 || r.right <= edge + 0.5) continue;
      // the parent already counted stands for its children
      if (el.parentElement && el.parentElement.getBoundingClientRect().right > edge + 0.5) continue;
      const text = (el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 40);
      culprits.push(`<${el.tagName.toLowerCase()}> "${text}" right=${Math.round(r.right)} > ${edge}`);
    }
    return { overflow: Math.max(root.scrollWidth - edge, document.body.scrollWidth - edge), culprits };
  });
}

/**
 * The measures at one step: at each width (and at 200% zoom) a screenshot and nothing past the
 * right edge; then axe-core finds no violation. The viewport is put back as it was. The widths
 * are set through the DevTools protocol (Playwright's own viewport has no pixel ratio per page),
 * and the screenshot is taken the same way, so that it shows the layout that was measured.
 */
export async function measureStep(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const cdp = await page.context().newCDPSession(page);
  const before = page.viewportSize() ?? { width: 380, height: 900 };
  try {
    for (const w of WIDTHS) {
      await cdp.send("Emulation.setDeviceMetricsOverride", {
        width: w.width,
        height: Math.round(900 / w.scale),
        deviceScaleFactor: w.scale,
        mobile: false,
      });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const { overflow, culprits } = await sidewaysOverflow(page);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const shot = (await cdp.send("Page.captureScreenshot", {
        format: "png",
        captureBeyondViewport: true,
        clip: { x: 0, y: 0, width: w.width, height, scale: 1 },
      })) as { data: string };
      writeFileSync(path.join(SHOTS, `${name}-${w.name}.png`), Buffer.from(shot.data, "base64"));
      because(`${name} at ${w.name}: scrolls sideways by ${overflow}px\n${culprits.join("\n")}`, () => {
        expect(overflow).toBeLessThanOrEqual(0);
        expect(culprits).toEqual([]);
      });
    }
  } finally {
    await cdp.send("Emulation.clearDeviceMetricsOverride");
    await cdp.detach();
    await page.setViewportSize(before);
  }
  const violations = await axeViolations(page);
  because(`${name}: axe-core\n${violations.join("\n")}`, () => expect(violations).toEqual([]));
}

/**
 * Tab presses from where the focus is until `isTarget` holds for the focused element (at most
 * `limit`): a keyboard-only user's cost to reach something.
 */
export async function tabsUntil(
  page: Page,
  isTarget: (el: { testid: string | null; name: string; text: string; severity: string | null }) => boolean,
  limit = 200,
): Promise<number> {
  for (let n = 1; n <= limit; n++) {
    await page.keyboard.press("Tab");
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return {
        testid: a?.getAttribute("data-testid") ?? null,
        name: a?.getAttribute("aria-label") ?? "",
        text: (a?.innerText ?? "").trim(),
        severity: a?.getAttribute("data-severity") ?? null,
      };
    });
    if (isTarget(el)) return n;
  }
  return Infinity;
}

/**
 * One Chromium for a test file: launched before its tests and closed after them, with the pane
 * opener and the step screenshot (at the walk's width, then every measure) written to
 * test-results/<folder>.
 */
export function paneSuite(folder: string) {
  const shots = path.join(ROOT, "test-results", folder);
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
    mkdirSync(shots, { recursive: true });
  }, 400_000);
  afterAll(async () => {
    await browser?.close();
  });
  return {
    shots,
    openPane: (config: Record<string, unknown> = {}) => openPane(browser!, config),
    async shot(page: Page, name: string): Promise<void> {
      await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
      await measureStep(page, name);
    },
  };
}
