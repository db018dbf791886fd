import { describe, expect, it } from "@jest/globals";
import { because } from "../../helpers/because";
import { filesMessages } from "../../../src/core/i18n/files";
import { isMessageKey, tBoth } from "../../../src/core/i18n";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("files-area messages", () => {
  const keys = Object.keys(filesMessages.vi) as (keyof typeof filesMessages.vi)[];

  it("are registered, and each language has the same placeholders", () => {
    expect(keys.length).toBeGreaterThan(10);
    for (const k of keys) {
      because(k, () => expect(isMessageKey(k)).toBe(true));
      because(k, () => expect(filesMessages.vi[k].length).toBeGreaterThan(0));
      because(k, () => expect(filesMessages.en[k].length).toBeGreaterThan(0));
      because(k, () => expect(placeholders(filesMessages.en[k])).toEqual(placeholders(filesMessages.vi[k])));
    }
  });

  it("every file error names the file, in both languages", () => {
    for (const k of keys.filter((k) => k.startsWith("files."))) {
      const text = tBoth(k, {
        file: "X.xlsx",
        size: 1,
        limit: 1,
        ratio: 1,
        detail: "d",
        count: 1,
        sheet: "S",
        rows: 1,
        cols: 1,
        encoding: "VNI",
        sample: "s",
        line: 1,
        pid: 1,
        host: "h",
        since: "s",
        lock: "l",
        part: "xl/p.xml",
        offset: 1,
        ref: "A1",
        format: ".xls",
      });
      expect(text.split("\n")).toHaveLength(2);
      for (const line of text.split("\n")) because(k, () => expect(line).toContain("X.xlsx"));
      because(k, () => expect(text).not.toMatch(/\{\w+\}/));
    }
  });
});
