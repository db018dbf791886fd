import { describe, expect, it } from "@jest/globals";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readFileLimited, sha256Hex, writeFileAtomic } from "../../src/node/files";
import { isUserError } from "../../src/core/errors";

async function keyOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (e) {
    if (isUserError(e)) return e.key;
    throw e;
  }
}

describe("Node file helpers", () => {
  const dir = mkdtempSync(join(tmpdir(), "kehoach-files-"));

  it("reads a file within the limit, refuses one over it, names a missing one", async () => {
    writeFileSync(join(dir, "a.csv"), "Mã,Tình trạng\n");
    expect(new TextDecoder().decode(await readFileLimited(join(dir, "a.csv"), 100))).toBe("Mã,Tình trạng\n");
    writeFileSync(join(dir, "big.csv"), new Uint8Array(101));
    expect(await keyOf(readFileLimited(join(dir, "big.csv"), 100))).toBe("files.tooLarge");
    expect(await keyOf(readFileLimited(join(dir, "none.csv"), 100))).toBe("files.cannotRead");
    expect(await keyOf(readFileLimited(dir, 100))).toBe("files.cannotRead");
  });

  it("sha256 matches the standard test vector", () => {
    expect(sha256Hex(new TextEncoder().encode("abc"))).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
  });

  it("writes atomically: the new content, no temporary file left, old file replaced", async () => {
    const target = join(dir, "out.xlsx");
    writeFileSync(target, "old");
    await writeFileAtomic(target, new TextEncoder().encode("new"));
    expect(readFileSync(target, "utf8")).toBe("new");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("a write that cannot happen leaves nothing behind and says which file", async () => {
    const target = join(dir, "no-such-dir", "x.xlsx");
    let err: unknown;
    try {
      await writeFileAtomic(target, new Uint8Array([1]));
    } catch (e) {
      err = e;
    }
    expect(isUserError(err) && err.key).toBe("files.cannotWrite");
    expect(String((err as Error).message)).toContain("x.xlsx");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
