import { describe, expect, it } from "@jest/globals";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadRoster } from "../../src/cli/load";
import { isUserError } from "../../src/core/errors";

describe("loadRoster", () => {
  it("a JSON syntax error says where in the file, not in the JavaScript engine's words", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kehoach-roster-"));
    writeFileSync(join(dir, "danh-ba.json"), '{\n  "agencies": [\n    { "id": "STC", }\n  ]\n}\n');
    let err: unknown;
    try {
      await loadRoster("danh-ba.json", dir);
    } catch (e) {
      err = e;
    }
    expect(isUserError(err)).toBe(true);
    const text = (err as Error).message;
    expect(text).toContain("danh-ba.json");
    expect(text).toContain("lỗi cú pháp JSON ở dòng 3");
    expect(text).toContain("JSON syntax error at line 3");
    expect(text).not.toMatch(/Unexpected token|Expected|in JSON at position/);
  });
});
