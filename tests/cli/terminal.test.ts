import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { escapeJsonControls, terminalField, terminalText } from "../../src/cli/terminal";

const ESC = "\u001b";
const HOSTILE = [
  `${ESC}[31mred${ESC}[0m`, // colour
  `${ESC}[2J${ESC}[H`, // clear screen, cursor home
  `${ESC}]0;pwned\u0007`, // window title (OSC, BEL)
  `${ESC}]8;;http://evil/${ESC}\\link${ESC}]8;;${ESC}\\`, // OSC 8 hyperlink (ST)
  `${ESC}]52;c;Y2xpcGJvYXJk\u0007`, // clipboard write
  `\u009b31m`, // 8-bit CSI
  `\u009d0;title\u009c`, // 8-bit OSC
  "a\u202eevil\u202c", // bidi override
  "x\u2066y\u2069", // isolates
  "bell\u0007 back\b del\u007f nul\u0000",
];

describe("terminalText", () => {
  it("passes text with nothing to remove through unchanged, and leaves nothing behind whatever the mix", () => {
    const clean = 'Sở Tài chính\tđã hoàn thành\r\n{"file": "a.xlsx"}\n';
    expect(terminalText(clean)).toBe(clean);
    // Strings of the hostile pieces, controls and ordinary text in any order: no control survives.
    const piece = fc.oneof(
      fc.constantFrom(...HOSTILE, "\r", "\r\n", "\n", "\t", ESC, "\u009b", "ồ", "["),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        expect(terminalText(pieces.join(""))).not.toMatch(
          // eslint-disable-next-line no-control-regex -- none may survive
          /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/,
        );
      }),
    );
  });

  it("removes escape sequences, C0 (but tab and newline), DEL, C1 and bidi controls", () => {
    for (const h of HOSTILE) {
      // eslint-disable-next-line no-control-regex -- checking that none is left
      expect(terminalText(h)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    }
    expect(terminalText(`${ESC}[31mĐỏ${ESC}[0m`)).toBe("Đỏ");
    expect(terminalText(`${ESC}]8;;http://evil/${ESC}\\link${ESC}]8;;${ESC}\\`)).toBe("link");
    expect(terminalText("a\u202eevil\u202c")).toBe("aevil");
  });
  it("keeps Vietnamese text, tabs, newlines and CRLF; drops a bare CR that would overwrite a line", () => {
    expect(terminalText("Sở Tài chính\tĐắk Hà\nxã Đăk Ang\r\n")).toBe("Sở Tài chính\tĐắk Hà\nxã Đăk Ang\r\n");
    expect(terminalText("0 lỗi\rOK, 5 lỗi")).toBe("0 lỗiOK, 5 lỗi");
  });
  it("is linear on long hostile input", () => {
    const t0 = performance.now();
    terminalText(`${ESC}[`.repeat(200_000) + `${ESC}]`.repeat(200_000));
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe("terminalField", () => {
  it("never lets a field start a new line", () => {
    expect(terminalField("bao-cao.csv\n■ gia-mao.xlsx: 0 lỗi")).toBe("bao-cao.csv ■ gia-mao.xlsx: 0 lỗi");
    expect(terminalField("a\r\nb\rc\u2028d\u0085e")).toBe("a b c d e");
  });
});

describe("escapeJsonControls", () => {
  it("escapes C1, DEL and bidi characters; the JSON still parses to the same data", () => {
    const data = { v: `x\u009b31m\u202e\u007f${ESC}[0m` };
    const json = escapeJsonControls(JSON.stringify(data));
    // eslint-disable-next-line no-control-regex -- checking that none is left raw
    expect(json).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(JSON.parse(json)).toEqual(data);
  });
});
