/**
 * `kehoach check` on hostile text: escape sequences, bidi overrides and newlines in cell
 * values and file names never reach the terminal as such, and cannot forge report lines.
 * JSON keeps the data, escaped.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../../src/cli/main";
import type { CliIO } from "../../../src/cli/io";

const ESC = "\u001b";
const FORGED = "\n■ gia-mao.csv: 0 lỗi, 0 cảnh báo, 0 ghi chú";
const NAME = `bao-cao${ESC}]0;pwned\u0007${FORGED}.csv`;
const STATUS = `${ESC}[2J${ESC}[31mXong\u202e${ESC}]52;c;Y2xpcA==\u0007`;

function io(cwd: string): CliIO & { out: (t: string) => void; stdout: () => string } {
  let text = "";
  return { cwd, out: (t) => void (text += t + "\n"), err: (t) => void (text += t + "\n"), stdout: () => text };
}

// eslint-disable-next-line no-control-regex -- what must not reach a terminal
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe("kehoach check: terminal output is inert", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "kehoach-check-"));
    const csv = [
      "Đơn vị báo cáo;Sở Tài chính",
      "Kỳ báo cáo;Năm 2022",
      "Ngày báo cáo;10/11/2022",
      "",
      "STT;Mã nhiệm vụ;Nội dung nhiệm vụ;Vai trò;Thời hạn;Tình trạng;Ngày hoàn thành;Kết quả thực hiện",
      `1;1.1;Quán triệt;CT;;"${STATUS}";;ok`,
    ].join("\n");
    await writeFile(join(dir, NAME), csv);
  });

  it("text: no control character or escape sequence, and one report line per file", async () => {
    const cli = io(dir);
    const code = await main(["check", NAME, "--as-of", "2022-11-20"], cli);
    expect(code).toBe(1);
    const text = cli.stdout();
    expect(text).not.toMatch(CONTROLS);
    expect(text).not.toContain("]0;pwned");
    expect(text).not.toContain("]52;");
    // The newline in the file name did not start a line of its own.
    expect(text.split("\n").filter((l) => l.startsWith("■"))).toHaveLength(1);
    expect(text).not.toMatch(/^■ gia-mao\.csv/m);
    // The agency's text is still readable once made inert.
    expect(text).toContain("Xong");
  });

  it("json: the same data, every control escaped, still valid JSON", async () => {
    const cli = io(dir);
    await main(["check", NAME, "--as-of", "2022-11-20", "--format", "json"], cli);
    const text = cli.stdout();
    expect(text).not.toMatch(CONTROLS);
    const data = JSON.parse(text);
    expect(data.files[0].file).toBe(NAME);
    expect(JSON.stringify(data.issues)).toContain("\\u001b[2J");
  });

  it("an unreadable input is an error of the run: exit 1, the project's message in both languages", async () => {
    const cli = io(dir);
    const code = await main(["check", "khong-co.xlsx", "--as-of", "2022-11-20"], cli);
    expect(code).toBe(1);
    expect(cli.stdout()).toContain("khong-co.xlsx");
    expect(cli.stdout()).toContain("kiểm tra lại đường dẫn");
    expect(cli.stdout()).toContain("check the path");
    expect(cli.stdout()).not.toMatch(/ENOENT/);
  });
});
