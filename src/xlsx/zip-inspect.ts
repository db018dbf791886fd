/**
 * Looks inside a zip (an .xlsx is one) before any library inflates it: reads the central
 * directory by hand, checks that every part lies inside the file, and, unless the file is too
 * small to unpack past the limit at all, inflates each part into a counter (nothing kept) to
 * measure its true size, stopping at the limit. The sizes a zip declares can lie; the inflated
 * bytes cannot. Browser-safe: DecompressionStream is in
 * Node 20 and every current browser.
 */
import { UserError } from "../core/errors";
import { megabytes, type ReadLimits } from "./limits";

export interface ZipEntryInfo {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  encrypted: boolean;
  /** CRC-32 of the unpacked data, as the central directory declares it */
  crc32: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

export class Corrupt extends Error {}

function u16(b: Uint8Array, at: number): number {
  if (at + 2 > b.length) throw new Corrupt("unexpected end of data");
  return b[at]! | (b[at + 1]! << 8);
}
function u32(b: Uint8Array, at: number): number {
  if (at + 4 > b.length) throw new Corrupt("unexpected end of data");
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) + b[at + 3]! * 0x1000000;
}
function u64(b: Uint8Array, at: number): number {
  const lo = u32(b, at);
  const hi = u32(b, at + 4);
  if (hi > 0x1fffff) throw new Corrupt("64-bit size out of range");
  return hi * 0x100000000 + lo;
}

function findEndOfCentralDirectory(b: Uint8Array): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const lowest = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= lowest; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) return i;
  }
  throw new Corrupt("end of central directory not found (file cut short?)");
}

/** The central directory's entries. Throws Corrupt when the structure does not hold. */
export function listEntries(b: Uint8Array): ZipEntryInfo[] {
  const eocd = findEndOfCentralDirectory(b);
  if (u32(b, eocd) !== SIG_EOCD) throw new Corrupt("bad end record");
  let count = u16(b, eocd + 10);
  let cdSize = u32(b, eocd + 12);
  let cdOffset = u32(b, eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || u32(b, loc) !== SIG_ZIP64_LOCATOR) throw new Corrupt("zip64 locator missing");
    const rec = u64(b, loc + 8);
    if (u32(b, rec) !== SIG_ZIP64_EOCD) throw new Corrupt("zip64 end record missing");
    count = u64(b, rec + 32);
    cdSize = u64(b, rec + 40);
    cdOffset = u64(b, rec + 48);
  }
  if (cdOffset + cdSize > b.length) throw new Corrupt("central directory lies past the end of the file");
  const entries: ZipEntryInfo[] = [];
  let p = cdOffset;
  const decoder = new TextDecoder("utf-8");
  for (let i = 0; i < count; i++) {
    if (u32(b, p) !== SIG_CENTRAL) throw new Corrupt(`central directory entry ${i + 1} is damaged`);
    const flags = u16(b, p + 8);
    const method = u16(b, p + 10);
    const crc32 = u32(b, p + 16);
    let compressedSize = u32(b, p + 20);
    let uncompressedSize = u32(b, p + 24);
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    let localHeaderOffset = u32(b, p + 42);
    if (p + 46 + nameLen > b.length) throw new Corrupt("entry name past the end");
    const name = decoder.decode(b.subarray(p + 46, p + 46 + nameLen));
    // Zip64 sizes live in the extra field (id 0x0001), in this order, only for fields set to 0xFFFFFFFF.
    let x = p + 46 + nameLen;
    const xEnd = x + extraLen;
    while (x + 4 <= xEnd) {
      const id = u16(b, x);
      const size = u16(b, x + 2);
      if (id === 0x0001) {
        let q = x + 4;
        if (uncompressedSize === 0xffffffff) {
          uncompressedSize = u64(b, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(b, q);
          q += 8;
        }
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = u64(b, q);
      }
      x += 4 + size;
    }
    entries.push({
      name,
      method,
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
      encrypted: (flags & 1) === 1,
      crc32,
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Where an entry's compressed bytes are; throws Corrupt when they are not inside the file. */
export function entryData(b: Uint8Array, e: ZipEntryInfo): Uint8Array {
  const at = e.localHeaderOffset;
  if (u32(b, at) !== SIG_LOCAL) throw new Corrupt(`part ${e.name} is missing`);
  const start = at + 30 + u16(b, at + 26) + u16(b, at + 28);
  const end = start + e.compressedSize;
  if (end > b.length) throw new Corrupt(`part ${e.name} is cut short`);
  return b.subarray(start, end);
}

/** Inflates into a counter; returns the size, or `limit + 1` as soon as it passes `limit`. */
async function inflatedSize(data: Uint8Array, limit: number): Promise<number> {
  const ds = new DecompressionStream("deflate-raw");
  const writer = ds.writable.getWriter();
  // Errors surface on the reading side; these promises only need a handler.
  writer.write(data as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = ds.readable.getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return total;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel().catch(() => undefined);
        return limit + 1;
      }
    }
  } catch (e) {
    throw new Corrupt(e instanceof Error ? e.message : "inflate failed");
  }
}

export interface ZipSummary {
  entries: ZipEntryInfo[];
  /** measured by inflating when `measured`, else as declared (and bounded by the deflate worst case) */
  uncompressedBytes: number;
  measured: boolean;
}

/** The most deflate can expand: a 258-byte match costs at least 2 bits. */
const MAX_DEFLATE_RATIO = 1032;

/**
 * Checks a zip before ExcelJS opens it. Throws a UserError naming `fileName` when the zip is
 * damaged or truncated (files.zipCorrupt), unpacks past the limits (files.zipBomb), has too
 * many parts (files.tooManyEntries), two parts of one name (files.duplicateZipEntry) or is
 * encrypted (files.encrypted).
 */
export async function inspectZip(bytes: Uint8Array, fileName: string, limits: ReadLimits): Promise<ZipSummary> {
  let entries: ZipEntryInfo[];
  try {
    entries = listEntries(bytes);
  } catch (e) {
    if (e instanceof Corrupt) throw new UserError("files.zipCorrupt", { file: fileName, detail: e.message });
    throw e;
  }
  if (entries.length > limits.maxZipEntries) {
    throw new UserError("files.tooManyEntries", { file: fileName, count: entries.length, limit: limits.maxZipEntries });
  }
  if (entries.some((e) => e.encrypted)) throw new UserError("files.encrypted", { file: fileName });
  // Two parts with one name: readers disagree on which one counts, so what is checked might not
  // be what Excel shows. Names compare as a zip reader resolves them (case, leading slash).
  const seen = new Set<string>();
  for (const e of entries) {
    const key = e.name.replace(/^\//, "").toLowerCase();
    if (seen.has(key)) throw new UserError("files.duplicateZipEntry", { file: fileName, part: e.name });
    seen.add(key);
  }

  const bomb = (size: number, packed: number) =>
    new UserError("files.zipBomb", {
      file: fileName,
      size: megabytes(size),
      limit: megabytes(limits.maxUncompressedBytes),
      ratio: Math.round(size / Math.max(1, packed)),
    });
  const packedTotal = entries.reduce((s, e) => s + e.compressedSize, 0);
  // Cheap first look at what the headers declare; a lying header is caught while inflating below.
  const declared = entries.reduce((s, e) => s + e.uncompressedSize, 0);
  if (declared > limits.maxUncompressedBytes) throw bomb(declared, packedTotal);

  // Deflate cannot expand more than about 1032:1. When even that worst case stays within the
  // limit, the file is safe without measuring: small files (every agency report) skip the inflate.
  const worstCase = entries.reduce(
    (s, e) => s + (e.method === 0 ? e.compressedSize : e.compressedSize * MAX_DEFLATE_RATIO),
    0,
  );
  if (worstCase <= limits.maxUncompressedBytes) {
    for (const e of entries) {
      if (!e.name.endsWith("/")) entryDataOrCorrupt(bytes, e, fileName);
    }
    if (declared > limits.ratioFloorBytes && declared / Math.max(1, packedTotal) > limits.maxCompressionRatio)
      throw bomb(declared, packedTotal);
    return { entries, uncompressedBytes: declared, measured: false };
  }

  let total = 0;
  try {
    for (const e of entries) {
      if (e.name.endsWith("/")) continue;
      const data = entryData(bytes, e);
      const budget = limits.maxUncompressedBytes - total;
      let size: number;
      if (e.method === 0) size = data.length;
      else if (e.method === 8) size = await inflatedSize(data, budget);
      else throw new Corrupt(`part ${e.name} uses unsupported compression method ${e.method}`);
      if (size > budget) throw bomb(total + size + (declared - e.uncompressedSize), packedTotal);
      if (size !== e.uncompressedSize)
        throw new Corrupt(`part ${e.name} unpacks to ${size} bytes, not the ${e.uncompressedSize} its header says`);
      total += size;
    }
  } catch (e) {
    if (e instanceof Corrupt) throw new UserError("files.zipCorrupt", { file: fileName, detail: e.message });
    throw e;
  }
  if (total > limits.ratioFloorBytes && total / Math.max(1, packedTotal) > limits.maxCompressionRatio)
    throw bomb(total, packedTotal);
  return { entries, uncompressedBytes: total, measured: true };
}

function entryDataOrCorrupt(bytes: Uint8Array, e: ZipEntryInfo, fileName: string): Uint8Array {
  try {
    return entryData(bytes, e);
  } catch (err) {
    if (err instanceof Corrupt) throw new UserError("files.zipCorrupt", { file: fileName, detail: err.message });
    throw err;
  }
}
