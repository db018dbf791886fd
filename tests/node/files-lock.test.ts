import { afterAll, describe, expect, it } from "@jest/globals";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { removeStaleTempFiles, writeFileAtomicStreaming } from "../../src/node/files";
import { lockPathFor, withOutputLock } from "../../src/node/output-lock";
import { isUserError } from "../../src/core/errors";

const dir = mkdtempSync(join(tmpdir(), "kehoach-files-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A pid that surely runs no process: a child that has already exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ["-e", ""]).pid!;
}

describe("writeFileAtomicStreaming", () => {
  it("writes the pieces in order and leaves no temporary file", async () => {
    const out = join(dir, "stream.xlsx");
    await writeFileAtomicStreaming(out, async (sink) => {
      for (let i = 0; i < 300; i++) await sink.write(new Uint8Array(10_000).fill(i % 256));
    });
    const b = readFileSync(out);
    expect(b.length).toBe(3_000_000);
    expect(b[10_000 * 299]).toBe(299 % 256);
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("writes every byte of chunks of any size, one buffer reused by the producer included", async () => {
    const out = join(dir, "sizes.xlsx");
    const sizes = [1, 700_000, 400_000, 3_000_000, 5, 1_048_576, 1_048_575, 2];
    const expected: number[] = [];
    const reused = new Uint8Array(3_000_000);
    await writeFileAtomicStreaming(out, async (sink) => {
      for (const [k, n] of sizes.entries()) {
        // The same buffer each time, refilled once written: what was written must stay written.
        const chunk = reused.subarray(0, n);
        for (let i = 0; i < n; i++) chunk[i] = (k * 31 + i) % 251;
        for (let i = 0; i < n; i++) expected.push(chunk[i]!);
        await sink.write(chunk);
      }
    });
    expect(Buffer.from(readFileSync(out)).equals(Buffer.from(expected))).toBe(true);
  });

  it("keeps the previous file whole when producing fails midway", async () => {
    const out = join(dir, "keep.xlsx");
    writeFileSync(out, "old");
    const err = await writeFileAtomicStreaming(out, async (sink) => {
      await sink.write(new Uint8Array(2_000_000));
      throw new Error("disk full");
    }).catch((e: unknown) => e);
    expect(isUserError(err)).toBe(true);
    expect(readFileSync(out, "utf8")).toBe("old");
    expect(readdirSync(dir).filter((n) => n.startsWith(".keep.xlsx"))).toEqual([]);
  });
});

describe("removeStaleTempFiles", () => {
  it("removes a killed run's temporary files of this output only", async () => {
    const out = join(dir, "tong-hop.xlsx");
    writeFileSync(join(dir, ".tong-hop.xlsx.0123456789ab.tmp"), "left by kill -9");
    writeFileSync(join(dir, ".tong-hop.xlsx.notours.tmp"), "someone else's");
    writeFileSync(join(dir, ".other.xlsx.0123456789ab.tmp"), "another output's");
    expect(await removeStaleTempFiles(out)).toEqual([".tong-hop.xlsx.0123456789ab.tmp"]);
    expect(existsSync(join(dir, ".tong-hop.xlsx.notours.tmp"))).toBe(true);
    expect(existsSync(join(dir, ".other.xlsx.0123456789ab.tmp"))).toBe(true);
  });
});

describe("withOutputLock", () => {
  it("holds a lock with pid and host while working, and releases it", async () => {
    const out = join(dir, "a.xlsx");
    const seen = await withOutputLock(out, async () => JSON.parse(readFileSync(lockPathFor(out), "utf8")));
    expect(seen.pid).toBe(process.pid);
    expect(seen.host).toBe(hostname());
    expect(existsSync(lockPathFor(out))).toBe(false);
  });

  it("makes a second run wait for the first, never both at once", async () => {
    const out = join(dir, "b.xlsx");
    const order: string[] = [];
    const slow = withOutputLock(out, async () => {
      order.push("first in");
      await new Promise((r) => setTimeout(r, 300));
      order.push("first out");
    });
    await new Promise((r) => setTimeout(r, 50));
    await withOutputLock(out, async () => order.push("second"), { pollMs: 20 });
    await slow;
    expect(order).toEqual(["first in", "first out", "second"]);
  });

  it("refuses, in both languages, when another live process holds the output", async () => {
    const out = join(dir, "c.xlsx");
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 20000)"]);
    writeFileSync(
      lockPathFor(out),
      JSON.stringify({ pid: holder.pid, host: hostname(), since: "2022-11-20T08:00:00Z" }),
    );
    try {
      const err = await withOutputLock(out, async () => "ran", { waitMs: 200, pollMs: 20 }).catch((e: unknown) => e);
      expect(isUserError(err)).toBe(true);
      const e = err as { messageIn(l: "vi" | "en"): string };
      expect(e.messageIn("vi")).toContain(String(holder.pid));
      expect(e.messageIn("vi")).toContain("không ghi đè");
      expect(e.messageIn("en")).toContain("not overwriting");
      expect(existsSync(lockPathFor(out))).toBe(true);
    } finally {
      holder.kill();
      rmSync(lockPathFor(out), { force: true });
    }
  });

  it("takes over the lock of a process that no longer runs, and a damaged one", async () => {
    const out = join(dir, "d.xlsx");
    writeFileSync(lockPathFor(out), JSON.stringify({ pid: deadPid(), host: hostname(), since: "x" }));
    expect(await withOutputLock(out, async () => "ran", { waitMs: 0 })).toBe("ran");
    writeFileSync(lockPathFor(out), "{not json");
    expect(await withOutputLock(out, async () => "ran again", { waitMs: 0 })).toBe("ran again");
  });
});
