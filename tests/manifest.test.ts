import { describe, expect, it } from "@jest/globals";
import { because } from "./helpers/because";
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const manifestPath = path.join(root, "manifest.xml");
const manifest = readFileSync(manifestPath, "utf8");
const validator = path.resolve(root, "../shared/tools/validate-manifest.sh");

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

function urls(xml: string): string[] {
  return [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"|<AppDomain>([^<]+)<\/AppDomain>/g)].map(
    (m) => m[1] ?? m[2]!,
  );
}

describe("manifest.xml", () => {
  it("validates against Microsoft's schema (xmllint required: apt-get install libxml2-utils)", () => {
    const hasXmllint = spawnSync("sh", ["-c", "command -v xmllint"]).status === 0;
    // In CI a missing xmllint is a failure, not a skip: the schema check is the point.
    because("xmllint not found: install Debian package libxml2-utils", () => expect(hasXmllint).toBe(true));
    because(`validator missing at ${validator}`, () => expect(existsSync(validator)).toBe(true));
    const r = spawnSync("bash", [validator, manifestPath], { encoding: "utf8" });
    because(r.stderr, () => expect(r.status).toBe(0));
    // xmllint says "<file> validates" on stderr; a refusal says "fails to validate".
    expect(r.stdout + r.stderr).toMatch(/manifest\.xml validates/);
  });

  it("(control) the validator rejects a manifest without its Id", () => {
    const broken = path.join(root, "test-results", "manifest-broken.xml");
    execFileSync("mkdir", ["-p", path.dirname(broken)]);
    execFileSync("sh", ["-c", `sed '/<Id>/d' "${manifestPath}" > "${broken}"`]);
    const r = spawnSync("bash", [validator, broken], { encoding: "utf8" });
    expect(r.status).not.toBe(0);
  });

  it("has a fixed GUID as Id, Vietnamese default, English override, ExcelApi at most 1.9", () => {
    const id = /<Id>([^<]+)<\/Id>/.exec(manifest)?.[1];
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    // stable across builds: the value the add-in was first published with
    expect(id).toBe("6c4002dd-4987-46d3-b392-58e1873e330b");
    expect(manifest).toContain("<DefaultLocale>vi-VN</DefaultLocale>");
    expect(manifest).toMatch(/<Override Locale="en-US"/);
    const sets = [...manifest.matchAll(/<Set Name="ExcelApi" MinVersion="1\.(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(sets.length).toBe(1);
    expect(sets[0]!).toBeLessThanOrEqual(9);
    expect(manifest).toContain('<OfficeTab id="TabHome">');
    expect(manifest).toContain('xsi:type="ShowTaskpane"');
  });

  it("uses https for every URL, the dev server at https://localhost:3000/", () => {
    const all = urls(manifest);
    expect(all.length).toBeGreaterThan(5);
    for (const u of all) because(u, () => expect(u.startsWith("https://")).toBe(true));
    expect(all).toContain("https://localhost:3000/taskpane.html");
  });

  it("points at icons that exist with the pixel size they are declared at", () => {
    const declared = [...manifest.matchAll(/https:\/\/localhost:3000\/assets\/icon-(\d+)\.png/g)].map((m) =>
      Number(m[1]),
    );
    expect(new Set(declared)).toEqual(new Set([16, 32, 64, 80]));
    for (const size of [16, 32, 64, 80]) {
      const file = path.join(root, "assets", `icon-${size}.png`);
      because(file, () => expect(existsSync(file)).toBe(true));
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    // the <bt:Image size="N"> declarations agree with the files they name
    for (const m of manifest.matchAll(/<bt:Image id="Icon\.(\d+)x(\d+)" DefaultValue="[^"]*icon-(\d+)\.png"\/>/g)) {
      expect(m[1]).toBe(m[3]);
    }
  });
});
