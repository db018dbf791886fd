/**
 * The demo end to end, opened in a real spreadsheet application: LibreOffice headless reads
 * the workbook, exports every sheet to CSV and prints it to PDF; the figures are compared
 * with what the demo's story says happened, and the pictures of "Chỉ số" and "Ma trận" are
 * kept in test-results/ for a person to look at.
 */
import { describe, expect, it, beforeAll } from "@jest/globals";
import { because } from "../../helpers/because";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runDemoIn, type DemoResult } from "../../../src/cli/commands/demo";
import { DEMO_AS_OF } from "../../../src/demo/scenario";
import { plan } from "../../helpers/consolidate-builders";
import { csvRows } from "../../helpers/csv-rows";

function soffice(args: string[], profile: string): void {
  execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", ...args], {
    stdio: "pipe",
    timeout: 120_000,
  });
}

function hasTool(cmd: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${cmd}`], { stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
}

describe("npm run demo, opened in LibreOffice", () => {
  const work = mkdtempSync(join(tmpdir(), "kehoach-demo-"));
  let demo: DemoResult;
  let output = "";
  const sheets = new Map<string, string[][]>();
  let pdfPages: string[] = [];

  beforeAll(async () => {
    if (!hasTool("soffice") || !hasTool("pdftotext")) {
      throw new Error("LibreOffice and poppler-utils are needed: apt-get install libreoffice-calc poppler-utils");
    }
    demo = await runDemoIn(work, DEMO_AS_OF, {
      out: (t) => void (output += t + "\n"),
      err: (t) => void (output += t + "\n"),
      cwd: work,
    });
    const csvDir = join(work, "csv");
    mkdirSync(csvDir);
    // Token 12 = -1: every sheet to its own CSV file (LibreOffice ≥ 7.2).
    soffice(
      [
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        "--outdir",
        csvDir,
        demo.outFile,
      ],
      join(work, "lo1"),
    );
    const base = "tong-hop-4587-2022-";
    for (const f of readdirSync(csvDir))
      sheets.set(f.slice(base.length, -4), csvRows(readFileSync(join(csvDir, f), "utf8")));
    soffice(["--convert-to", "pdf", "--outdir", work, demo.outFile], join(work, "lo2"));
    const pdf = join(work, "tong-hop-4587-2022.pdf");
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())![1]);
    pdfPages = Array.from({ length: pages }, (_, i) =>
      execFileSync("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), "-layout", pdf, "-"]).toString(),
    );
  }, 240_000);

  const row = (sheet: string, label: string): string[] => {
    const rows = sheets.get(sheet);
    if (!rows) throw new Error(`LibreOffice found no sheet "${sheet}"; found: ${[...sheets.keys()].join(", ")}`);
    const r = rows.find((x) => x[0] === label);
    if (!r) throw new Error(`no row "${label}" in ${sheet}`);
    return r;
  };

  it("finds every summary sheet", () => {
    for (const name of [
      "Tổng hợp theo nhiệm vụ",
      "Chi tiết theo đơn vị",
      "Tình hình nộp báo cáo",
      "Ma trận",
      "Chỉ số",
      "Kết quả kiểm tra",
      "Nhắc nhở",
      "Báo cáo",
      "Nhật ký",
    ]) {
      because(name, () => expect(sheets.has(name)).toBe(true));
    }
  });

  it("shows the figures the demo's story implies", () => {
    const reported = demo.story.filter((s) => s.returns.length > 0).length;
    const late = demo.story.filter((s) => s.behaviour === "late").length;
    const missing = demo.story.filter((s) => s.returns.length === 0).length;
    expect(row("Chỉ số", "Đơn vị phải báo cáo")[1]).toBe(String(demo.story.length));
    expect(row("Chỉ số", "Đã gửi báo cáo")[1]).toBe(String(reported));
    expect(row("Chỉ số", "Gửi trễ hạn")[1]).toBe(String(late));
    expect(row("Chỉ số", "Chưa gửi (quá hạn)")[1]).toBe(String(missing));
    expect(row("Chỉ số", "Chưa đến hạn")[1]).toBe("0");
    expect(row("Chỉ số", "Tổng số nhiệm vụ")[1]).toBe(String(plan.tasks.length));
    const byStatus = [
      "Hoàn thành đúng hạn",
      "Hoàn thành quá hạn",
      "Đang thực hiện trong hạn",
      "Quá hạn chưa hoàn thành",
      "Đang triển khai thường xuyên",
      "Chưa có báo cáo",
    ]
      .map((l) => Number(row("Chỉ số", l)[1]))
      .reduce((a, b) => a + b, 0);
    expect(byStatus).toBe(plan.tasks.length);

    const report = (sheets.get("Báo cáo") ?? []).map((r) => r[0]).join("\n");
    expect(report).toContain(`Đến ngày 20/11/2022, có ${reported}/${demo.story.length} đơn vị gửi báo cáo`);

    // The task assessed late in the story: 1.4 was finished on 04/03/2022, due before 10/02/2022.
    const task = (sheets.get("Tổng hợp theo nhiệm vụ") ?? []).find((r) => r[0] === "1.4")!;
    expect(task).toContain("Hoàn thành quá hạn");
  });

  it("lists each missing agency with a reminder, and the resent file as superseded", () => {
    const reminders = sheets.get("Nhắc nhở")!;
    for (const s of demo.story.filter((x) => x.returns.length === 0)) {
      const r = reminders.find((x) => x[0] === s.agency.name);
      because(s.agency.name, () => expect(r).toBeDefined());
      expect(r![1]).toBe(`${s.agency.id.toLowerCase()}@example.gov.vn`);
    }
    const resent = demo.story.find((s) => s.behaviour === "resent")!;
    const log = sheets.get("Nhật ký")!;
    const first = log.find((r) => r[1] === resent.returns[0]!.fileName)!;
    expect(first[7]).toBe(`Đã được thay thế bởi ${resent.returns[1]!.fileName}`);
  });

  it("keeps the formula-looking text literal when a spreadsheet application opens it", () => {
    // every agency's words are on the detail sheet (the per-task sheet quotes the leads it has room for)
    const detail = sheets.get("Chi tiết theo đơn vị")!.flat().join("\n");
    expect(detail).toContain('=HYPERLINK("http://baocao.example.vn/4587","Xem báo cáo chi tiết")');
  });

  it("prints the figures with the chart, and the matrix, as pictures a person can read", () => {
    const figuresPage = pdfPages.findIndex((p) => p.includes("CHỈ SỐ CHÍNH")) + 1;
    const matrixPage = pdfPages.findIndex((p) => p.includes("MA TRẬN PHÂN CÔNG")) + 1;
    expect(figuresPage).toBeGreaterThan(0);
    expect(matrixPage).toBeGreaterThan(0);
    // The chart's title is drawn on the figures page: LibreOffice read the chart part.
    expect(pdfPages[figuresPage - 1]).toContain("Nhiệm vụ theo tình trạng thực hiện");
    const results = join(process.cwd(), "test-results");
    mkdirSync(results, { recursive: true });
    const pdf = join(work, "tong-hop-4587-2022.pdf");
    for (const [page, name] of [
      [figuresPage, "demo-chi-so"],
      [matrixPage, "demo-ma-tran"],
    ] as const) {
      execFileSync("pdftoppm", [
        "-png",
        "-r",
        "110",
        "-f",
        String(page),
        "-l",
        String(page),
        "-singlefile",
        pdf,
        join(results, name),
      ]);
      const png = join(results, `${name}.png`);
      expect(existsSync(png)).toBe(true);
      expect(statSync(png).size).toBeGreaterThan(20_000);
    }
    copyFileSync(pdf, join(results, "demo-tong-hop.pdf"));
  });

  it("tells the user on the terminal how many reported, tasks by status, and where the file is", () => {
    expect(output).toMatch(/Đơn vị đã gửi báo cáo: \d+\/\d+/);
    // 26 tasks and the agency duty III.3 (MTTQ and the organisations, "Tổ chức thực hiện")
    expect(output).toMatch(/Nhiệm vụ \(27\): .*Đang triển khai thường xuyên \d+/);
    expect(output).toContain("tong-hop-4587-2022.xlsx");
  });
});
