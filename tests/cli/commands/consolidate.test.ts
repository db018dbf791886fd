import { describe, expect, it } from "@jest/globals";
import { because } from "../../helpers/because";
import ExcelJS from "exceljs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../../src/cli/main";
import type { CliIO } from "../../../src/cli/io";
import { buildTemplate } from "../../../src/core/template/build";
import { writeTemplate } from "../../../src/xlsx/template-writer";
import { fillTemplate } from "../../../src/demo/fill";
import type { DemoReturn } from "../../../src/demo/scenario";
import { matrix, plan, roster } from "../../helpers/consolidate-builders";

function io(cwd: string): CliIO & { text: () => string } {
  let text = "";
  return { cwd, out: (t) => void (text += t + "\n"), err: (t) => void (text += t + "\n"), text: () => text };
}

async function filled(agencyId: string, statusText: string, reportDate: string): Promise<Uint8Array> {
  const agency = roster.byId(agencyId)!;
  const content = buildTemplate(plan, matrix, agency, "2022");
  const bytes = await writeTemplate(content, { generatedAt: new Date(Date.UTC(2022, 9, 1)) });
  const ret: DemoReturn = {
    fileName: `${agencyId}.xlsx`,
    receivedOn: reportDate,
    kind: "xlsx",
    header: { reportDate, preparedBy: "Trần Thị Mai", phone: "0260 3862 123", email: "", documentNumber: "12/BC" },
    lines: content.rows.map((r) => ({
      taskCode: r.taskCode,
      statusText,
      completedOn: null,
      result: "Đã triển khai",
      difficulties: "",
      proposals: "",
    })),
  };
  return fillTemplate(bytes, content, ret);
}

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(path)).buffer as ArrayBuffer);
  return wb;
}

describe("kehoach consolidate", () => {
  it("reads, checks and writes the summary, using the received dates given", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kehoach-cons-"));
    await writeFile(join(dir, "skhdt.xlsx"), await filled("SKHDT", "Đang thực hiện", "2022-11-10"));
    await writeFile(join(dir, "dakha.xlsx"), await filled("HDAKHA", "Đang thực hiện", "2022-11-10"));
    const cli = io(dir);
    const code = await main(
      [
        "consolidate",
        "skhdt.xlsx",
        "dakha.xlsx",
        "--out",
        "tong-hop.xlsx",
        "--as-of",
        "2022-11-20",
        "--period",
        "2022",
        "--received",
        "dakha.xlsx=2022-11-18",
      ],
      cli,
    );
    because(cli.text(), () => expect(code).toBe(0));
    expect(cli.text()).toContain("Đơn vị đã gửi báo cáo: 2/");
    const wb = await load(join(dir, "tong-hop.xlsx"));
    const subs = wb.getWorksheet("Tình hình nộp báo cáo")!;
    const rowOf = (name: string) => {
      let found: ExcelJS.Row | undefined;
      subs.eachRow((r) => {
        if (r.getCell(2).value === name) found = r;
      });
      return found!;
    };
    expect(rowOf("Sở Kế hoạch và Đầu tư").getCell(6).value).toBe("Đúng hạn");
    expect(rowOf("Ủy ban nhân dân huyện Đắk Hà").getCell(6).value).toBe("Trễ hạn");
    expect((rowOf("Ủy ban nhân dân huyện Đắk Hà").getCell(5).value as Date).toISOString().slice(0, 10)).toBe(
      "2022-11-18",
    );
    const log = wb.getWorksheet("Nhật ký")!;
    const sha = log.getCell("C5").value as string;
    expect(sha).toMatch(/^[0-9a-f]{64}$/);
  });

  it("keeps a sheet the user added when consolidating again", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kehoach-cons-"));
    await writeFile(join(dir, "skhdt.xlsx"), await filled("SKHDT", "Đang thực hiện", "2022-11-10"));
    const args = ["consolidate", "skhdt.xlsx", "--out", "th.xlsx", "--as-of", "2022-11-20"];
    expect(await main(args, io(dir))).toBe(0);
    const wb = await load(join(dir, "th.xlsx"));
    wb.addWorksheet("Ý kiến lãnh đạo").getCell("A1").value = "Đã xem";
    await writeFile(join(dir, "th.xlsx"), new Uint8Array(await wb.xlsx.writeBuffer()));
    await writeFile(join(dir, "skhdt.xlsx"), await filled("SKHDT", "Đã hoàn thành", "2022-11-12"));
    expect(await main(args, io(dir))).toBe(0);
    const again = await load(join(dir, "th.xlsx"));
    expect(again.getWorksheet("Ý kiến lãnh đạo")!.getCell("A1").value).toBe("Đã xem");
    expect(again.worksheets[0]!.name).toBe("Tổng hợp theo nhiệm vụ");
  });

  it("says in both languages what is wrong with the command line", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kehoach-cons-"));
    const noOut = io(dir);
    expect(await main(["consolidate", "a.xlsx"], noOut)).toBe(2);
    expect(noOut.text()).toMatch(/Cần chỉ định tệp kết quả[\s\S]*Give the output file/);
    const badDate = io(dir);
    expect(await main(["consolidate", "a.xlsx", "--out", "x.xlsx", "--as-of", "2022-02-31"], badDate)).toBe(2);
    expect(badDate.text()).toContain("2022-02-31");
    const missing = io(dir);
    expect(await main(["consolidate", "khong-co.xlsx", "--out", "x.xlsx", "--as-of", "2022-11-20"], missing)).toBe(2);
    expect(missing.text()).toContain("khong-co.xlsx");
  });

  it("lists a file it cannot read instead of stopping, and exits 1 saying so in both languages", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kehoach-cons-"));
    await writeFile(join(dir, "hong.xlsx"), new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]));
    await writeFile(join(dir, "skhdt.xlsx"), await filled("SKHDT", "Đang thực hiện", "2022-11-10"));
    const cli = io(dir);
    expect(
      await main(["consolidate", "hong.xlsx", "skhdt.xlsx", "--out", "t.xlsx", "--as-of", "2022-11-20"], cli),
    ).toBe(1);
    // The closing line counts the unreadable file; never "0 lỗi".
    expect(cli.text()).toContain("1 tệp không đọc được (hong.xlsx)");
    expect(cli.text()).toContain("1 file could not be read (hong.xlsx) and is not in the summary");
    expect(cli.text()).toMatch(/Kết quả kiểm tra: [1-9]\d* lỗi.*1 tệp không đọc được/);
    const wb = await load(join(dir, "t.xlsx"));
    let state = "";
    wb.getWorksheet("Nhật ký")!.eachRow((r) => {
      if (r.getCell(2).value === "hong.xlsx") state = String(r.getCell(8).value);
    });
    expect(state).toBe("Không đọc được");
  });
});
