import { describe, expect, it } from "@jest/globals";
import { installStandin } from "../office-standin/install";
import { PAYLOAD_LIMIT, type RequestContext } from "../office-standin/excel-standin";
import { createExcelPort } from "../../src/office/excel-port";
import { isDateFormat } from "../../src/office/read-sheets";
import { REQUEST_BUDGET } from "../../src/office/batch";
import type { CellHighlight } from "../../src/core/ports/workbook";
import { renderSheet } from "../../src/office/render";
import { MAX_CELL_TEXT, clipCellText, type OutRow, type OutSheet } from "../../src/core/sheet-model";
import { serialFromIso } from "../../src/core/dates";

function sheet(name: string, rows: OutRow[], extra: Partial<OutSheet> = {}): OutSheet {
  return { name, columns: [{ width: 10 }, { width: 30 }, { width: 14 }], rows, ...extra };
}

/** A "Tổng hợp"-shaped sheet: title, header, one styled row per agency, a chart over the rows. */
function summaryLike(agencies: number): OutSheet {
  const rows: OutRow[] = [
    { cells: ["TỔNG HỢP TÌNH HÌNH THỰC HIỆN"], style: "title" },
    { cells: ["STT", "Đơn vị", "Ngày nhận", "Tỷ lệ"], style: "header" },
  ];
  for (let i = 0; i < agencies; i++) {
    rows.push({
      cells: [i + 1, `Đơn vị số ${i + 1}`, { date: "2022-11-14" }, (i % 10) / 10],
      cellStyles: [undefined, undefined, "date", i % 3 === 0 ? "bad" : "good"],
    });
  }
  rows.push({ cells: ["Liên hệ", { link: "mailto:sldtbxh@kontum.gov.vn", text: "sldtbxh@kontum.gov.vn" }] });
  return {
    name: "Tổng hợp",
    columns: [{ width: 6 }, { width: 40 }, { width: 12 }, { width: 10, style: "percent" }],
    rows,
    freeze: { rows: 2, cols: 0 },
    merges: ["A1:D1"],
    charts: [
      {
        type: "bar",
        title: "Tỷ lệ",
        categories: `B3:B${agencies + 2}`,
        values: `D3:D${agencies + 2}`,
        anchor: { cell: "F2", widthCols: 8, heightRows: 15 },
      },
    ],
  };
}

describe("Office.js adapter against the Excel stand-in", () => {
  it("keeps formula-looking and number-looking text from submissions as text", async () => {
    const excel = installStandin();
    const port = createExcelPort();
    const risky = ['=HYPERLINK("http://x","bấm")', "+84 905 123 456", "-Đã xong", "=1+2", "00123", "21/12/2020"];
    await port.writeSheets([
      sheet(
        "Nhập",
        risky.map((v) => ({ cells: [v] })),
      ),
    ]);
    const snap = excel.snapshot().find((s) => s.name === "Nhập")!;
    expect(snap.values.map((r) => r[0])).toEqual(risky);
    expect(snap.formulas).toEqual({});
    expect(snap.formats.A1).toBe("@");
  });

  it("(control) the stand-in does turn such text into formulas without the text format", async () => {
    const excel = installStandin();
    await (
      globalThis as unknown as { Excel: { run: (f: (c: RequestContext) => Promise<void>) => Promise<void> } }
    ).Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A2").values = [["=1+2"], ["00123"]];
      await ctx.sync();
    });
    const snap = excel.snapshot()[0]!;
    expect(snap.formulas.A1).toBe("=1+2");
    expect(snap.values[0]![0]).toBe(3);
    expect(snap.values[1]![0]).toBe(123);
  });

  it("writes dates as serials with a dd/mm/yyyy format, and reads them back as dates", async () => {
    const excel = installStandin();
    const port = createExcelPort();
    await port.writeSheets([sheet("Ngày", [{ cells: ["Hạn", { date: "2022-02-10" }, null, 3.5] }])]);
    const snap = excel.snapshot().find((s) => s.name === "Ngày")!;
    expect(snap.values[0]![1]).toBe(serialFromIso("2022-02-10"));
    expect(snap.formats.B1).toBe("dd/mm/yyyy");
    const [read] = await port.readSheets(["Ngày"]);
    expect(read!.rows[0]).toEqual(["Hạn", { kind: "date", serial: serialFromIso("2022-02-10") }, null, 3.5]);
  });

  it("reads any number of sheets in two syncs when the answer fits, padded so rows[0][0] is A1", async () => {
    const excel = installStandin();
    const port = createExcelPort();
    const many = Array.from({ length: 12 }, (_, i) => sheet(`S${i}`, [{ cells: [] }, { cells: [null, `x${i}`] }]));
    await port.writeSheets(many);
    excel.resetCounters();
    const read = await port.readSheets([...many.map((s) => s.name), "Không có"]);
    // the list of sheets, then every used range with its cells
    expect(excel.syncCount).toBe(2);
    expect(read).toHaveLength(12);
    expect(read[5]!.rows[1]).toEqual([null, "x5"]);
    expect(read[5]!.rows[0]).toEqual([]);
  });

  it("takes the same number of syncs to write Tổng hợp for 5 and for 500 agencies", async () => {
    const counts: number[] = [];
    for (const n of [5, 500]) {
      const excel = installStandin(["Sheet1", "Tổng hợp"]);
      const port = createExcelPort();
      excel.resetCounters();
      await port.writeSheets([summaryLike(n)]);
      counts.push(excel.syncCount);
      const snap = excel.snapshot().find((s) => s.name === "Tổng hợp")!;
      expect(snap.values).toHaveLength(n + 3);
      expect(snap.charts[0]!.source).toBe(`B3:D${n + 2}`);
      expect(snap.hyperlinks[`B${n + 3}`]).toBe("mailto:sldtbxh@kontum.gov.vn");
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(3);
  });

  it("groups equal styles into blocks: the number of format operations does not grow with rows", () => {
    const few = renderSheet(summaryLike(5)).blocks.length;
    const many = renderSheet(summaryLike(500)).blocks.length;
    // alternating good/bad rows make runs, but whole uniform columns are one block
    const uniform = (n: number) =>
      renderSheet(
        sheet(
          "U",
          Array.from({ length: n }, (_, i) => ({ cells: [i, "x"], style: "good" as const })),
        ),
      ).blocks.length;
    expect(uniform(5)).toBe(1);
    expect(uniform(5000)).toBe(1);
    expect(many).toBeGreaterThan(few); // alternating styles really are different blocks
  });

  it("splits a write over 5 MB into requests under the limit", async () => {
    const excel = installStandin();
    const port = createExcelPort();
    const text = "Kết quả thực hiện nhiệm vụ giảm nghèo bền vững ".repeat(3);
    const rows: OutRow[] = Array.from({ length: 25_000 }, (_, i) => ({ cells: [i, text, `Đơn vị ${i}`] }));
    await port.writeSheets([sheet("Lớn", rows)]);
    expect(Math.max(...excel.syncBytes)).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    expect(excel.syncBytes.reduce((a, b) => a + b, 0)).toBeGreaterThan(PAYLOAD_LIMIT);
    expect(excel.syncCount).toBeGreaterThan(3);
    const snap = excel.snapshot().find((s) => s.name === "Lớn")!;
    expect(snap.values).toHaveLength(25_000);
    expect(snap.values[24_999]![2]).toBe("Đơn vị 24999");
    expect(REQUEST_BUDGET).toBeLessThan(PAYLOAD_LIMIT);
  });

  it("reads more than 5 MB of cells in answers under the limit", async () => {
    const excel = installStandin();
    const port = createExcelPort();
    const text = "Khó khăn, vướng mắc trong triển khai thực hiện ".repeat(4);
    const rows: OutRow[] = Array.from({ length: 20_000 }, (_, i) => ({ cells: [i, text, `Đơn vị ${i}`] }));
    await port.writeSheets([sheet("Lớn", rows), sheet("Nhỏ", [{ cells: ["x"] }])]);
    excel.resetCounters();
    const [big, small] = await port.readSheets(["Lớn", "Nhỏ"]);
    expect(excel.responseBytes.reduce((a, b) => a + b, 0)).toBeGreaterThan(PAYLOAD_LIMIT);
    expect(Math.max(...excel.responseBytes)).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    // long texts beat the per-cell estimate: the refused answer was read again in halves
    expect(excel.refusedResponses).toBeGreaterThanOrEqual(1);
    // the whole read was refused, then sizes and slices: a few syncs, not one per row or sheet
    expect(excel.syncCount).toBeLessThanOrEqual(8);
    expect(big!.rows).toHaveLength(20_000);
    expect(big!.rows[19_999]).toEqual([19_999, text, "Đơn vị 19999"]);
    expect(small!.rows).toEqual([["x"]]);
  });

  it("reads a sheet whose slices must be halved more than once", async () => {
    const excel = installStandin();
    const port = createExcelPort();
    const text = "x".repeat(600);
    const rows: OutRow[] = Array.from({ length: 2000 }, (_, i) => ({ cells: [i, text, "a"] }));
    await port.writeSheets([sheet("Lớn", rows)]);
    excel.resetCounters();
    // a cap ten times below the estimate's: a slice is refused, its halves are refused again
    excel.payloadLimit = 300_000;
    const [big] = await port.readSheets(["Lớn"]);
    expect(excel.refusedResponses).toBeGreaterThanOrEqual(3);
    expect(Math.max(...excel.responseBytes)).toBeLessThanOrEqual(300_000);
    expect(big!.rows).toHaveLength(2000);
    expect(big!.rows.map((r) => r[0])).toEqual(rows.map((_, i) => i));
    expect(big!.rows[1999]).toEqual([1999, text, "a"]);
  });

  it('cuts a cell text over 32,767 characters with "…" instead of having the write refused', async () => {
    const excel = installStandin();
    const port = createExcelPort();
    const long = "Sở Tài chính: đã hoàn thành. ".repeat(2000); // 58,000 characters, as a joined results cell can be
    await port.writeSheets([sheet("Tổng hợp", [{ cells: ["Kết quả", long, { link: "#'Tổng hợp'!A1", text: long }] }])]);
    const snap = excel.snapshot().find((s) => s.name === "Tổng hợp")!;
    const cell = snap.values[0]![1] as string;
    expect(cell).toHaveLength(MAX_CELL_TEXT);
    expect(cell.endsWith("…")).toBe(true);
    expect(long.startsWith(cell.slice(0, -1))).toBe(true);
    expect((snap.values[0]![2] as string).length).toBe(MAX_CELL_TEXT);
    // (control) the stand-in refuses such a text, as Excel does
    const run = (
      globalThis as unknown as { Excel: { run: (f: (c: RequestContext) => Promise<void>) => Promise<void> } }
    ).Excel.run;
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[long]];
        await ctx.sync();
      }),
    ).rejects.toThrow(/InvalidArgument/);
  });

  it("clips cell text the same way for both writers, never splitting a letter outside the BMP", () => {
    expect(clipCellText("a\r\nb\rc")).toBe("a\nb\nc");
    expect(clipCellText("x".repeat(MAX_CELL_TEXT))).toHaveLength(MAX_CELL_TEXT);
    const emoji = "x".repeat(MAX_CELL_TEXT - 4) + "😀".repeat(5);
    const cut = clipCellText(emoji);
    expect(cut.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
    expect(cut.endsWith("…")).toBe(true);
    expect(/[\ud800-\udbff]…$/.test(cut)).toBe(false);
  });

  it("sets equal heights of consecutive rows, and equal widths of columns, in one operation each", async () => {
    const excel = installStandin();
    const port = createExcelPort();
    const rows: OutRow[] = [
      { cells: ["Tiêu đề"], height: 40 },
      { cells: ["không đặt"] },
      ...Array.from({ length: 500 }, (_, i): OutRow => ({ cells: [i], height: 30 })),
      { cells: ["cuối"], height: 40 },
    ];
    const ops: Record<string, number> = {};
    excel.failWhen = (d) => {
      ops[String(d.op)] = (ops[String(d.op)] ?? 0) + 1;
      return false;
    };
    await port.writeSheets([{ name: "Cao", columns: [{ width: 10 }, { width: 10 }, { width: 30 }], rows }]);
    excel.failWhen = null;
    expect(ops.rowHeight).toBe(3);
    expect(ops.columnWidth).toBe(2);
    const s = excel.sheets.find((x) => x.name === "Cao")!;
    expect(s.rowHeights.get(0)).toBe(40);
    expect(s.rowHeights.has(1)).toBe(false);
    expect(s.rowHeights.get(2)).toBe(30);
    expect(s.rowHeights.get(501)).toBe(30);
    expect(s.rowHeights.get(502)).toBe(40);
    expect(s.rowHeights.size).toBe(502);
    expect(s.columnWidths.get(0)).toBe(s.columnWidths.get(1));
    expect(s.columnWidths.get(2)).toBeGreaterThan(s.columnWidths.get(1)!);
  });

  it("(control) the stand-in refuses one request over 5 MB", async () => {
    installStandin();
    const big = Array.from({ length: 60_000 }, () => ["x".repeat(100)]);
    const run = (
      globalThis as unknown as { Excel: { run: (f: (c: RequestContext) => Promise<void>) => Promise<void> } }
    ).Excel.run;
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange(`A1:A${big.length}`).values = big;
        await ctx.sync();
      }),
    ).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
  });

  it("leaves the old sheets in place when a write fails midway, with no temporary sheet left", async () => {
    const excel = installStandin();
    const port = createExcelPort();
    await port.writeSheets([sheet("Tổng hợp", [{ cells: ["cũ"] }]), sheet("Kết quả kiểm tra", [{ cells: ["cũ 2"] }])]);
    const before = excel.snapshot();
    excel.failWhen = (d) => d.op === "values" && JSON.stringify(d.v).includes("mới 2");
    await expect(
      port.writeSheets([sheet("Tổng hợp", [{ cells: ["mới"] }]), sheet("Kết quả kiểm tra", [{ cells: ["mới 2"] }])]),
    ).rejects.toThrow(/injected failure/);
    excel.failWhen = null;
    expect(excel.snapshot()).toEqual(before);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1", "Tổng hợp", "Kết quả kiểm tra"]);
  });

  it("leaves the workbook as it was when the request that swaps the new sheets in fails, at any step", async () => {
    // the steps of the swap: old sheet renamed to a backup, new sheet renamed in, moved, hidden
    const steps: ((d: Record<string, unknown>) => boolean)[] = [
      (d) => d.op === "rename" && String(d.to).startsWith("~kehoach-old") && String(d.to).endsWith("1"),
      (d) => d.op === "rename" && d.to === "Kết quả kiểm tra",
      (d) => d.op === "position",
      (d) => d.op === "visibility",
    ];
    for (const failAt of steps) {
      const excel = installStandin(["Sheet1", "Tổng hợp", "Giữa", "Kết quả kiểm tra", "Cuối"]);
      const port = createExcelPort();
      await port.writeSheets([
        sheet("Tổng hợp", [{ cells: ["cũ"] }]),
        sheet("Kết quả kiểm tra", [{ cells: ["cũ 2"] }]),
      ]);
      const before = excel.snapshot();
      // fails once, so the undo that follows is not refused too
      let failed = false;
      excel.failWhen = (d) => !failed && (failed = failAt(d));
      await expect(
        port.writeSheets(
          [
            sheet("Tổng hợp", [{ cells: ["mới"] }]),
            sheet("Kết quả kiểm tra", [{ cells: ["mới 2"] }]),
            sheet("Ẩn", [{ cells: ["x"] }]),
          ],
          {
            veryHidden: ["Ẩn"],
          },
        ),
      ).rejects.toThrow(/injected failure/);
      excel.failWhen = null;
      expect(excel.snapshot()).toEqual(before);
      expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1", "Tổng hợp", "Giữa", "Kết quả kiểm tra", "Cuối"]);
    }
  });

  it("keeps the new sheets, in the old places, when deleting the old ones fails once", async () => {
    const excel = installStandin(["Sheet1", "Tổng hợp", "Giữa", "Kết quả kiểm tra", "Cuối"]);
    const port = createExcelPort();
    let failures = 0;
    excel.failWhen = (d) => d.op === "deleteSheet" && failures++ === 0;
    await port.writeSheets([
      sheet("Kết quả kiểm tra", [{ cells: ["mới 2"] }]),
      sheet("Tổng hợp", [{ cells: ["mới"] }]),
    ]);
    excel.failWhen = null;
    expect(failures).toBeGreaterThan(1);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1", "Tổng hợp", "Giữa", "Kết quả kiểm tra", "Cuối"]);
    expect(excel.snapshot()[1]!.values[0]![0]).toBe("mới");
    expect(excel.snapshot()[3]!.values[0]![0]).toBe("mới 2");
  });

  it("replaces sheets in place (same position) and a cancelled write changes nothing", async () => {
    const excel = installStandin(["Sheet1", "Tổng hợp", "Cuối"]);
    const port = createExcelPort();
    await port.writeSheets([sheet("Tổng hợp", [{ cells: ["mới"] }])]);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1", "Tổng hợp", "Cuối"]);
    expect(excel.snapshot()[1]!.values[0]![0]).toBe("mới");

    const before = excel.snapshot();
    const ac = new AbortController();
    const p = port.writeSheets([sheet("Tổng hợp", [{ cells: ["bỏ"] }])], {
      signal: ac.signal,
      onProgress: (done) => {
        if (done === 1) ac.abort();
      },
    });
    await expect(p).rejects.toThrow(/cancelled/);
    expect(excel.snapshot()).toEqual(before);
  });

  it("falls back on older hosts: links stay as text, no createWorkbook; newer hosts get both", async () => {
    const old = installStandin(["Sheet1"], 4);
    let port = createExcelPort();
    await port.writeSheets([summaryLike(3)]);
    let snap = old.snapshot().find((s) => s.name === "Tổng hợp")!;
    expect(snap.hyperlinks).toEqual({});
    expect(snap.values[5]![1]).toBe("sldtbxh@kontum.gov.vn");
    expect(old.calcSuspensions).toBe(0);
    expect(await port.openWorkbook("UEsDBA==")).toBe(false);

    const modern = installStandin(["Sheet1"], 9);
    port = createExcelPort();
    await port.writeSheets([summaryLike(3)]);
    snap = modern.snapshot().find((s) => s.name === "Tổng hợp")!;
    expect(snap.freeze).toEqual({ rows: 2, cols: 0 });
    expect(modern.calcSuspensions).toBeGreaterThan(0);
    expect(await port.openWorkbook("UEsDBA==")).toBe(true);
    expect(modern.createdWorkbooks).toEqual(["UEsDBA=="]);
  });

  it("selects a cell and highlights checked cells in one sync each", async () => {
    const excel = installStandin();
    const port = createExcelPort();
    await port.writeSheets([sheet("Báo cáo", [{ cells: ["a", "b"] }, { cells: ["c", "d"] }])]);
    excel.resetCounters();
    await port.selectCell("Báo cáo", "B2");
    expect(excel.selection).toEqual({ sheet: "Báo cáo", address: "B2" });
    await port.highlightCells([
      {
        sheet: "Báo cáo",
        cells: [
          { cell: "A1", kind: "error" },
          { cell: "B2", kind: "warning" },
        ],
      },
    ]);
    expect(excel.syncCount).toBe(2);
    const snap = excel.snapshot().find((s) => s.name === "Báo cáo")!;
    expect(snap.fills).toEqual({ A1: "#FFC7CE", B2: "#FFEB9C" });
  });

  it("colours adjacent highlighted cells of one kind as one range, not cell by cell", async () => {
    const excel = installStandin();
    const port = createExcelPort();
    await port.writeSheets([sheet("Báo cáo", [{ cells: ["a"] }])]);
    const cells: CellHighlight[] = [];
    // a whole row of errors (A3:F3), a column of warnings (G2:G40), one lone cell, and a cell listed twice
    for (const c of "ABCDEF") cells.push({ cell: `${c}3`, kind: "error" });
    for (let r = 2; r <= 40; r++) cells.push({ cell: `G${r}`, kind: "warning" });
    cells.push({ cell: "J9", kind: "checked" }, { cell: "K9", kind: "warning" }, { cell: "K9", kind: "error" });
    let fills = 0;
    excel.failWhen = (d) => {
      if (d.op === "fill") fills++;
      return false;
    };
    await port.highlightCells([{ sheet: "Báo cáo", cells }]);
    excel.failWhen = null;
    expect(fills).toBe(4);
    const snap = excel.snapshot().find((s) => s.name === "Báo cáo")!;
    const expected: Record<string, string> = { J9: "#E2EFDA", K9: "#FFC7CE" };
    for (const c of "ABCDEF") expected[`${c}3`] = "#FFC7CE";
    for (let r = 2; r <= 40; r++) expected[`G${r}`] = "#FFEB9C";
    expect(snap.fills).toEqual(expected);
  });

  it("recognises date number formats and not others", () => {
    expect(isDateFormat("dd/mm/yyyy")).toBe(true);
    expect(isDateFormat("m/d/yyyy")).toBe(true);
    expect(isDateFormat("[$-409]d-mmm-yy")).toBe(true);
    expect(isDateFormat("General")).toBe(false);
    expect(isDateFormat("0.00%")).toBe(false);
    expect(isDateFormat("#,##0")).toBe(false);
    expect(isDateFormat("@")).toBe(false);
  });
});
