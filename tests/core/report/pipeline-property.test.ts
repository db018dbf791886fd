/**
 * Property: whatever grid an adapter hands over (ragged rows, dates, error values, huge
 * strings, labels in odd places), reading and checking never throw, and every issue that
 * names a cell names one inside its sheet.
 */
import { describe, expect, test } from "@jest/globals";
import { because } from "../../helpers/because";
import fc from "fast-check";
import type { Cell, Sheet, WorkbookData } from "../../../src/core/grid";
import { parseAddress } from "../../../src/core/grid";
import { checkWorkbook } from "../../../src/core/report/pipeline";
import { readSubmission } from "../../../src/core/report/read";
import { HEADER_FIELDS, META_KEYS, META_SHEET, STATUS_LABELS, TABLE_COLUMNS } from "../../../src/core/template/layout";
import { standardContext } from "../../fixtures/deviations/grids";
import { boundsOf } from "../../../src/core/report/locate";
import { cellLongText, cellText, isBlank } from "../../../src/core/report/values";
import { collapseSpaces, normalizeText } from "../../../src/core/text";

const labels = [
  ...TABLE_COLUMNS.flatMap((c) => [c.label, ...c.aliases]),
  ...HEADER_FIELDS.flatMap((f) => [f.label, ...f.aliases]),
];
const interesting = [
  ...labels,
  ...Object.values(STATUS_LABELS),
  "1.1",
  "2.1",
  "1.2",
  "9.9",
  "#REF!",
  "#N/A",
  "31/02/2022",
  "15/11/2022",
  "ngày 15 tháng 11 năm 2022",
  "Sở Lao động - Thương binh và Xã hội",
  "Năm 2022",
  "4587/KH-UBND",
  "Đơn vị báo cáo: Sở Tài chính",
  '=HYPERLINK("x")',
  "",
  "   ",
];

const cell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<Cell>(...interesting) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ minLength: 1000, maxLength: 5000 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer({ min: -100_000, max: 3_000_000 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.double().map((serial): Cell => ({ kind: "date", serial })) },
  {
    weight: 1,
    arbitrary: fc.constantFrom("#REF!", "#VALUE!", "#DIV/0!", "").map((code): Cell => ({ kind: "error", code })),
  },
);

const row = fc.array(cell, { maxLength: 14 });

/** A header row of real labels, shuffled, somewhere in a sheet of random rows. */
const reportSheet: fc.Arbitrary<Sheet> = fc
  .record({
    name: fc.string({ maxLength: 31 }),
    before: fc.array(row, { maxLength: 8 }),
    offset: fc.integer({ min: 0, max: 4 }),
    header: fc.shuffledSubarray(TABLE_COLUMNS.map((c) => c.label)),
    after: fc.array(row, { maxLength: 25 }),
  })
  .map(({ name, before, offset, header, after }) => ({
    name,
    rows: [...before, [...Array<Cell>(offset).fill(null), ...header], ...after],
  }));

const metaSheet: fc.Arbitrary<Sheet> = fc
  .array(fc.tuple(fc.constantFrom<Cell>(...META_KEYS, "x"), cell), { maxLength: 8 })
  .map((pairs) => ({ name: META_SHEET, state: "veryHidden" as const, rows: pairs.map(([k, v]) => [k, v]) }));

const randomSheet: fc.Arbitrary<Sheet> = fc.record({
  name: fc.string({ maxLength: 31 }),
  rows: fc.array(row, { maxLength: 20 }),
});

const workbook: fc.Arbitrary<WorkbookData> = fc.record({
  fileName: fc.oneof(
    fc.string({ maxLength: 80 }),
    fc.constantFrom("4587-KH-UBND_2022_So-LDTBXH.xlsx", "bao cao So Tai chinh 2022.xlsx"),
  ),
  // Sheet names are unique in a workbook (Excel compares them without case), as every adapter gives them.
  sheets: fc.uniqueArray(fc.oneof(reportSheet, metaSheet, randomSheet), {
    maxLength: 4,
    selector: (s) => s.name.toLowerCase(),
  }),
});

describe("reader and checks on arbitrary grids", () => {
  const ctx = standardContext();
  test("never throw, no check fails, and every cell is inside its sheet", () => {
    let read = 0;
    let withLines = 0;
    fc.assert(
      fc.property(
        workbook,
        fc.option(fc.constantFrom("2022-11-14", "2022-11-15", "2023-01-01"), { nil: undefined }),
        (wb, receivedOn) => {
          expect(() => readSubmission(wb, ctx)).not.toThrow();
          const { issues, submission } = checkWorkbook({ wb, receivedOn }, ctx);
          if (submission) read++;
          if (submission && submission.lines.length > 0) withLines++;
          expect(issues.filter((i) => i.code === "check-failed")).toEqual([]);
          for (const i of issues) {
            if (i.cell === null) continue;
            const sheet = wb.sheets.find((s) => s.name === i.sheet);
            because(`${i.code} names sheet ${String(i.sheet)}`, () => expect(sheet).toBeDefined());
            const a = parseAddress(i.cell);
            because(`${i.code} cell ${i.cell}`, () => expect(a).not.toBeNull());
            const b = boundsOf(sheet!);
            because(`${i.code} ${i.cell}`, () => expect(a!.row).toBeLessThan(b.rows));
            because(`${i.code} ${i.cell}`, () => expect(a!.col).toBeLessThan(b.cols));
          }
        },
      ),
      { numRuns: 400 },
    );
    // The generator must reach the checks, not just the "no table" path.
    expect(read).toBeGreaterThan(100);
    expect(withLines).toBeGreaterThan(50);
  });
});

describe("isBlank", () => {
  test("agrees with the cell's text being empty, for any cell", () => {
    const odd = fc.constantFrom<Cell>("\u200b", "\u00a0", " \t\n", "\ufeff", "\u00ad", "a\u200b");
    fc.assert(
      fc.property(fc.oneof(cell, odd), (c) => {
        expect(isBlank(c)).toBe(cellText(c) === "");
      }),
      { numRuns: 2000 },
    );
  });
});

describe("cellText", () => {
  test("its fast path gives exactly the fully cleaned text", () => {
    const piece = fc.constantFrom(
      "a",
      "Đ",
      "ộ",
      "o\u0302\u0323",
      " ",
      "  ",
      "\t",
      "\r\n",
      "\u00a0",
      "\u200b",
      "\u2028",
      "ǜ",
      "\u3000",
      "x y",
    );
    const text = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.array(piece, { maxLength: 8 }).map((p) => p.join("")),
    );
    fc.assert(
      fc.property(text, (s) => {
        expect(cellText(s)).toBe(collapseSpaces(normalizeText(s)));
        // Long text keeps lines, each cleaned the same way, empty lines dropped.
        const lines = normalizeText(s)
          .split("\n")
          .map((l) => l.replace(/\s+/g, " ").trim())
          .filter((l) => l !== "");
        expect(cellLongText(s)).toBe(lines.join("\n"));
      }),
      { numRuns: 3000 },
    );
  });
});
