import { describe, expect, it } from "@jest/globals";
import { parseArgs } from "node:util";
import { optionError, toUserError, unreadableReason } from "../../src/cli/errors";
import { reportFailure } from "../../src/cli/main";
import { fileSystemError } from "../../src/node/errno";
import { UserError } from "../../src/core/errors";

const errno = (code: string, path = "/data/bao-cao.xlsx") =>
  Object.assign(new Error(`${code}: something, open '${path}'`), { code, path, syscall: "open", errno: -1 });

function printed(e: unknown, debug = false): string {
  let text = "";
  reportFailure(e, { err: (t) => (text += t + "\n") }, "kehoach plan [FILE]", debug);
  return text;
}

describe("file-system errors", () => {
  it("EACCES names the file, says to check permissions, in both languages, without Node's text", () => {
    const u = fileSystemError(errno("EACCES"), "bao-cao.xlsx", "read")!;
    expect(u.messageIn("vi")).toContain('"bao-cao.xlsx"');
    expect(u.messageIn("vi")).toContain("Kiểm tra quyền truy cập");
    expect(u.messageIn("en")).toContain("No permission to read");
    expect(u.message).not.toMatch(/EACCES/);
  });
  it("ENOSPC says to free disk space, and that the old file is unchanged", () => {
    const u = fileSystemError(errno("ENOSPC"), "tong-hop.xlsx", "write")!;
    expect(u.messageIn("vi")).toContain("giải phóng dung lượng");
    expect(u.messageIn("en")).toContain("Free disk space");
    expect(u.messageIn("en")).toContain("to write");
  });
  it("an errno this module does not know still gets a message naming the file and the code once", () => {
    const u = fileSystemError(errno("EXDEV"), "x.xlsx", "write")!;
    expect(u.messageIn("en")).toBe(
      'Cannot write "x.xlsx" (system error EXDEV). Check the file and its folder, then try again.',
    );
  });
  it("is null for what is no file-system error", () => {
    expect(fileSystemError(new TypeError("x"))).toBeNull();
  });
});

describe("the boundary", () => {
  it("a library's error becomes the bilingual 'unexpected error' with a hint; no raw text, no stack", () => {
    const text = printed(new TypeError("Cannot set properties of undefined (setting 'sheetNo')"));
    expect(text).toContain("Lỗi không mong đợi");
    expect(text).toContain("Unexpected error");
    expect(text).toContain("KEHOACH_DEBUG=1");
    expect(text).not.toContain("Cannot set properties");
    expect(text).not.toMatch(/\n\s+at /);
  });
  it("under KEHOACH_DEBUG the technical detail follows, for whoever fixes it", () => {
    expect(printed(new TypeError("Cannot set properties of undefined"), true)).toContain("Cannot set properties");
  });
  it("a project error is printed as it is, once", () => {
    const u = new UserError("summary.cli.badPeriod", { value: "20x2" });
    expect(printed(u)).toBe(`${u.messageIn("vi")}\n${u.messageIn("en")}\n`);
  });
  it("a file-system error met anywhere is specific, its code never doubled", () => {
    const text = printed(errno("EACCES", "/out/tong-hop.xlsx"));
    expect(text).toContain('"/out/tong-hop.xlsx"');
    expect(text).not.toContain("EACCES");
  });
  it("node:util parseArgs errors become the project's option messages, with the usage", () => {
    let e: unknown;
    try {
      parseArgs({ args: ["--bogus"], options: {} });
    } catch (x) {
      e = x;
    }
    expect(optionError(e)!.key).toBe("cli.unknownOption");
    const text = printed(e);
    expect(text).toContain('Tham số không có: "--bogus"');
    expect(text).toContain('Unknown option: "--bogus"');
    expect(text).toContain("kehoach plan [FILE]");
    expect(text).not.toContain("To specify a positional argument");
  });
  it("toUserError keeps the project's own errors", () => {
    const u = new UserError("summary.cli.noFiles");
    expect(toUserError(u)).toBe(u);
  });
});

describe("unreadableReason", () => {
  it("a library's text inside one file becomes the project's per-file message", () => {
    const r = unreadableReason(new Error("Bug : uncompressed data size mismatch"), "a.xlsx");
    expect(r.vi).toContain("Lỗi không mong đợi khi đọc tệp");
    expect(r.en).toContain("Unexpected error while reading the file");
    expect(r.vi + r.en).not.toContain("Bug :");
  });
  it("a project error keeps its text in each language", () => {
    const r = unreadableReason(new UserError("files.empty", { file: "a.csv" }), "a.csv");
    expect(r.vi).toContain("rỗng");
    expect(r.en).toContain("empty");
  });
});
