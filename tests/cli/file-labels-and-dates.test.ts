/**
 * Review fixes in check and consolidate: same-named files from two folders, one clock and one
 * due-day rule for both commands, the default period, roster JSON with missing fields, and the
 * import date standing in for an unknown received date.
 */
import { describe, expect, it } from "@jest/globals";
import { because } from "../helpers/because";
import ExcelJS from "exceljs";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { buildTemplate } from "../../src/core/template/build";
import { writeTemplate } from "../../src/xlsx/template-writer";
import { fillTemplate } from "../../src/demo/fill";
import type { DemoReturn } from "../../src/demo/scenario";
import { defaultPeriod, fileLabels, parseReceived } from "../../src/cli/args";
import { todayInVietnam } from "../../src/node/clock";
import { consolidateFiles } from "../../src/cli/commands/consolidate";
import { matrix, plan, roster } from "../helpers/consolidate-builders";

function io(cwd: string): CliIO & { text: () => string } {
  let text = "";
  return { cwd, out: (t) => void (text += t + "\n"), err: (t) => void (text += t + "\n"), text: () => text };
}

async function filled(
  agencyId: string,
  result: string,
  reportDate: string | null,
  period = "2022",
): Promise<Uint8Array> {
  const agency = roster.byId(agencyId)!;
  const content = buildTemplate(plan, matrix, agency, period);
  const bytes = await writeTemplate(content, { generatedAt: new Date(Date.UTC(2022, 9, 1)) });
  const ret: DemoReturn = {
    fileName: `${agencyId}.xlsx`,
    receivedOn: reportDate ?? "2022-11-10",
    kind: "xlsx",
    header: { reportDate, preparedBy: "Trần Thị Mai", phone: "0260 3862 123", email: "", documentNumber: "12/BC" },
    lines: content.rows.map((r) => ({
      taskCode: r.taskCode,
      statusText: "Đang thực hiện",
      completedOn: null,
      result,
      difficulties: "",
      proposals: "",
    })),
  };
  return fillTemplate(bytes, content, ret);
}

async function sheetRows(path: string, sheet: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(path)).buffer as ArrayBuffer);
  const ws = wb.getWorksheet(sheet)!;
  const rows: string[][] = [];
  ws.eachRow((r) => {
    const cells: string[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const v = r.getCell(c).value;
      cells.push(v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? "" : String(v));
    }
    rows.push(cells);
  });
  return rows;
}

const SKHDT = "Sở Kế hoạch và Đầu tư";

describe("file labels and --received (B1)", () => {
  it("labels by base name when unique, else by the path relative to the working folder", () => {
    expect(fileLabels(["a/BaoCao.xlsx", "b/BaoCao.xlsx", "x/Khac.xlsx"], "/w")).toEqual([
      "a/BaoCao.xlsx",
      "b/BaoCao.xlsx",
      "Khac.xlsx",
    ]);
    expect(fileLabels(["/w/a/X.xlsx", "a/x.xlsx"], "/w")).toEqual(["a/X.xlsx", "a/x.xlsx (2)"]);
  });

  it("matches --received by full path, relative path or unique base name, and refuses an ambiguous base name", () => {
    const paths = ["a/BaoCao.xlsx", "b/BaoCao.xlsx", "c/Mot.xlsx"];
    const got = parseReceived(
      ["/w/a/BaoCao.xlsx=2022-11-10", "b/BaoCao.xlsx=2022-11-12", "Mot.xlsx=2022-11-13"],
      paths,
      "/w",
    );
    expect([...got.entries()].sort()).toEqual([
      [0, "2022-11-10"],
      [1, "2022-11-12"],
      [2, "2022-11-13"],
    ]);
    expect(() => parseReceived(["BaoCao.xlsx=2022-11-10"], paths, "/w")).toThrow(/a\/BaoCao\.xlsx, b\/BaoCao\.xlsx/);
    expect(() => parseReceived(["Khong.xlsx=2022-11-10"], paths, "/w")).toThrow(/Khong\.xlsx/);
  });

  it("consolidate: a corrected file under the same name in another folder supersedes the old one, not itself", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kehoach-fix-"));
    await mkdir(join(dir, "dot1"));
    await mkdir(join(dir, "dot2"));
    await writeFile(join(dir, "dot1", "BaoCao.xlsx"), await filled("SKHDT", "Ban cu", "2022-11-08"));
    await writeFile(join(dir, "dot2", "BaoCao.xlsx"), await filled("SKHDT", "Ban da sua", "2022-11-12"));
    const cli = io(dir);
    const code = await main(
      [
        "consolidate",
        "dot1/BaoCao.xlsx",
        "dot2/BaoCao.xlsx",
        "--out",
        "t.xlsx",
        "--as-of",
        "2022-11-20",
        "--period",
        "2022",
      ],
      cli,
    );
    because(cli.text(), () => expect(code).toBe(0));
    const log = await sheetRows(join(dir, "t.xlsx"), "Nhật ký");
    const state = (file: string) => log.find((r) => r[1] === file)?.[7];
    expect(state("dot1/BaoCao.xlsx")).toBe("Đã được thay thế bởi dot2/BaoCao.xlsx");
    expect(state("dot2/BaoCao.xlsx")).toBe("Hiện hành");
    // The task table quotes the corrected file's result, not the old one's.
    const tasks = (await sheetRows(join(dir, "t.xlsx"), "Tổng hợp theo nhiệm vụ")).flat().join("\n");
    expect(tasks).toContain("Ban da sua");
    expect(tasks).not.toContain("Ban cu");
    const subs = await sheetRows(join(dir, "t.xlsx"), "Tình hình nộp báo cáo");
    expect(subs.find((r) => r[1] === SKHDT)?.join("|")).toContain("2022-11-12");
  });

  it("check: both same-named files are listed under their paths, the older one as superseded", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kehoach-fix-"));
    await mkdir(join(dir, "dot1"));
    await mkdir(join(dir, "dot2"));
    await writeFile(join(dir, "dot1", "BaoCao.xlsx"), await filled("SKHDT", "Ban cu", "2022-11-08"));
    await writeFile(join(dir, "dot2", "BaoCao.xlsx"), await filled("SKHDT", "Ban da sua", "2022-11-12"));
    const cli = io(dir);
    await main(["check", "dot1/BaoCao.xlsx", "dot2/BaoCao.xlsx", "--as-of", "2022-11-20", "--format", "json"], cli);
    const json = JSON.parse(cli.text()) as { files: { file: string; superseded: boolean }[] };
    expect(json.files.map((f) => [f.file, f.superseded])).toEqual([
      ["dot1/BaoCao.xlsx", true],
      ["dot2/BaoCao.xlsx", false],
    ]);
  });
});

describe("check and consolidate agree (B6)", () => {
  it("today is the date in Vietnam (UTC+7), whatever the machine's zone", () => {
    expect(todayInVietnam(new Date("2022-11-14T16:59:59Z"))).toBe("2022-11-14");
    expect(todayInVietnam(new Date("2022-11-14T17:00:00Z"))).toBe("2022-11-15");
  });

  it("the default period is the one most files declare, else the as-of year", () => {
    expect(defaultPeriod(["2022", "2022", "2023", null], "2023-01-10")).toBe("2022");
    expect(defaultPeriod([null, null], "2023-01-10")).toBe("2023");
    expect(defaultPeriod(["2021", "2022"], "2023-01-10")).toBe("2022");
  });

  it("consolidate in January consolidates last year's files without --period, and honours --due-day-on-time", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kehoach-fix-"));
    // Received on the due day itself (15/11, "trước ngày 15/11"): late by default, on time with the flag.
    await writeFile(join(dir, "skhdt.xlsx"), await filled("SKHDT", "Da trien khai", "2022-11-15"));
    const run = async (extra: string[]) => {
      const cli = io(dir);
      const code = await main(["consolidate", "skhdt.xlsx", "--out", "t.xlsx", "--as-of", "2023-01-10", ...extra], cli);
      because(cli.text(), () => expect(code).toBe(0));
      const log = await sheetRows(join(dir, "t.xlsx"), "Nhật ký");
      const subs = await sheetRows(join(dir, "t.xlsx"), "Tình hình nộp báo cáo");
      return {
        out: cli.text(),
        state: log.find((r) => r[1] === "skhdt.xlsx")?.[7],
        row: subs.find((r) => r[1] === SKHDT)!.join("|"),
      };
    };
    const strict = await run([]);
    expect(strict.state).toBe("Hiện hành");
    expect(strict.out).toContain("Kỳ báo cáo tổng hợp: 2022");
    expect(strict.row).toContain("Trễ hạn");
    const lenient = await run(["--due-day-on-time"]);
    expect(lenient.row).toContain("Đúng hạn");
    expect(lenient.row).not.toContain("Trễ hạn");
  });

  it("--max-file-mb is applied and named in the refusal", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kehoach-fix-"));
    await writeFile(join(dir, "skhdt.xlsx"), await filled("SKHDT", "Da trien khai", "2022-11-10"));
    const cli = io(dir);
    const code = await main(["check", "skhdt.xlsx", "--as-of", "2022-11-20", "--max-file-mb", "0.001"], cli);
    expect(code).toBe(1);
    expect(cli.text()).toContain("--max-file-mb");
    const bad = io(dir);
    expect(await main(["check", "skhdt.xlsx", "--max-file-mb", "nhieu"], bad)).toBe(2);
    expect(bad.text()).toMatch(/Tham số không hợp lệ: --max-file-mb nhieu[\s\S]*Invalid option: --max-file-mb nhieu/);
  });
});

describe("roster JSON (B7)", () => {
  it("an agency without a name: exit 2 naming the agency index and the field, in both languages", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kehoach-fix-"));
    await writeFile(join(dir, "danh-ba.json"), JSON.stringify({ agencies: [{ id: "A", name: "Sở A" }, { id: "B" }] }));
    const cli = io(dir);
    expect(await main(["check", "x.xlsx", "--roster", "danh-ba.json"], cli)).toBe(2);
    expect(cli.text()).toContain('agencies[1]: thiếu trường "name"');
    expect(cli.text()).toContain('field "name" missing');
    expect(cli.text()).not.toMatch(/không mong đợi|unexpected/i);
  });
});

describe("unknown received date (B8)", () => {
  it("a file with no report date and no --received counts as received on its import day, and the log says so", async () => {
    const bytes = await filled("SKHDT", "Da trien khai", null);
    const summary = await consolidateFiles([{ fileName: "skhdt.xlsx", bytes }], {
      plan,
      roster,
      matrix,
      period: "2022",
      asOf: "2022-11-25",
      importedAt: "2022-11-20 09:00:00",
    });
    const st = summary.analysis.agencies.find((a) => a.agency.id === "SKHDT")!;
    expect(st.receivedOn).toBe("2022-11-20");
    expect(st.timeliness).toBe("late");
    const log = summary.sheets.find((s) => s.name === "Nhật ký")!;
    const row = log.rows.find((r) => r.cells[1] === "skhdt.xlsx")!;
    expect(String(row.cells[7])).toContain("ngày nhận = ngày nhập");
    // A dated file keeps its own date and no note.
    const dated = await consolidateFiles([{ fileName: "d.xlsx", bytes: await filled("SKHDT", "x", "2022-11-10") }], {
      plan,
      roster,
      matrix,
      period: "2022",
      asOf: "2022-11-25",
      importedAt: "2022-11-20 09:00:00",
    });
    expect(dated.analysis.agencies.find((a) => a.agency.id === "SKHDT")!.timeliness).toBe("onTime");
    expect(
      String(dated.sheets.find((s) => s.name === "Nhật ký")!.rows.find((r) => r.cells[1] === "d.xlsx")!.cells[7]),
    ).not.toContain("ngày nhập");
  });
});
