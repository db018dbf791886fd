/**
 * The real executable (bin/kehoach.js, the bundle): what a user sees when the command line is
 * mistyped or a file is refused. No stack trace, no Node wording, the project's message.
 */
import { describe, expect, it } from "@jest/globals";
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureCliBuilt, runBin } from "../helpers/cli";
import { because } from "../helpers/because";
import { generateReturns } from "../../bench/gen-returns";

/** Runs the executable with stdout on a pipe that is read only after `delayMs`, as a slow consumer (`| jq`) does. */
function runPipedSlowly(args: string[], delayMs: number): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, [ensureCliBuilt(), ...args], { stdio: ["ignore", "pipe", "ignore"] });
  child.stdout.pause();
  const chunks: Buffer[] = [];
  setTimeout(() => {
    child.stdout.on("data", (c: Buffer) => chunks.push(c));
    child.stdout.resume();
  }, delayMs);
  return new Promise((done) =>
    child.on("close", (code) => done({ code, out: Buffer.concat(chunks).toString("utf8") })),
  );
}

describe("kehoach executable", () => {
  it("plan: runs as the installed executable (bin/kehoach.js)", () => {
    const r = runBin(["plan", "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).plan.number).toBe("4587/KH-UBND");
    const bad = runBin(["plan", "/no/such/plan.txt"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/Không tìm thấy tệp/u);
  });

  it("plan --bogus: bilingual message and usage on stderr, exit 2, no stack trace", () => {
    const r = runBin(["plan", "--bogus"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Tham số không có: "--bogus"');
    expect(r.err).toContain('Unknown option: "--bogus"');
    expect(r.err).not.toMatch(/\n\s+at |TypeError|ERR_PARSE_ARGS/);
    expect(r.out).toBe("");
  });

  it("check on a file name holding escape sequences prints none of them", () => {
    const dir = mkdtempSync(join(tmpdir(), "kehoach-bin-"));
    const name = "x\u001b]0;pwned\u0007\u001b[31m.csv";
    writeFileSync(join(dir, name), "Mã nhiệm vụ;Tình trạng\n1.1;\u001b[2JXong\n");
    const r = runBin(["check", name, "--as-of", "2022-11-20"], dir);
    expect(r.code).toBe(1);
    // eslint-disable-next-line no-control-regex -- none may reach the terminal
    expect(r.out + r.err).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it("check --format json through a pipe read slowly: the whole document arrives, not the first 64 KB", async () => {
    // 400 missing files: one finding each, about 400 KB of JSON, several times what a pipe holds.
    const files = Array.from({ length: 400 }, (_, i) => `/no/such/folder/tra-ve-${i}.xlsx`);
    const r = await runPipedSlowly(["check", ...files, "--format", "json", "--as-of", "2022-11-20"], 500);
    expect(r.code).toBe(1);
    expect(r.out.length).toBeGreaterThan(256 * 1024);
    const doc = JSON.parse(r.out) as { files: unknown[]; issues: unknown[] };
    expect(doc.files).toHaveLength(400);
    expect(doc.issues).toHaveLength(400);
  });

  // /dev/full takes no byte (ENOSPC), as a full disk under `kehoach … > report.json` does.
  (existsSync("/dev/full") ? it : it.skip)(
    "output that cannot be written (disk full) ends in exit 2 and a bilingual message, not the command's code",
    () => {
      const full = openSync("/dev/full", "w");
      try {
        for (const args of [
          ["plan", "--format", "csv"],
          ["--help"],
          ["check", "/no/such/tra-ve.xlsx", "--format", "json"],
        ]) {
          const r = spawnSync(process.execPath, [ensureCliBuilt(), ...args], {
            stdio: ["ignore", full, "pipe"],
            encoding: "utf8",
          });
          because(`kehoach ${args.join(" ")} > /dev/full`, () => expect(r.status).toBe(2));
          expect(r.stderr).toContain("Không ghi hết được kết quả ra đầu ra chuẩn (stdout, mã lỗi ENOSPC)");
          expect(r.stderr).toContain(
            "Could not write all of the output to standard output (stdout, system error ENOSPC)",
          );
          expect(r.stderr).not.toMatch(/\n\s+at /);
        }
      } finally {
        closeSync(full);
      }
    },
  );

  it("consolidate piped to a reader that goes away (| head -1) still writes the summary and leaves nothing behind", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kehoach-epipe-"));
    const returns = await generateReturns(3, dir);
    const args = ["consolidate", ...returns, "--roster", "roster.json", "--as-of", "2022-11-20", "--out", "th.xlsx"];
    const child = spawn(process.execPath, [ensureCliBuilt(), ...args], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    // Both ends closed before the first line: every write of the command meets EPIPE.
    child.stdout.destroy();
    child.stderr.destroy();
    const code = await new Promise<number | null>((done) => child.on("close", done));
    expect(code).toBe(0);
    expect(readdirSync(dir).filter((f) => f.startsWith(".") || f === "th.xlsx")).toEqual(["th.xlsx"]);
  });

  (existsSync("/dev/full") ? it : it.skip)(
    "consolidate with stdout on a full disk still writes the summary, leaves nothing behind, and exits 2",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "kehoach-full-"));
      const returns = await generateReturns(3, dir);
      const args = ["consolidate", ...returns, "--roster", "roster.json", "--as-of", "2022-11-20", "--out", "th.xlsx"];
      const full = openSync("/dev/full", "w");
      try {
        const r = spawnSync(process.execPath, [ensureCliBuilt(), ...args], {
          cwd: dir,
          stdio: ["ignore", full, "pipe"],
          encoding: "utf8",
        });
        expect(r.status).toBe(2);
        expect(r.stderr).toContain("Could not write all of the output to standard output");
      } finally {
        closeSync(full);
      }
      expect(readdirSync(dir).filter((f) => f.startsWith(".") || f === "th.xlsx")).toEqual(["th.xlsx"]);
    },
  );
});
