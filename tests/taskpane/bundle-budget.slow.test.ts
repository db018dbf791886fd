import { beforeAll, describe, expect, it } from "@jest/globals";
import { because } from "../helpers/because";
import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { productionBuild, ROOT, TEST_PROD_URL, type Build } from "../office-standin/build";

let build: Build;
beforeAll(async () => {
  build = await productionBuild();
}, 360_000);

describe("production build of the pane", () => {
  it("builds, and prints the initial JS size within the 250 KB gzip budget", () => {
    because(build.log.slice(-3000), () => expect(build.ok).toBe(true));
    const m = /initial JS of "taskpane": ([\d.]+) KB gzip/.exec(build.log);
    because(build.log.slice(-2000), () => expect(m).not.toBeNull());
    expect(Number(m![1])).toBeLessThanOrEqual(250);
  });

  it("keeps ExcelJS and papaparse out of the initial JS (lazy chunks)", () => {
    const r = spawnSync("node", [path.join(ROOT, "scripts/bundle-budget.mjs"), build.dir, "250"], { encoding: "utf8" });
    because(r.stdout + r.stderr, () => expect(r.status).toBe(0));
    const initial = Number(/initial JS: ([\d.]+) KB gzip/.exec(r.stdout)![1]);
    const html = readFileSync(path.join(build.dir, "taskpane.html"), "utf8");
    const files = readdirSync(build.dir).filter((f) => f.endsWith(".js"));
    expect(files.some((f) => f.startsWith("papaparse."))).toBe(true);
    // ExcelJS alone is ~250 KB gzip, pdf.js more: they cannot be in an initial JS this small, nor
    // named by the page. Each lives in a chunk of its own that only a dynamic import() loads.
    const chunkOf = (marker: RegExp) =>
      files.find((f) => !html.includes(f) && marker.test(readFileSync(path.join(build.dir, f), "utf8")));
    expect(chunkOf(/exceljs/)).toBeDefined();
    expect(chunkOf(/WorkerMessageHandler/)).toBeDefined(); // pdf.js, for plans that arrive as PDF
    for (const f of files.filter((f) => html.includes(f)))
      expect(readFileSync(path.join(build.dir, f), "utf8")).not.toMatch(/exceljs|WorkerMessageHandler/);
    expect(initial).toBeLessThan(250);
    // (control) the budget script does fail over budget
    const tight = spawnSync("node", [path.join(ROOT, "scripts/bundle-budget.mjs"), build.dir, "10"], {
      encoding: "utf8",
    });
    expect(tight.status).toBe(1);
  });

  it("serves a page whose CSP allows scripts only from itself and office.js's CDN", () => {
    const html = readFileSync(path.join(build.dir, "taskpane.html"), "utf8");
    const csp = /Content-Security-Policy content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(csp).toContain("connect-src 'self'");
    const external = [...html.matchAll(/https?:\/\/[^\s"'>);]+/g)].map((m) => m[0]);
    expect(new Set(external)).toEqual(
      new Set(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "https://appsforoffice.microsoft.com"]),
    );
  });

  it("writes the production URL into dist/manifest.xml, which still validates", () => {
    const xml = readFileSync(path.join(build.dir, "manifest.xml"), "utf8");
    expect(xml).not.toContain("localhost");
    expect(xml).toContain(`<SourceLocation DefaultValue="${TEST_PROD_URL}taskpane.html"/>`);
    expect(xml).toContain(`<AppDomain>${new URL(TEST_PROD_URL).origin}</AppDomain>`);
    expect(xml).toContain(`${TEST_PROD_URL}assets/icon-32.png`);
    const source = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    expect(/<Id>([^<]+)<\/Id>/.exec(xml)![1]).toBe(/<Id>([^<]+)<\/Id>/.exec(source)![1]);
    execFileSync(
      "bash",
      [path.resolve(ROOT, "../shared/tools/validate-manifest.sh"), path.join(build.dir, "manifest.xml")],
      { stdio: "pipe" },
    );
  });
});
