/**
 * The lock on an output file, so two runs never write one output: a file `.NAME.kehoach.lock`
 * beside it holds the pid, host and start time of the run that writes it.
 */
import { readFile, unlink } from "node:fs/promises";
import { linkSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { basename, dirname, join } from "node:path";
import { UserError } from "../core/errors";
import { fileSystemDetail } from "./errno";
import { tempNameFor } from "./files";
import { undoIfStopped } from "./on-stop";

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

export function lockPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.kehoach.lock`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

function parseOwner(raw: string): LockOwner | null {
  try {
    const o = JSON.parse(raw) as Partial<LockOwner>;
    return typeof o.pid === "number" && typeof o.host === "string"
      ? { pid: o.pid, host: o.host, since: String(o.since ?? "") }
      : null;
  } catch {
    return null;
  }
}

export interface LockOptions {
  /** how long to wait for another run to finish before refusing (ms); default 30 s */
  waitMs?: number;
  pollMs?: number;
}

/**
 * Runs `work` holding a lock on `path` (a file `.NAME.kehoach.lock` beside it, holding pid,
 * host and start time), so two runs never write one output: the second waits for the first,
 * then refuses with files.outputLocked. A lock left by a process of this host that no longer
 * runs is taken over; a lock from another host (a shared folder) is only ever waited for.
 */
export async function withOutputLock<T>(path: string, work: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const lock = lockPathFor(path);
  const deadline = Date.now() + (options.waitMs ?? 30_000);
  const me: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  // The lock appears whole or not at all: written under a temporary name, then linked into place
  // (link fails if the name exists), so no one ever reads a half-written lock.
  const draft = tempNameFor(lock);
  const mine = JSON.stringify(me);
  const forgetDraft = undoIfStopped(() => unlinkSync(draft));
  let forgetLock: (() => void) | undefined;
  // Written and linked on this thread, for the same reason as the temporary file above.
  try {
    writeFileSync(draft, mine, { flag: "wx" });
  } catch (e) {
    forgetDraft();
    throw new UserError("files.cannotWrite", { file: lock, ...fileSystemDetail(e, "write") });
  }
  try {
    for (;;) {
      try {
        linkSync(draft, lock);
        // Stopped while holding it, the run lets the lock go (only its own: the text says whose).
        forgetLock = undoIfStopped(() => {
          if (readFileSync(lock, "utf8") === mine) unlinkSync(lock);
        });
        break;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EEXIST")
          throw new UserError("files.cannotWrite", { file: lock, ...fileSystemDetail(e, "write") });
      }
      const raw = await readFile(lock, "utf8").catch(() => null);
      if (raw === null) continue; // released meanwhile
      const owner = parseOwner(raw);
      // A lock of a dead process of this machine, or a damaged one, is stale. It is removed only
      // if it still holds the same text, so a lock another run has just taken stays.
      if (!owner || (owner.host === me.host && !alive(owner.pid))) {
        if ((await readFile(lock, "utf8").catch(() => null)) === raw) await unlink(lock).catch(() => undefined);
        continue;
      }
      if (Date.now() >= deadline)
        throw new UserError("files.outputLocked", {
          file: path,
          pid: owner.pid,
          host: owner.host,
          since: owner.since,
          lock,
        });
      await new Promise((r) => setTimeout(r, options.pollMs ?? 250));
    }
  } finally {
    await unlink(draft).catch(() => undefined);
    forgetDraft();
  }
  try {
    return await work();
  } finally {
    await unlink(lock).catch(() => undefined);
    forgetLock?.();
  }
}
