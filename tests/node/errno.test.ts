import { describe, expect, it } from "@jest/globals";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readFileLimited, writeFileAtomic } from "../../src/node/files";
import { isUserError } from "../../src/core/errors";

async function failure(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (isUserError(e)) return e.message;
    throw e;
  }
  throw new Error("did not fail");
}

describe("file-system errors in the Node helpers", () => {
  const dir = mkdtempSync(join(tmpdir(), "kehoach-errno-"));

  it("a full disk while writing: says to free space in both languages, leaves the old file and no temp file", async () => {
    const target = join(dir, "tong-hop.xlsx");
    writeFileSync(target, "old");
    const text = await failure(
      writeFileAtomic(target, new Uint8Array([1, 2, 3]), {
        writeData: async () => {
          throw Object.assign(new Error("ENOSPC: no space left on device, write"), {
            code: "ENOSPC",
            syscall: "write",
          });
        },
      }),
    );
    expect(text).toContain("giải phóng dung lượng");
    expect(text).toContain("free disk space");
    expect(text).not.toContain("no space left on device");
    expect(readFileSync(target, "utf8")).toBe("old");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("a missing file and a folder: the project's words, each language once, no errno code", async () => {
    const missing = await failure(readFileLimited(join(dir, "khong-co.xlsx"), 100, "khong-co.xlsx"));
    expect(missing.split("\n")).toHaveLength(2);
    // The name once per language: no "Cannot read khong-co.xlsx: "khong-co.xlsx" was not found".
    for (const line of missing.split("\n")) expect(line.split("khong-co.xlsx")).toHaveLength(2);
    expect(missing).toContain("kiểm tra lại đường dẫn");
    expect(missing).toContain("check the path");
    expect(missing).not.toMatch(/ENOENT/);
    const folder = await failure(readFileLimited(dir, 100, "thu-muc"));
    expect(folder).toContain("là một thư mục");
    expect(folder).toContain("is a folder");
  });
});
