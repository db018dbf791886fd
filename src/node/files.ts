/**
 * Node-only file helpers for the CLI and the benchmarks: bounded reads, SHA-256 of what was
 * received, and writes that never leave a half-written file behind (the lock on an output is in
 * output-lock.ts).
 */
import { createHash, randomBytes } from "node:crypto";
import { open, readdir, rename, stat, unlink, type FileHandle } from "node:fs/promises";
import { closeSync, fstatSync, openSync, readSync, statSync, unlinkSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { UserError } from "../core/errors";
import { megabytes } from "../xlsx/limits";
import { fileSystemDetail } from "./errno";
import { undoIfStopped } from "./on-stop";

/**
 * Reads a whole file, refusing one over `maxBytes` before reading it (files.tooLarge), and
 * reading at most `maxBytes + 1` bytes in case it grows meanwhile.
 */
export async function readFileLimited(path: string, maxBytes: number, displayName = path): Promise<Uint8Array> {
  // Synchronous calls: a returned report is a few KB on a local disk, and four thread-pool round
  // trips per file (stat, open, read, close) cost five times the CPU of the reads themselves.
  const cannotRead = (e: unknown) => new UserError("files.cannotRead", { file: displayName, ...fileSystemDetail(e) });
  // Looked at before it is opened: opening a named pipe would wait for a writer forever.
  const isFile = (info: { isFile(): boolean }) => {
    if (!info.isFile()) throw cannotRead({ code: "EISDIR" });
  };
  let fd: number;
  try {
    isFile(statSync(path));
    fd = openSync(path, "r");
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw cannotRead(e);
  }
  try {
    let size: number;
    try {
      const info = fstatSync(fd);
      isFile(info);
      size = info.size;
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw cannotRead(e);
    }
    if (size > maxBytes)
      throw new UserError("files.tooLarge", { file: displayName, size: megabytes(size), limit: megabytes(maxBytes) });
    const buf = new Uint8Array(Math.min(size, maxBytes) + 1);
    let filled = 0;
    for (;;) {
      let bytesRead: number;
      try {
        bytesRead = readSync(fd, buf, filled, buf.length - filled, null);
      } catch (e) {
        throw cannotRead(e);
      }
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled === buf.length) break;
    }
    if (filled > maxBytes)
      throw new UserError("files.tooLarge", { file: displayName, size: megabytes(filled), limit: megabytes(maxBytes) });
    return buf.subarray(0, filled);
  } finally {
    closeSync(fd);
  }
}

/** Hex SHA-256 of the bytes, recorded with each submission so a file can be recognised again. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export interface WriteAtomicOptions {
  /** writes the bytes into the open temporary file; tests replace it to fail midway (disk full) */
  writeData?: (handle: FileHandle, bytes: Uint8Array) => Promise<void>;
}

/**
 * Writes to a temporary file in the same folder, flushes it, then renames it over `path`:
 * readers see the old file or the new one, never a part. The temporary file is removed on failure.
 */
export async function writeFileAtomic(
  path: string,
  bytes: Uint8Array,
  options: WriteAtomicOptions = {},
): Promise<void> {
  const writeData = options.writeData ?? ((h: FileHandle, b: Uint8Array) => h.writeFile(b));
  await atomically(path, (handle) => writeData(handle, bytes));
}

/**
 * The temporary file beside `path`, written by `fill`, flushed and renamed over `path`; removed
 * when anything fails, which is reported as the project's message (a UserError of `fill` as is).
 */
async function atomically(path: string, fill: (handle: FileHandle) => Promise<void>): Promise<void> {
  const tmp = tempNameFor(path);
  // Stopped midway (Ctrl-C), the run takes its temporary file with it: the output is untouched.
  const forget = undoIfStopped(() => unlinkSync(tmp));
  try {
    // Made on this thread, not by an open still under way in the background when the run is
    // stopped (it would make the file after the undo had run); then opened for writing only.
    closeSync(openSync(tmp, "wx"));
    const handle = await open(tmp, "r+");
    try {
      await fill(handle);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    if (e instanceof UserError) throw e;
    throw new UserError("files.cannotWrite", { file: path, ...fileSystemDetail(e, "write") });
  } finally {
    forget();
  }
}

/** `.NAME.<12 hex>.tmp` beside the file: the only temporary names the writers here use. */
export function tempNameFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
}

/** Chunks are gathered up to this size before a write call, so a package of many small parts costs few system calls. */
const WRITE_BUFFER = 1 << 20;

/**
 * The streaming twin of writeFileAtomic: `produce` writes the content piece by piece (a zip
 * package as it is made), so the whole file never has to be in memory. Same guarantee: the old
 * file or the whole new one, never a part; the temporary file is removed on failure.
 */
export async function writeFileAtomicStreaming(
  path: string,
  produce: (sink: { write(chunk: Uint8Array): Promise<void> }) => Promise<void>,
): Promise<void> {
  await atomically(path, async (handle) => {
    // Chunks are copied into one buffer as they come and the buffer is written when full: a
    // chunk kept in a list until a megabyte had gathered outlived young-generation collections,
    // and every byte of the output stayed behind as garbage outside the heap.
    const staged = new Uint8Array(WRITE_BUFFER);
    let size = 0;
    const flush = async () => {
      await writeAll(handle, staged.subarray(0, size));
      size = 0;
    };
    await produce({
      async write(chunk) {
        if (size + chunk.length > staged.length) await flush();
        if (chunk.length >= staged.length) await writeAll(handle, chunk);
        else {
          staged.set(chunk, size);
          size += chunk.length;
        }
      },
    });
    await flush();
  });
}

/** Writes all of `bytes` at the file's position (a write call may take fewer). */
async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  for (let at = 0; at < bytes.length;) at += (await handle.write(bytes, at, bytes.length - at)).bytesWritten;
}

/**
 * Removes what a killed run left beside `path`: temporary files of the writers here
 * (`.NAME.<hex>.tmp`). Call it while holding the output's lock, so no live run's file is touched.
 * Returns the names removed.
 */
export async function removeStaleTempFiles(path: string): Promise<string[]> {
  const prefix = `.${basename(path)}.`;
  const pattern = /^[0-9a-f]{12}\.tmp$/;
  const removed: string[] = [];
  let names: string[];
  try {
    names = await readdir(dirname(path));
  } catch {
    return removed;
  }
  const lockDraft = /^kehoach\.lock\.[0-9a-f]{12}\.tmp$/;
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const rest = name.slice(prefix.length);
    // A lock draft lives for milliseconds, or while its run waits: one an hour old is a killed run's.
    const oldDraft =
      lockDraft.test(rest) &&
      (await stat(join(dirname(path), name)).then(
        (s) => Date.now() - s.mtimeMs > 3_600_000,
        () => false,
      ));
    if (!pattern.test(rest) && !oldDraft) continue;
    await unlink(join(dirname(path), name)).then(
      () => removed.push(name),
      () => undefined,
    );
  }
  return removed;
}
