/**
 * `kehoach consolidate` when inputs cannot be read: the readable ones are still consolidated,
 * the run says so in both languages, counts them in its closing line and exits 1; when none
 * can be read nothing is written (an earlier summary stays as it was) and it exits 2.
 */
import { describe, expect, it } from "@jest/globals";
import type { Finding } from "../../../src/core/report/findings";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../../src/cli/main";
import { consolidateFiles, unreadableFiles } from "../../../src/cli/commands/consolidate";
import type { CliIO } from "../../../src/cli/io";
import { buildTemplate } from "../../../src/core/template/build";
import { writeTemplate } from "../../../src/xlsx/template-writer";
import { fillTemplate } from "../../../src/demo/fill";
import { matrix, plan, roster } from "../../helpers/consolidate-builders";

function io(cwd: string): CliIO & { text: () => string } {
  let text = "";
  return { cwd, out: (t) => void (text += t + "\n"), err: (t) => void (text += t + "\n"), text: () => text };
}

async function filled(agencyId: string): Promise<Uint8Array> {
  const content = buildTemplate(plan, matrix, roster.byId(agencyId)!, "2022");
  const bytes = await writeTemplate(content, { generatedAt: new Date(Date.UTC(2022, 9, 1)) });
  return fillTemplate(bytes, content, {
    fileName: `${agencyId}.xlsx`,
    receivedOn: "2022-11-10",
    kind: "xlsx",
    header: {
      reportDate: "2022-11-10",
      preparedBy: "Trần Thị Mai",
      phone: "0260 3862 123",
      email: "",
      documentNumber: "1",
    },
    lines: content.rows.map((r) => ({
      taskCode: r.taskCode,
      statusText: "Đang thực hiện",
      completedOn: null,
      result: "Đã triển khai",
      difficulties: "",
      proposals: "",
    })),
  });
}

describe("kehoach consolidate with unreadable inputs", () => {
  it("a missing path and a damaged file: the good file is consolidated, exit 1, both counted at the end", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kehoach-cons-"));
    await writeFile(join(dir, "skhdt.xlsx"), await filled("SKHDT"));
    await writeFile(join(dir, "hong.xlsx"), new Uint8Array([0x50, 0x4b, 3, 4, 9, 9]));
    const cli = io(dir);
    const args = [
      "consolidate",
      "khong-co.xlsx",
      "hong.xlsx",
      "skhdt.xlsx",
      "--out",
      "t.xlsx",
      "--as-of",
      "2022-11-20",
    ];
    expect(await main(args, cli)).toBe(1);
    expect(existsSync(join(dir, "t.xlsx"))).toBe(true);
    const lines = cli.text().trim().split("\n");
    expect(cli.text()).toContain("2 tệp không đọc được (khong-co.xlsx, hong.xlsx)");
    expect(cli.text()).toContain("2 files could not be read (khong-co.xlsx, hong.xlsx)");
    expect(cli.text()).toContain("lập từ 1 tệp còn lại");
    // The closing lines count them: never "0 lỗi" for a batch with unreadable files.
    expect(lines.at(-2)).toMatch(/^Kết quả kiểm tra: [1-9]\d* lỗi, \d+ cảnh báo, 2 tệp không đọc được;/);
    expect(lines.at(-1)).toMatch(/^Check results: [1-9]\d* errors?, \d+ warnings?, 2 unreadable files;/);
    expect(cli.text()).not.toMatch(/ENOENT|Bug :|Cannot set|Cannot read properties/);
  });

  it("nothing readable: exit 2, no summary written, an earlier one left byte for byte", async () => {
    const dir = await mkdtemp(join(tmpdir(), "kehoach-cons-"));
    // A real workbook at --out (a file that is no workbook is refused before any input is read).
    const earlier = await filled("SKHDT");
    await writeFile(join(dir, "t.xlsx"), earlier);
    const cli = io(dir);
    expect(await main(["consolidate", "khong-co.xlsx", "--out", "t.xlsx", "--as-of", "2022-11-20"], cli)).toBe(2);
    expect(new Uint8Array(await readFile(join(dir, "t.xlsx")))).toEqual(earlier);
    expect(cli.text()).toContain("Không đọc được tệp nào trong 1 tệp");
    expect(cli.text()).toContain("None of the 1 file given could be read");
  });
});

describe("consolidateFiles", () => {
  it("a library's crash inside one file is that file's finding in the project's words; the others are consolidated", async () => {
    const lines: string[] = [];
    const s = await consolidateFiles(
      [
        {
          fileName: "la.xlsx",
          bytes: new Uint8Array(0),
          readError: new TypeError("Cannot set properties of undefined (setting 'sheetNo')"),
        },
        { fileName: "skhdt.xlsx", bytes: await filled("SKHDT"), receivedOn: "2022-11-10" },
      ],
      { plan, roster, matrix, asOf: "2022-11-20", importedAt: "2022-11-20 08:00:00", progress: (l) => lines.push(l) },
    );
    expect(unreadableFiles(s)).toEqual(["la.xlsx"]);
    expect(s.analysis.agencies.find((a) => a.agency.id === "SKHDT")!.current!.file).toBe("skhdt.xlsx");
    const issue = s.analysis.input.checked.find((c) => c.file === "la.xlsx")!.issues[0] as Finding<"file-unreadable">;
    expect(issue.code).toBe("file-unreadable");
    expect(issue.params.reason).toContain("Lỗi không mong đợi khi đọc tệp");
    expect(issue.params.reason_en).toContain("Unexpected error while reading the file");
    expect(lines.join("\n")).not.toContain("Cannot set properties");
    expect(lines.join("\n")).toContain("cannot be read");
  });
});

describe("option errors", () => {
  it.each([["plan"], ["check"], ["consolidate"], ["templates"], ["demo"]])(
    "kehoach %s --bogus: the project's message in both languages and the usage, exit 2, no stack",
    async (command) => {
      const cli = io(tmpdir());
      expect(await main([command, "--bogus"], cli)).toBe(2);
      expect(cli.text()).toContain('Tham số không có: "--bogus"');
      expect(cli.text()).toContain('Unknown option: "--bogus"');
      expect(cli.text()).toContain(`kehoach ${command}`);
      expect(cli.text()).not.toMatch(/\n\s+at |ERR_PARSE_ARGS|To specify a positional/);
    },
  );
  it("a command without its files shows the usage after the message", async () => {
    const cli = io(tmpdir());
    expect(await main(["consolidate", "--out", "t.xlsx"], cli)).toBe(2);
    expect(cli.text()).toContain("Chưa chỉ định tệp báo cáo nào để tổng hợp.");
    expect(cli.text()).toContain("kehoach consolidate FILE… --out tong-hop.xlsx");
  });
  it("an option without its value says which and how", async () => {
    const cli = io(tmpdir());
    expect(await main(["check", "a.xlsx", "--period"], cli)).toBe(2);
    expect(cli.text()).toContain('Tham số "--period" cần một giá trị');
  });
});
