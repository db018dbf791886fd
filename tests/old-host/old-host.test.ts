/**
 * src/old-host/old-host.js must run in Internet Explorer 11 and EdgeHTML: it is parsed here
 * with an ES5-only parser (acorn, ecmaVersion 5), which refuses let/const, arrows, template
 * strings, trailing commas in calls and everything newer.
 */
import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "acorn";
import { ROOT } from "../office-standin/build";

const SOURCE = readFileSync(path.join(ROOT, "src/old-host/old-host.js"), "utf8");

describe("the old-host script", () => {
  it("is ES5 only", () => {
    expect(() => parse(SOURCE, { ecmaVersion: 5 })).not.toThrow();
    // (control) the same parser refuses what IE11 cannot run
    for (const newer of ["let a = 1;", "var f = () => 1;", "var s = `x`;", "f(a, b,);", "var o = a?.b;"])
      expect(() => parse(newer, { ecmaVersion: 5 })).toThrow();
  });

  it("says the same thing in Vietnamese and English, naming the versions needed", () => {
    expect(SOURCE).toContain("cần Microsoft 365 hoặc Office 2021 trở lên");
    expect(SOURCE).toContain("needs Microsoft 365 or Office 2021 or later");
    // Trident (IE11) and EdgeHTML ("Edge/"), not Chromium Edge ("Edg/")
    expect(SOURCE).toMatch(/Trident/);
    expect(SOURCE).toMatch(/Edge\\\/\\d\+/);
  });
});
