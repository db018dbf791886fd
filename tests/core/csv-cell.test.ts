import { describe, expect, it } from "@jest/globals";
import { csvField, csvText, neutraliseCsvCell, restoreCsvCell } from "../../src/core/csv-cell";
import { matrixToCsv } from "../../src/core/plan/export";
import type { AssignmentMatrix } from "../../src/core/matrix-model";
import { readCsv } from "../../src/csv/read-csv";

// OWASP CSV injection: cells a spreadsheet would read as a formula, or that hide such a start.
const HOSTILE = [
  "=cmd|' /C calc'!A0",
  "+1+2",
  "-2+3",
  "@SUM(A1:A2)",
  "\t=1+1",
  "\r=1+1",
  '=HYPERLINK("http://x","bấm")',
];

describe("neutraliseCsvCell", () => {
  it("prefixes a single quote to every cell that begins with = + - @ tab or CR", () => {
    for (const h of HOSTILE) expect(neutraliseCsvCell(h)).toBe(`'${h}`);
  });
  it("leaves ordinary text, including formula characters later in the cell, as it is", () => {
    for (const s of ["Sở Tài chính", "1.1", "a=b", "x-y", "", "'quoted", " =1"]) expect(neutraliseCsvCell(s)).toBe(s);
  });
  it("restoreCsvCell reverses it and nothing else", () => {
    for (const h of HOSTILE) expect(restoreCsvCell(neutraliseCsvCell(h))).toBe(h);
    expect(restoreCsvCell("'quoted")).toBe("'quoted");
    expect(restoreCsvCell("'")).toBe("'");
  });
});

describe("csvField / csvText", () => {
  it("quotes the delimiter, quotes and line breaks; ';' in a ',' file; commas bare in a ';' file", () => {
    expect(csvField("Sở Văn hóa, Thể thao và Du lịch")).toBe('"Sở Văn hóa, Thể thao và Du lịch"');
    expect(csvField("a;b")).toBe('"a;b"');
    expect(csvField("a, b", ";")).toBe("a, b");
    expect(csvField('nói "có"')).toBe('"nói ""có"""');
    expect(csvField(null)).toBe("");
    expect(csvField(-5)).toBe("-5");
  });
  it("neutralises before quoting, so a quoted hostile cell is inert too", () => {
    expect(csvField("=1+2,3")).toBe(`"'=1+2,3"`);
    expect(csvField("\r=1")).toBe(`"'\r=1"`);
    expect(csvText([["=A1", "b"]])).toBe("'=A1,b\r\n");
  });
  it("what it writes reads back as the original cells (project writer → project reader)", () => {
    const rows = [["Mã", "Kết quả"], ...HOSTILE.map((h, i) => [`${i + 1}`, h]), ["9", "Dòng 1\nDòng 2"]];
    const wb = readCsv(new TextEncoder().encode(csvText(rows, ";")), "x.csv");
    expect(wb.sheets[0]!.rows).toEqual(rows.map((r) => r.map((c) => c.replace(/\r/g, "\n"))));
  });
});

describe("kehoach plan --format csv (matrixToCsv)", () => {
  it("writes no cell that begins a formula, whatever the plan's text", () => {
    const matrix = {
      agencies: [{ id: "A", short: "@Sở", name: "x" }],
      tasks: HOSTILE.map((h, i) => ({
        code: `${i + 1}`,
        title: h,
        deadlineText: "-",
        deadline: null,
        frequency: null,
      })),
      assignments: [],
      openCoordinators: { "1": ["=evil()"] },
      unmatched: [],
    } as unknown as AssignmentMatrix;
    const csv = matrixToCsv(matrix);
    const wb = readCsv(new TextEncoder().encode(csv), "m.csv");
    // Every raw field (before the reader restores it) starts harmlessly.
    const raw = csv.split(/\r\n/).flatMap((line) => line.split(","));
    for (const f of raw) expect(/^"?[=+\-@\t\r]/.test(f)).toBe(false);
    // And the values are all still there.
    expect(wb.sheets[0]!.rows[1]![1]).toBe(HOSTILE[0]);
    expect(csv).toContain("'@Sở");
    expect(csv).toContain("'=evil()");
  });
});
