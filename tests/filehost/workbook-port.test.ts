/**
 * The browser version's workbook port (src/filehost) over an in-memory ExcelJS workbook:
 * the WorkbookPort contract, charts and links kept through a saved file (the whole workflow's
 * parity with the Office adapter is workbook-port-parity.slow.test.ts).
 */
import { describe, expect, it } from "@jest/globals";
import ExcelJS from "exceljs";
import { because } from "../helpers/because";
import { filledTemplate } from "../office-standin/fixtures";
import { newWorkbook, openWorkbookFile } from "../../src/filehost/open";
import { CancelledError } from "../../src/core/ports/cancel";
import { planStateFrom } from "../../src/app/plan-state";
import { DEMO_PERIOD } from "../../src/demo/scenario";
import { KONTUM_4587_TEXT } from "../../src/core/plan/kontum-4587.text";
import { KONTUM_ROSTER } from "../../src/core/roster/default-kontum";
import type { OutSheet } from "../../src/core/sheet-model";
import { isUserError } from "../../src/core/errors";
import { allSheets } from "./walk";

const sheet = (name: string, rows: OutSheet["rows"], extra: Partial<OutSheet> = {}): OutSheet => ({
  name,
  columns: [{ width: 10 }],
  rows,
  ...extra,
});

async function reopen(bytes: Uint8Array) {
  return (await openWorkbookFile(bytes, "x.xlsx")).port;
}

describe("the file port keeps the WorkbookPort contract", () => {
  it("replaces sheets in their places, very hides on request, reads dates as serials", async () => {
    const { port } = await newWorkbook();
    await port.writeSheets([sheet("A", [{ cells: ["a1"] }]), sheet("B", [{ cells: [null, { date: "2022-11-15" }] }])]);
    await port.writeSheets([sheet("Z", [{ cells: [1] }])]);
    await port.writeSheets([sheet("a", [{ cells: ["new"] }]), sheet("H", [{ cells: ["secret"] }])], {
      veryHidden: ["H"],
    });
    expect(await port.listSheets()).toEqual([
      { name: "Sheet1", visibility: "visible" },
      { name: "a", visibility: "visible" },
      { name: "B", visibility: "visible" },
      { name: "Z", visibility: "visible" },
      { name: "H", visibility: "veryHidden" },
    ]);
    const [b] = await port.readSheets(["b"]);
    // padded to A1, the date a serial (15/11/2022 = 44880)
    expect(b!.rows).toEqual([[null, { kind: "date", serial: 44880 }]]);
    const again = await reopen(await port.save());
    expect(await again.listSheets()).toEqual(await port.listSheets());
    expect(await again.readSheets(["A", "B", "H"])).toEqual(await port.readSheets(["A", "B", "H"]));
  });

  it("leaves the workbook as it was after a cancel or a failure", async () => {
    const { port } = await newWorkbook();
    await port.writeSheets([sheet("Kết quả", [{ cells: ["old"] }])]);
    const before = await allSheets(port);
    const ac = new AbortController();
    let calls = 0;
    const cancelled = port.writeSheets([sheet("Kết quả", [{ cells: ["new"] }]), sheet("Other", [{ cells: [2] }])], {
      signal: ac.signal,
      onProgress: () => {
        if (++calls === 2) ac.abort();
      },
    });
    await expect(cancelled).rejects.toBeInstanceOf(CancelledError);
    expect(await allSheets(port)).toEqual(before);
    await expect(port.writeSheets([sheet("ok", [{ cells: [1] }]), sheet("bad/name", [])])).rejects.toThrow(/bad\/name/);
    await expect(port.writeSheets([sheet("Dup", []), sheet("dup", [])])).rejects.toThrow(/two sheets/);
    expect(await allSheets(port)).toEqual(before);
  });

  it("colours cells as Excel does and opens the saved file at the selected cell", async () => {
    const { port } = await newWorkbook();
    await port.writeSheets([sheet("NB01 Sở", [{ cells: ["x", "y"] }, { cells: ["z"] }]), sheet("Other", [])]);
    await port.highlightCells([
      {
        sheet: "NB01 Sở",
        cells: [
          { cell: "A1", kind: "error" },
          { cell: "A2:B2", kind: "warning" },
        ],
      },
    ]);
    await expect(port.highlightCells([{ sheet: "missing", cells: [{ cell: "A1", kind: "error" }] }])).rejects.toThrow();
    await port.selectCell("NB01 Sở", "b2");
    expect(port.selection()).toEqual({ sheet: "NB01 Sở", cell: "B2" });
    expect(await port.openWorkbook("UEsDBA==")).toBe(false);
    expect(port.capabilities().createWorkbook).toBe(false);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await port.save()).slice().buffer);
    const ws = wb.getWorksheet("NB01 Sở")!;
    const fill = (a: string) => (ws.getCell(a).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect([fill("A1"), fill("A2"), fill("B2"), fill("B1")]).toEqual(["FFFFC7CE", "FFFFEB9C", "FFFFEB9C", undefined]);
    expect(ws.views[0]).toMatchObject({ activeCell: "B2" });
    expect((wb.views[0] as { activeTab: number }).activeTab).toBe(wb.worksheets.indexOf(ws));
  });

  it("colours one cell of an opened file without colouring its look-alikes, and clears fills as Excel does", async () => {
    const { port: first } = await newWorkbook();
    // a row of cells of one style: in a file loaded by ExcelJS they share one style object
    await first.writeSheets([sheet("NB01", [{ cells: ["a", "b", "c"], style: "text" }, { cells: ["d"] }])]);
    const port = await reopen(await first.save());
    await port.highlightCells([{ sheet: "nb01", cells: [{ cell: "B1", kind: "error" }] }]);
    const fills = async (p: typeof port) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await p.save()).slice().buffer);
      const ws = wb.getWorksheet("NB01")!;
      return ["A1", "B1", "C1", "A2"].map(
        (a) => (ws.getCell(a).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb,
      );
    };
    expect(await fills(port)).toEqual([undefined, "FFFFC7CE", undefined, undefined]);
    await port.clearFills(["NB01", "no such sheet"]);
    expect(await fills(port)).toEqual([undefined, undefined, undefined, undefined]);
    expect((await port.readSheets(["NB01"]))[0]!.rows).toEqual([
      ["a", "b", "c"],
      ["d", null, null],
    ]);
  });

  it("opens and saves an agency's filled template (a sheet without views, a protected sheet) intact", async () => {
    const state = planStateFrom(KONTUM_4587_TEXT, KONTUM_ROSTER);
    const filled = await filledTemplate(state, "SKHDT", DEMO_PERIOD, { reportDate: "2022-11-12", status: "done" });
    const { port } = await openWorkbookFile(filled.bytes, filled.fileName);
    const before = await allSheets(port);
    expect(before.some((s) => s.state === "veryHidden")).toBe(true);
    const again = await reopen(await port.save());
    expect(await allSheets(again)).toEqual(before);
  });

  it("refuses what is not an .xlsx with a message in both languages", async () => {
    const cases: [string, Uint8Array][] = [
      ["empty.xlsx", new Uint8Array()],
      ["notes.csv", new TextEncoder().encode("a;b\n1;2\n")],
      ["old.xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])],
    ];
    for (const [name, bytes] of cases) {
      const error = await openWorkbookFile(bytes, name).then(
        () => null,
        (e: unknown) => e,
      );
      because(name, () => expect(isUserError(error)).toBe(true));
      const message = (error as Error).message;
      expect(message).toContain(name);
      expect(message.split("\n")).toHaveLength(2); // Vietnamese, then English
    }
  });
});

describe("charts read back from a file", () => {
  it("carries the add-in's chart over, and names the sheets whose charts it cannot carry", async () => {
    const { port } = await newWorkbook();
    const chart = {
      type: "bar" as const,
      title: "Tình hình <nộp> & báo cáo",
      categories: "A2:A4",
      values: "B2:B4",
      anchor: { cell: "D2", widthCols: 6, heightRows: 12 },
      pointColors: ["C6EFCE", "FFEB9C", "FFC7CE"],
    };
    await port.writeSheets([
      sheet(
        "Chỉ số",
        [{ cells: ["Tình trạng", "Số"] }, { cells: ["Đúng hạn", 5] }, { cells: ["Muộn", 2] }, { cells: ["Thiếu", 1] }],
        {
          charts: [chart],
        },
      ),
    ]);
    const opened = await openWorkbookFile(await port.save(), "x.xlsx");
    expect([...opened.port.charts().values()]).toEqual([{ name: "Chỉ số", charts: [chart] }]);
    expect(opened.lostCharts).toEqual([]);

    // a chart of another shape (two series) in the same file: reported, not silently dropped
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(await opened.port.save());
    const chartPath = Object.keys(zip.files).find((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))!;
    const xml = await zip.file(chartPath)!.async("string");
    zip.file(chartPath, xml.replace(/(<c:ser>[\s\S]*<\/c:ser>)/, "$1$1"));
    const damaged = await openWorkbookFile(await zip.generateAsync({ type: "uint8array" }), "y.xlsx");
    expect(damaged.lostCharts).toEqual(["Chỉ số"]);
    expect(damaged.port.charts().size).toBe(0);
  });
});

describe("links inside the workbook", () => {
  it("keep pointing at their cells when a saved workbook is opened and saved again", async () => {
    const { port } = await newWorkbook();
    await port.writeSheets([
      sheet("NB01 Sở's", [{ cells: ["x"] }]),
      sheet("Kết quả", [
        {
          cells: [
            { link: "#'NB01 Sở''s'!A1", text: "A1" },
            { link: "mailto:a@b.vn", text: "thư" },
          ],
        },
      ]),
    ]);
    const links = async (bytes: Uint8Array) => {
      const JSZip = (await import("jszip")).default;
      const zip = await JSZip.loadAsync(bytes);
      const parts = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
      const tags: string[] = [];
      for (const f of parts) tags.push(...((await zip.file(f)!.async("string")).match(/<hyperlink [^>]*>/g) ?? []));
      return tags;
    };
    const first = await port.save();
    const internal = (await links(first)).filter((t) => t.includes("location="));
    expect(internal).toEqual([`<hyperlink ref="A1" location="&apos;NB01 Sở&apos;&apos;s&apos;!A1"/>`]);
    const again = await (await reopen(first)).save();
    expect(await links(again)).toEqual(await links(first));
    expect((await (await reopen(again)).readSheets(["Kết quả"]))[0]!.rows).toEqual([["A1", "thư"]]);
  });
});
