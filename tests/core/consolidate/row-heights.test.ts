import { describe, expect, it } from "@jest/globals";
import { CHARS_PER_WIDTH, wrappedLines } from "../../../src/core/consolidate/row-heights";

/** The rule written the plain way (split into paragraphs and words): what the one-pass count must equal. */
function byWords(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * CHARS_PER_WIDTH) - 1);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let current = 0;
    let count = 1;
    for (const word of paragraph.split(" ")) {
      const len = Array.from(word).length;
      if (current === 0) current = len;
      else if (current + 1 + len <= perLine) current += 1 + len;
      else {
        count++;
        current = len;
      }
      while (current > perLine) {
        count++;
        current -= perLine;
      }
    }
    lines += count;
  }
  return Math.max(1, lines);
}

describe("wrappedLines", () => {
  it("counts a short text as one line and breaks at spaces and line breaks", () => {
    expect(wrappedLines("Đã hoàn thành", 20)).toBe(1);
    expect(wrappedLines("", 20)).toBe(1);
    expect(wrappedLines("một\nhai\nba", 40)).toBe(3);
    // "Kết quả" (7) fits a 10-wide line, "thực hiện" does not join it.
    expect(wrappedLines("Kết quả thực hiện", 10)).toBe(2);
    // A word longer than a line is cut into pieces of a line each.
    const perLine = Math.floor(10 * CHARS_PER_WIDTH) - 1;
    expect(wrappedLines("x".repeat(2 * perLine + 1), 10)).toBe(3);
  });

  it("counts an emoji (two UTF-16 units) as one character", () => {
    const perLine = Math.floor(10 * CHARS_PER_WIDTH) - 1;
    expect(wrappedLines("😀".repeat(perLine), 10)).toBe(1);
    expect(wrappedLines("😀".repeat(perLine + 1), 10)).toBe(2);
  });

  it("agrees with the word-by-word rule on varied texts: spaces doubled, leading, trailing, lone surrogates", () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pieces = ["a", "nhiệm", "vụ", " ", "  ", "\n", "😀", "\ud800", "\udc00", "x".repeat(30), "Ủy ban"];
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: Math.floor(rnd() * 20) }, () => pieces[Math.floor(rnd() * pieces.length)]).join(
        "",
      );
      const width = 1 + Math.floor(rnd() * 40);
      expect([text, width, wrappedLines(text, width)]).toEqual([text, width, byWords(text, width)]);
    }
  });
});
