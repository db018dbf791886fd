/**
 * Excel stops a row at 409 pt: text below that is hidden. Every row of every summary sheet,
 * estimated from its texts and its columns' widths (the estimate the writers' row heights use),
 * must fit, however much the agencies wrote.
 */
import { describe, expect, it } from "@jest/globals";
import { buildSummaryWithDetails, summarySheetNames } from "../../../src/core/consolidate/build";
import {
  MAX_ROW_LINES,
  MAX_ROW_POINTS,
  pointsForLines,
  rowLines,
  wrappedLines,
} from "../../../src/core/consolidate/row-heights";
import { fitList, fitText } from "../../../src/core/consolidate/fit-text";
import { checked, input, line, matrix, submission, tasksOf } from "../../helpers/consolidate-builders";

/** About `n` characters of report prose, with line breaks and one very long unbroken "word" (a URL). */
function prose(n: number, seed: number): string {
  const words = ["Đã", "triển", "khai", "kế", "hoạch", "giảm", "nghèo", "bền", "vững", "tới", "các", "xã;"];
  const out: string[] = [`https://baocao.example.vn/${"x".repeat(300 + seed)}`];
  let len = 0;
  for (let i = 0; len < n; i++) {
    const w = words[(i * 7 + seed) % words.length]!;
    out.push(i % 40 === 39 ? `${w}\n-` : w);
    len += w.length + 1;
  }
  return out.join(" ");
}

describe("no summary row passes 409 pt", () => {
  it("holds for every row of every summary sheet when every agency writes pages on every task", () => {
    const agencies = [...new Set(matrix.assignments.map((a) => a.agencyId))];
    const files = agencies.map((id, k) =>
      checked(
        submission(id, `${id}.xlsx`, {
          lines: tasksOf(id).map((code, i) =>
            line(code, 14 + i, "inProgress", {
              result: prose(4000, k + i),
              difficulties: prose(2500, k),
              proposals: prose(1500, i),
            }),
          ),
        }),
      ),
    );
    const { sheets } = buildSummaryWithDetails(input(files));
    const own = new Set(summarySheetNames());
    const over: string[] = [];
    let tallest = 0;
    for (const s of sheets.filter((x) => own.has(x.name))) {
      s.rows.forEach((r, i) => {
        const lines = rowLines(s, r);
        tallest = Math.max(tallest, lines);
        if (pointsForLines(lines) > MAX_ROW_POINTS) over.push(`${s.name} row ${i + 1}: ${lines} lines`);
      });
    }
    expect(over).toEqual([]);
    // the texts were long enough to need cutting: the limit was reached, not avoided
    expect(tallest).toBeGreaterThan(MAX_ROW_LINES - 3);
  });
});

describe("fitText", () => {
  it("leaves a text that fits unchanged", () => {
    expect(fitText("Đã triển khai", 20, "(còn tiếp)")).toBe("Đã triển khai");
    expect(fitText("", 20, "(còn tiếp)")).toBe("");
  });

  it("cuts a long text at a word, ends it with … and the note, within the lines given", () => {
    const long = prose(5000, 1);
    for (const [width, lines] of [
      [56, MAX_ROW_LINES],
      [36, 12],
      [10, 4],
    ] as const) {
      const cut = fitText(long, width, "(còn tiếp — xem ô H14)", lines);
      expect(wrappedLines(cut, width)).toBeLessThanOrEqual(lines);
      expect(cut.endsWith("…\n(còn tiếp — xem ô H14)")).toBe(true);
      const head = cut.slice(0, cut.indexOf("…\n"));
      expect(long.startsWith(head)).toBe(true);
      // close to the budget: the cut does not throw away more than a line or two
      expect(wrappedLines(cut, width)).toBeGreaterThanOrEqual(lines - 2);
    }
  });

  it("cuts a text without spaces too", () => {
    const cut = fitText("a".repeat(10_000), 20, "", 5);
    expect(wrappedLines(cut, 20)).toBeLessThanOrEqual(5);
    expect(cut.endsWith("…")).toBe(true);
  });
});

describe("fitList", () => {
  it("keeps whole names only", () => {
    const names = Array.from({ length: 40 }, (_, i) => `UBND huyện số ${i + 1}`);
    const cut = fitList(names, 24, "(còn tiếp)", 6);
    expect(wrappedLines(cut, 24)).toBeLessThanOrEqual(6);
    const kept = cut.slice(0, cut.indexOf("…")).split(", ");
    expect(kept).toEqual(names.slice(0, kept.length));
    expect(fitList(names.slice(0, 2), 24, "(còn tiếp)", 6)).toBe(names.slice(0, 2).join(", "));
  });
});
