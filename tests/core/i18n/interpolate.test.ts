import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { interpolate, type Params } from "../../../src/core/i18n/define";

/** The replace-based version the cut templates must agree with. */
function byReplace(template: string, params: Params): string {
  return template.replace(
    /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g,
    (whole, name: string, one?: string, other?: string) => {
      const v = params[name];
      if (v === undefined || v === null) return whole;
      if (one === undefined || other === undefined) return String(v);
      return Number(v) === 1 ? one : other;
    },
  );
}

describe("interpolate", () => {
  it("fills placeholders, keeps unknown ones visible, and picks English plurals", () => {
    expect(interpolate("{count} {count|lỗi|lỗi} ở {file}", { count: 1, file: "a.xlsx" })).toBe("1 lỗi ở a.xlsx");
    expect(interpolate("{count} {count|error|errors}", { count: 3 })).toBe("3 errors");
    expect(interpolate("{count} {count|error|errors}", { count: "1" })).toBe("1 error");
    expect(interpolate("Ô {cell}: {missing}", { cell: "B7" })).toBe("Ô B7: {missing}");
    expect(interpolate("không có tham số")).toBe("không có tham số");
  });

  it("gives what one replace over the template gives, for any template, params, and on every later call", () => {
    const piece = fc.constantFrom(
      "{a}",
      "{b}",
      "{n|one|many}",
      "{n||}",
      "{ a}",
      "{",
      "}",
      "|",
      "{a|x}",
      "text ",
      "ồ",
      "{{b}}",
    );
    const value = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.integer({ min: 0, max: 3 }),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), value, value, value, (pieces, a, b, n) => {
        const template = pieces.join("");
        const params: Params = { a, b, n };
        expect(interpolate(template, params)).toBe(byReplace(template, params));
        expect(interpolate(template, params)).toBe(byReplace(template, params)); // from the cache
      }),
      { numRuns: 3000 },
    );
  });
});
