import { describe, expect, it } from "@jest/globals";
import { deflateRawSync } from "node:zlib";
import { jsInflate } from "../../../src/xlsx/direct/js-inflate";

/** Bytes that compress somewhat, like sheet XML: repeated tags with varying numbers. */
function xmlLike(n: number): Uint8Array {
  let s = "";
  for (let i = 0; s.length < n; i++) s += `<c r="A${i}" t="s"><v>${(i * 7919) % 1000}</v></c>`;
  return new TextEncoder().encode(s.slice(0, n));
}

describe("the JavaScript inflater the pane's direct reader uses", () => {
  it("gives zlib's input back at every level and size, across several input slices", () => {
    for (const n of [0, 1, 100, 5_000, 70_000, 400_000]) {
      const plain = xmlLike(n);
      for (const level of [0, 1, 6, 9]) {
        const packed = deflateRawSync(plain, { level });
        expect(Buffer.from(jsInflate(packed, plain.length + 1)).equals(Buffer.from(plain))).toBe(true);
      }
    }
  });

  it("never gives more than the size allowed: a small part that lies is cut (the reader's size check refuses it)", () => {
    const bomb = deflateRawSync(new Uint8Array(20_000_000));
    expect(bomb.length).toBeLessThanOrEqual(64 * 1024);
    expect(jsInflate(bomb, 1000).length).toBe(1000);
  });

  it("stops a large part that inflates past the size allowed, without inflating the rest", () => {
    const bomb = deflateRawSync(new Uint8Array(200_000_000));
    expect(bomb.length).toBeGreaterThan(64 * 1024);
    expect(() => jsInflate(bomb, 1000)).toThrow();
  });

  it("refuses data that is not deflate or is cut short", () => {
    const packed = deflateRawSync(xmlLike(20_000));
    expect(() => jsInflate(packed.subarray(0, packed.length >> 1), 20_001)).toThrow();
    expect(() => jsInflate(Uint8Array.from([0xff, 0xff, 0xff, 0xff]), 100)).toThrow();
  });
});
