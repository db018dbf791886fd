import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { cellText } from "../../../src/xlsx/write/cell-text";
import { clipCellText } from "../../../src/core/sheet-model";
import { xmlEscape } from "../../../src/xlsx/xlsx-parts";

// eslint-disable-next-line no-control-regex -- the control characters are exactly what is matched
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Every step applied, whatever the text: the fast path must give the same. */
function allSteps(text: string): string {
  return xmlEscape(
    clipCellText(text)
      .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
      .replace(NOT_XML, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`),
  );
}

describe("cellText", () => {
  it("escapes what XML needs and keeps plain text as it is", () => {
    expect(cellText("Sở KH&ĐT <b>")).toBe("Sở KH&amp;ĐT &lt;b&gt;");
    expect(cellText("_x0041_")).toBe("_x005F_x0041_");
    expect(cellText("a\u0001b\r\nc")).toBe("a_x0001_b\nc");
    expect(cellText("Đã hoàn thành")).toBe("Đã hoàn thành");
    expect(cellText("x".repeat(40_000)).length).toBe(32_767);
  });

  it("gives what every step gives, for any mix of specials, controls and text", () => {
    const piece = fc.constantFrom(
      "a",
      "ồ",
      "&",
      "<",
      ">",
      '"',
      "'",
      "_",
      "_x0041_",
      "_x12",
      "\r",
      "\r\n",
      "\n",
      "\t",
      "\u0001",
      "\uFFFE",
      "😀",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        expect(cellText(text)).toBe(allSteps(text));
      }),
      { numRuns: 3000 },
    );
    for (const n of [32_766, 32_767, 32_768]) expect(cellText("y".repeat(n))).toBe(allSteps("y".repeat(n)));
  });
});
