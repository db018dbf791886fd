/**
 * Node-only file helpers for the CLI and the benchmarks: bounded reads, SHA-256 of what was
 * received, and writes that never leave a half-written file behind.
 */
import { createHash, randomBytes } from "node:crypto";
import { open, rename, stat, unlink, type FileHandle } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { UserError } from "../core/errors";
import { megabytes } from "../xlsx/limits";
import { fileSystemDetail } from "./errno";

/**
 * Reads a whole file, refusing one over `maxBytes` before reading it (files.tooLarge), and
 * reading at most `maxBytes + 1` bytes in case it grows meanwhile.
 */
export async function readFileLimited(path: string, maxBytes: number, displayName = path): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile())
      throw new UserError("files.cannotRead", {
        file: displayName,
        ...fileSystemDetail({ code: "EISDIR" }),
      });
    size = info.size;
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError("files.cannotRead", { file: displayName, ...fileSystemDetail(e) });
  }
  if (size > maxBytes)
    throw new UserError("files.tooLarge", { file: displayName, size: megabytes(size), limit: megabytes(maxBytes) });
  const handle = await open(path, "r").catch((e: unknown) => {
    throw new UserError("files.cannotRead", { file: displayName, ...fileSystemDetail(e) });
  });
  try {
    const buf = new Uint8Array(Math.min(size, maxBytes) + 1);
    let filled = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buf, filled, buf.length - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled === buf.length) break;
    }
    if (filled > maxBytes)
      throw new UserError("files.tooLarge", { file: displayName, size: megabytes(filled), limit: megabytes(maxBytes) });
    return buf.subarray(0, filled);
  } finally {
    await handle.close();
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
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  const writeData = options.writeData ?? ((h: FileHandle, b: Uint8Array) => h.writeFile(b));
  try {
    const handle = await open(tmp, "wx");
    try {
      await writeData(handle, bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw new UserError("files.cannotWrite", { file: path, ...fileSystemDetail(e, "write") });
  }
}
