import { describe, expect, it } from "@jest/globals";
import { because } from "../helpers/because";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtemp, readFile, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSummary } from "../../src/core/consolidate/build";
import type { OutSheet } from "../../src/core/sheet-model";
import { GENERATED_REGISTRY_SHEET, writeSheetsInto, writeWorkbook } from "../../src/xlsx/write-sheets";
import { fsSaveSteps, saveSummary, type SaveSteps } from "../../src/cli/commands/consolidate";
import { writeFileAtomic } from "../../src/node/files";
import { isUserError } from "../../src/core/errors";
import { checked, input, issue, line, sourceOf, submission } from "../helpers/consolidate-builders";

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

const NASTY = ['=HYPERLINK("http://x.example","bấm")', "+84 912 345 678", "@SUM(A1:A9)", "-1+2", "\t=1+1", "\r=cmd"];

function nastySummary(): OutSheet[] {
  const sub = submission("SKHDT", "a.xlsx", {
    lines: [line("1.4", 14, "inProgress", { result: NASTY[0]!, difficulties: NASTY[1]!, proposals: NASTY[2]! })],
  });
  const src = sourceOf(sub, (rows) => {
    rows[13]![7] = NASTY[0]!;
    rows[13]![9] = NASTY[3]!;
  });
  return buildSummary(
    input(
      [
        checked(sub, [
          issue("a.xlsx", "SKHDT", "J14", { value: NASTY[4]! }),
          issue("a.xlsx", "SKHDT", "K14", { value: NASTY[5]! }),
        ]),
      ],
      { sources: [src] },
    ),
  );
}

describe("writeWorkbook", () => {
  it("writes text that looks like a formula as a string cell, never a formula", async () => {
    const wb = await load(await writeWorkbook(nastySummary()));
    const found = new Map<string, ExcelJS.Cell>();
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value;
          // A carriage return comes back as a line feed (XML line-end rule); the text stays literal.
          if (typeof v === "string") for (const n of NASTY) if (v.includes(n.replace("\r", "\n"))) found.set(n, cell);
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          expect(cell.formula).toBeUndefined();
        }),
      ),
    );
    for (const n of NASTY) {
      because(`"${n}" is in the workbook as text`, () => expect(found.has(n)).toBe(true));
      expect(found.get(n)!.type).toBe(ExcelJS.ValueType.String);
    }
    // In the imported copy the cell holds exactly what the agency typed.
    expect(wb.getWorksheet("BC Sở KH&ĐT")!.getCell("H14").value).toBe(NASTY[0]);
    // And the raw XML has no <f> element at all.
    const zip = await JSZip.loadAsync(await writeWorkbook(nastySummary()));
    for (const name of Object.keys(zip.files).filter((n) => n.startsWith("xl/worksheets/sheet"))) {
      expect(await zip.file(name)!.async("string")).not.toContain("<f>");
    }
  });

  it("writes dates as real dates with a dd/mm/yyyy format and numbers as numbers", async () => {
    const wb = await load(
      await writeWorkbook([{ name: "T", columns: [{ width: 10 }], rows: [{ cells: [{ date: "2022-11-15" }, 42] }] }]),
    );
    const ws = wb.getWorksheet("T")!;
    expect(ws.getCell("A1").type).toBe(ExcelJS.ValueType.Date);
    expect((ws.getCell("A1").value as Date).toISOString().slice(0, 10)).toBe("2022-11-15");
    expect(ws.getCell("A1").numFmt).toBe("dd/mm/yyyy");
    expect(ws.getCell("B1").value).toBe(42);
  });

  it("adds a chart part for the figures sheet and turns internal links into locations", async () => {
    const bytes = await writeWorkbook(nastySummary());
    const zip = await JSZip.loadAsync(bytes);
    const chart = await zip.file("xl/charts/chart1.xml")!.async("string");
    expect(chart).toContain("<c:barChart>");
    expect(chart).toContain("'Chỉ số'!$B$5:$B$10");
    expect(await zip.file("[Content_Types].xml")!.async("string")).toContain("/xl/charts/chart1.xml");
    let internal = 0;
    for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
      const xml = await zip.file(name)!.async("string");
      for (const tag of xml.match(/<hyperlink\b[^>]*>/g) ?? []) {
        if (tag.includes("location=")) {
          internal++;
          expect(tag).not.toContain("r:id=");
        }
      }
    }
    expect(internal).toBeGreaterThan(0);
  });

  it("gives byte-identical files for the same sheets", async () => {
    const a = await writeWorkbook(nastySummary());
    const b = await writeWorkbook(nastySummary());
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

describe("rebuilding into an existing workbook", () => {
  it("replaces only the generated sheets and keeps the user's own", async () => {
    const first = await writeWorkbook(nastySummary());
    const wb = await load(first);
    const mine = wb.addWorksheet("Ghi chú của tôi");
    mine.getCell("A1").value = "Gọi lại Sở KH&ĐT thứ Hai";
    mine.getCell("B2").value = { formula: "1+1", result: 2 };
    const edited = new Uint8Array(await wb.xlsx.writeBuffer());

    const next = buildSummary(input([checked(submission("HDAKHA", "b.xlsx"))]));
    const rebuilt = await load(await writeSheetsInto(edited, next));
    const names = rebuilt.worksheets.map((w) => w.name);
    expect(names.slice(0, 8)).toEqual(next.slice(0, 8).map((s) => s.name));
    expect(names).toContain("Ghi chú của tôi");
    expect(names).not.toContain("BC Sở KH&ĐT"); // the old copy was generated: gone
    expect(rebuilt.getWorksheet("Ghi chú của tôi")!.getCell("A1").value).toBe("Gọi lại Sở KH&ĐT thứ Hai");
    expect(rebuilt.getWorksheet("Ghi chú của tôi")!.getCell("B2").formula).toBe("1+1");
    expect(rebuilt.getWorksheet(GENERATED_REGISTRY_SHEET)!.state).toBe("veryHidden");
  });

  it("rebuilt again and again, reuses the formats its earlier build appended: styles.xml stops growing", async () => {
    const stylesOf = async (bytes: Uint8Array) => (await JSZip.loadAsync(bytes)).file("xl/styles.xml")!.async("string");
    const wb = await load(await writeWorkbook(nastySummary()));
    wb.addWorksheet("Ghi chú của tôi").getCell("A1").value = "của tôi";
    let bytes: Uint8Array = new Uint8Array(await wb.xlsx.writeBuffer());
    const sizes: number[] = [];
    for (let run = 0; run < 4; run++) {
      bytes = await writeSheetsInto(bytes, nastySummary());
      sizes.push((await stylesOf(bytes)).length);
    }
    // The first rebuild appends the summary's formats after ExcelJS's; the later ones find them.
    expect(sizes[1]).toBe(sizes[0]);
    expect(sizes[3]).toBe(sizes[0]);
    // ...and the cells still look as written: a date cell's format is still dd/mm/yyyy.
    const rebuilt = await load(bytes);
    const dated: ExcelJS.Cell[] = [];
    for (const w of rebuilt.worksheets)
      w.eachRow((row) => row.eachCell((c) => void (c.value instanceof Date && dated.push(c))));
    expect(dated.length).toBeGreaterThan(0);
    for (const c of dated) expect(c.numFmt).toBe("dd/mm/yyyy");
  });

  it("refuses to overwrite a user's sheet that has a generated sheet's name", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Ma trận").getCell("A1").value = "ma trận của tôi";
    const userFile = new Uint8Array(await wb.xlsx.writeBuffer());
    const err = await writeSheetsInto(userFile, buildSummary(input([]))).catch((e: unknown) => e);
    expect(isUserError(err)).toBe(true);
    expect((err as Error).message).toContain("Ma trận");
    expect((err as Error).message).toMatch(/không ghi đè[\s\S]*not overwritten/);
  });
});

describe("saveSummary", () => {
  async function withOld(): Promise<{ dir: string; out: string; old: Buffer }> {
    const dir = await mkdtemp(join(tmpdir(), "kehoach-save-"));
    const out = join(dir, "tong-hop.xlsx");
    await saveSummary(out, buildSummary(input([checked(submission("SKHDT", "a.xlsx"))])));
    return { dir, out, old: await readFile(out) };
  }

  it("leaves the previous summary byte-identical when writing fails midway", async () => {
    const { dir, out, old } = await withOld();
    // The new file is half written, then the disk fills up.
    // The real atomic write (node/files writeFileAtomic), with the data step failing halfway.
    const failing: SaveSteps = {
      ...fsSaveSteps,
      write: (path, bytes) =>
        writeFileAtomic(path, bytes, {
          async writeData(handle, data) {
            await handle.write(data.subarray(0, data.length >> 1));
            throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
          },
        }),
    };
    const next = buildSummary(input([checked(submission("HDAKHA", "b.xlsx"))]));
    // The project's message: the disk is full, free space; never Node's "ENOSPC: …".
    await expect(saveSummary(out, next, failing)).rejects.toThrow("hãy giải phóng dung lượng");
    expect((await readFile(out)).equals(old)).toBe(true);
    expect(await readdir(dir)).toEqual(["tong-hop.xlsx"]); // no temporary file left behind
  });

  it("leaves the previous summary intact when building the workbook fails", async () => {
    const { dir, out, old } = await withOld();
    const bad: OutSheet[] = [{ name: "Tên/không hợp lệ", columns: [], rows: [] }];
    await expect(saveSummary(out, bad)).rejects.toThrow();
    expect((await readFile(out)).equals(old)).toBe(true);
    expect(await readdir(dir)).toEqual(["tong-hop.xlsx"]);
  });

  it("replaces the file when all goes well", async () => {
    const { out, old } = await withOld();
    await saveSummary(out, buildSummary(input([checked(submission("HDAKHA", "b.xlsx"))])));
    const now = await readFile(out);
    expect(now.equals(old)).toBe(false);
    const wb = await load(new Uint8Array(now));
    expect(wb.getWorksheet("Tình hình nộp báo cáo")).toBeDefined();
  });
});
