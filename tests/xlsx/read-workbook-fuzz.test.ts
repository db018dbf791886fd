import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { readSubmissionFile } from "../../src/xlsx/read-workbook";
import { readCsv } from "../../src/csv/read-csv";
import { isUserError } from "../../src/core/errors";
import type { WorkbookData } from "../../src/core/grid";
import { makeTemplate } from "../helpers/template-files";

/** Either a WorkbookData of well-formed sheets, or a UserError: nothing else may come out. */
async function outcome(p: Promise<WorkbookData> | (() => WorkbookData)): Promise<"ok" | string> {
  try {
    const wb = typeof p === "function" ? p() : await p;
    for (const s of wb.sheets) {
      expect(typeof s.name).toBe("string");
      for (const r of s.rows) {
        expect(Array.isArray(r)).toBe(true);
        for (const c of r) expect(c === undefined).toBe(false);
      }
    }
    return "ok";
  } catch (e) {
    if (isUserError(e)) return e.key;
    throw e;
  }
}

// Top-level await: jest's describe callbacks must be synchronous.
const { bytes: template } = await makeTemplate();

describe("readers never throw anything but a UserError", () => {
  it("on arbitrary bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        await outcome(readSubmissionFile(bytes, "fuzz.bin"));
      }),
      { numRuns: 300 },
    );
  });

  it("on a template with bytes flipped or cut", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ at: fc.nat({ max: template.length - 1 }), xor: fc.integer({ min: 1, max: 255 }) }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.nat({ max: template.length }),
        async (flips, cut) => {
          const b = template.slice(0, Math.max(cut, 1));
          for (const f of flips) if (f.at < b.length) b[f.at] = b[f.at]! ^ f.xor;
          await outcome(readSubmissionFile(b, "flipped.xlsx"));
        },
      ),
      { numRuns: 120 },
    );
  });

  it("on arbitrary text as CSV", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme", maxLength: 400 }), async (text) => {
        await outcome(() => readCsv(new TextEncoder().encode(text), "fuzz.csv"));
      }),
      { numRuns: 300 },
    );
  });
});
