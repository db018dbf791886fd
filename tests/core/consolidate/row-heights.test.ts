import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { CHARS_PER_WIDTH, fitRowHeights, rowLines, wrappedLines } from "../../../src/core/consolidate/row-heights";
import type { CellStyle, OutRow, OutSheet, OutValue } from "../../../src/core/sheet-model";

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

describe("rowLines and fitRowHeights", () => {
  /** rowLines as it was, with cells.forEach. */
  function rowLinesBefore(sheet: Pick<OutSheet, "columns">, row: OutRow): number {
    const wrapping = new Set(["wrap", "muted", "good", "warn", "bad", "info", "neutral", "header"]);
    let lines = 1;
    row.cells.forEach((v, c) => {
      const style = row.cellStyles?.[c] ?? row.style ?? sheet.columns[c]?.style;
      const text =
        v === null || v === undefined
          ? ""
          : typeof v === "string"
            ? v
            : typeof v === "object"
              ? "date" in v
                ? "00/00/0000"
                : v.text
              : String(v);
      if (text === "") return;
      const width = sheet.columns[c]?.width ?? 10;
      const wraps = style !== undefined && wrapping.has(style);
      lines = Math.max(lines, wraps ? wrappedLines(text, width) : text.split("\n").length);
    });
    return lines;
  }

  const value = fc.oneof(
    fc.constantFrom<OutValue>(null, "", "Hoàn thành", "dòng 1\ndòng 2\ndòng 3", 42, 1.5, { date: "2022-11-15" }),
    fc.string({ maxLength: 120 }),
    fc.lorem({ maxCount: 40 }).map((t): OutValue => ({ text: t, link: "#'A'!A1" })),
  );
  const style = fc.constantFrom<CellStyle | undefined>(undefined, "wrap", "text", "bad", "header", "number");
  const row = fc.record(
    {
      cells: fc.array(value, { maxLength: 6 }),
      style,
      cellStyles: fc.array(style, { maxLength: 6 }),
      height: fc.constantFrom(undefined, 30),
    },
    { requiredKeys: ["cells"] },
  );
  const columns = fc.array(fc.record({ width: fc.integer({ min: 4, max: 60 }), style }, { requiredKeys: ["width"] }), {
    maxLength: 6,
  });

  it("count the lines as cells.forEach did, holes included, and fit each row to one shape", () => {
    fc.assert(
      fc.property(columns, fc.array(row, { maxLength: 5 }), fc.nat(5), (cols, rows, hole) => {
        const sheet: OutSheet = { name: "S", columns: cols, rows: rows as OutRow[] };
        for (const r of sheet.rows) if (hole < r.cells.length) delete r.cells[hole];
        for (const r of sheet.rows) expect(rowLines(sheet, r)).toBe(rowLinesBefore(sheet, r));
        const fittedRows = fitRowHeights(sheet).rows;
        fittedRows.forEach((f, i) => {
          expect(Object.keys(f).sort()).toEqual(["cellLayout", "cellStyles", "cells", "height", "style"]);
          expect(f.cells).toBe(sheet.rows[i]!.cells);
          const lines = rowLinesBefore(sheet, sheet.rows[i]!);
          const own = sheet.rows[i]!.height;
          const titled = sheet.rows[i]!.style === "title" || sheet.rows[i]!.style === "subtitle";
          expect(f.height).toBe(
            own !== undefined || titled ? own : lines <= 1 ? undefined : Math.min(409, Math.ceil(lines * 15.5 + 3)),
          );
        });
      }),
      { numRuns: 2000 },
    );
  });
});
