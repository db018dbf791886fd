import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { fitList, fitText } from "../../../src/core/consolidate/fit-text";
import { wrappedLines } from "../../../src/core/consolidate/row-heights";

/** The first version, over an array of code points: the fast one must cut exactly where it did. */
function reference(text: string, width: number, note: string, maxLines: number): string {
  if (text === "" || wrappedLines(text, width) <= maxLines) return text;
  const chars = Array.from(text);
  const cut = (n: number) => {
    let head = chars.slice(0, n).join("");
    const space = head.search(/\s\S*$/);
    if (space > n / 2) head = head.slice(0, space);
    return note ? `${head.trimEnd()}…\n${note}` : `${head.trimEnd()}…`;
  };
  let lo = 0;
  let hi = chars.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (wrappedLines(cut(mid), width) <= maxLines) lo = mid;
    else hi = mid - 1;
  }
  return cut(lo);
}

describe("fitText", () => {
  it("keeps a text that fits, and cuts one that does not at a word, with the note on its own line", () => {
    expect(fitText("Hoàn thành", 20, "xem trang gốc", 2)).toBe("Hoàn thành");
    const long = "Triển khai thực hiện chính sách hỗ trợ giảm nghèo bền vững ".repeat(10).trim();
    const fitted = fitText(long, 20, "xem trang gốc", 3);
    expect(fitted.endsWith("…\nxem trang gốc")).toBe(true);
    expect(wrappedLines(fitted, 20)).toBeLessThanOrEqual(3);
    expect(long.startsWith(fitted.split("…")[0]!)).toBe(true);
  });

  it("cuts where the code-point version cut, for any text, width and budget, and the same on a second call", () => {
    const piece = fc.constantFrom("a", "ồ", " ", "  ", "\n", "\t", "😀", "nghèo", "x".repeat(30), "\u00a0", "Ủy ban");
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }),
        fc.integer({ min: 2, max: 40 }),
        fc.constantFrom("", "xem gốc"),
        fc.integer({ min: 1, max: 4 }),
        (pieces, width, note, maxLines) => {
          const text = pieces.join("");
          const expected = reference(text, width, note, maxLines);
          expect(fitText(text, width, note, maxLines)).toBe(expected);
          expect(fitText(text, width, note, maxLines)).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("fitList keeps whole names", () => {
    const names = Array.from({ length: 40 }, (_, i) => `Ủy ban nhân dân xã ${i + 1}`);
    const shown = fitList(names, 30, "xem danh sách", 4);
    expect(shown.endsWith("…\nxem danh sách")).toBe(true);
    for (const part of shown.split("…")[0]!.split(", ")) expect(names).toContain(part);
  });
});
