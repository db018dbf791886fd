import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { isWhiteSpaceCode, needsCleaning } from "../../src/core/text";

describe("needsCleaning", () => {
  // The pattern it replaced: one character of the class, a double space, a space at an end.
  const PATTERN =
    /[\r\n\t\f\v\u00a0\u2007\u202f\u200b\u00ad\ufeff\u01d7-\u01dc\u1680\u2000-\u200a\u2028\u2029\u205f\u3000]| {2}|^\s|\s$/;
  it("answers as the pattern does, for any mix of ordinary, odd-space and invisible characters", () => {
    const ch = fc.constantFrom(
      ..."aồ Ư1 .\t\n\r\f\v\u00a0\u2007\u202f\u200b\u00ad\ufeff\u01d6\u01d7\u01dc\u01dd\u1680\u2000\u200a\u200b\u200c",
      ..."\u2028\u2029\u205f\u3000\u0085\u180e\u001f",
    );
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 8 }), (chars) => {
        const s = chars.join("");
        expect(needsCleaning(s)).toBe(PATTERN.test(s));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("isWhiteSpaceCode", () => {
  it("is true exactly for what \\s matches", () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isWhiteSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});
