/**
 * A streaming zip writer for the .xlsx packages the product writes. Each part is compressed
 * whole and handed to the sink at once (local header, then data), so a workbook of thousands of
 * sheets never sits in memory as a whole: the CLI's sink is a file, the browser's a list of
 * chunks for a Blob. Only the central directory (a few dozen bytes a part) is kept until the end.
 *
 * Browser-safe: the compressor is given by the caller (Node's zlib in the CLI, see
 * src/node/deflate.ts; `CompressionStream` in a browser, see `streamDeflater`). Entries are
 * dated 1 January 2000, so the same parts give the same bytes.
 */

export interface Deflater {
  /** raw DEFLATE (RFC 1951) of the bytes */
  deflateRaw(data: Uint8Array): Uint8Array | Promise<Uint8Array>;
  /** CRC-32 of the bytes, continuing from `previous` when given */
  crc32(data: Uint8Array, previous?: number): number;
  /**
   * One piece of a part compressed on its own, ending on a byte boundary (a sync flush) unless
   * `last`: the pieces joined are one valid DEFLATE stream. Without it, pieces are joined first.
   */
  deflateRawPiece?(data: Uint8Array, last: boolean): Uint8Array;
}

export interface ZipSink {
  write(chunk: Uint8Array): void | Promise<void>;
}

/** A part already compressed (a copy sheet prepared while its file was checked). */
export interface PackedPart {
  crc: number;
  size: number;
  packed: Uint8Array;
}

interface CentralEntry {
  name: Uint8Array;
  crc: number;
  packedSize: number;
  size: number;
  offset: number;
  method: number;
  flags: number;
}

/** The zip format without its 64-bit extension tops out here; no summary comes near it. */
const MAX_ENTRIES = 0xffff;
const MAX_OFFSET = 0xffffffff;
/** MS-DOS date and time of 2000-01-01 00:00. */
const DOS_TIME = 0;
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
const UTF8_FLAG = 0x0800;
/** general-purpose flag bit 3: CRC and sizes follow the data */
const DESCRIPTOR_FLAG = 0x0008;

const encoder = new TextEncoder();

export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

const bytesOf = (piece: string | Uint8Array): Uint8Array => (typeof piece === "string" ? utf8(piece) : piece);

/** The pieces one after another, in one array. */
export function joinBytes(pieces: readonly Uint8Array[]): Uint8Array {
  if (pieces.length === 1) return pieces[0]!;
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

let CRC_TABLE: Uint32Array | null = null;

/** CRC-32 (ISO-HDLC) in plain JavaScript, for hosts without a native one. */
export function crc32js(data: Uint8Array, previous = 0): number {
  if (!CRC_TABLE) {
    CRC_TABLE = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE[n] = c >>> 0;
    }
  }
  let crc = (previous ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Raw DEFLATE through the platform's `CompressionStream` (browsers, Node ≥ 18). */
export function streamDeflater(): Deflater {
  return {
    async deflateRaw(data) {
      const stream = new Blob([data as BlobPart]).stream().pipeThrough(new CompressionStream("deflate-raw"));
      return new Uint8Array(await new Response(stream).arrayBuffer());
    },
    crc32: crc32js,
  };
}

export class ZipWriter {
  private readonly entries: CentralEntry[] = [];
  private readonly names = new Set<string>();
  private offset = 0;

  constructor(
    private readonly sink: ZipSink,
    private readonly deflater: Deflater,
  ) {}

  /** Compresses and writes one part. */
  async add(name: string, content: string | Uint8Array): Promise<void> {
    const data = typeof content === "string" ? utf8(content) : content;
    const packed = await this.deflater.deflateRaw(data);
    await this.addPacked(name, { crc: this.deflater.crc32(data), size: data.length, packed });
  }

  /**
   * Compresses and writes one part given in pieces (text, or bytes already UTF-8), each
   * compressed and handed on as it comes, so a part is never whole in memory (sizes and CRC
   * follow the data, in a descriptor). At most one piece is held while the next is asked for,
   * so the maker of the pieces may reuse a piece's bytes for the one after next.
   */
  async addPieces(name: string, pieces: Iterable<string | Uint8Array>): Promise<void> {
    const piece = this.deflater.deflateRawPiece;
    if (!piece) {
      const whole: Uint8Array[] = [];
      for (const p of pieces) whole.push(typeof p === "string" ? utf8(p) : p.slice());
      await this.add(name, joinBytes(whole));
      return;
    }
    const nameBytes = this.claim(name);
    const header = this.localHeader(nameBytes, { crc: 0, size: 0, packedSize: 0 }, DESCRIPTOR_FLAG);
    await this.sink.write(header);
    let crc = 0;
    let size = 0;
    let packedSize = 0;
    let pending: Uint8Array | null = null;
    const emit = async (data: Uint8Array, last: boolean) => {
      crc = this.deflater.crc32(data, crc);
      size += data.length;
      const packed = piece(data, last);
      packedSize += packed.length;
      await this.sink.write(packed);
    };
    for (const text of pieces) {
      if (pending) await emit(pending, false);
      pending = bytesOf(text);
    }
    await emit(pending ?? new Uint8Array(0), true);
    const descriptor = new Uint8Array(16);
    const v = new DataView(descriptor.buffer);
    v.setUint32(0, 0x08074b50, true);
    v.setUint32(4, crc, true);
    v.setUint32(8, packedSize, true);
    v.setUint32(12, size, true);
    await this.sink.write(descriptor);
    this.entries.push({
      name: nameBytes,
      crc,
      packedSize,
      size,
      offset: this.offset,
      method: 8,
      flags: DESCRIPTOR_FLAG,
    });
    this.offset += header.length + packedSize + descriptor.length;
    if (this.offset > MAX_OFFSET) throw new Error("zip-writer: package over 4 GB");
  }

  private claim(name: string): Uint8Array {
    if (this.names.has(name)) throw new Error(`zip-writer: two parts named ${name}`);
    if (this.entries.length >= MAX_ENTRIES) throw new Error("zip-writer: more than 65,535 parts");
    this.names.add(name);
    return utf8(name);
  }

  private localHeader(
    nameBytes: Uint8Array,
    e: { crc: number; size: number; packedSize: number },
    flags: number,
  ): Uint8Array {
    const header = new Uint8Array(30 + nameBytes.length);
    const v = new DataView(header.buffer);
    v.setUint32(0, 0x04034b50, true);
    v.setUint16(4, 20, true);
    v.setUint16(6, UTF8_FLAG | flags, true);
    v.setUint16(8, 8, true);
    v.setUint16(10, DOS_TIME, true);
    v.setUint16(12, DOS_DATE, true);
    v.setUint32(14, e.crc, true);
    v.setUint32(18, e.packedSize, true);
    v.setUint32(22, e.size, true);
    v.setUint16(26, nameBytes.length, true);
    header.set(nameBytes, 30);
    return header;
  }

  /** Writes a part compressed beforehand, as it is. */
  async addPacked(name: string, part: PackedPart): Promise<void> {
    const nameBytes = this.claim(name);
    const header = this.localHeader(nameBytes, { crc: part.crc, size: part.size, packedSize: part.packed.length }, 0);
    this.entries.push({
      name: nameBytes,
      crc: part.crc,
      packedSize: part.packed.length,
      size: part.size,
      offset: this.offset,
      method: 8,
      flags: 0,
    });
    await this.sink.write(header);
    await this.sink.write(part.packed);
    this.offset += header.length + part.packed.length;
    if (this.offset > MAX_OFFSET) throw new Error("zip-writer: package over 4 GB");
  }

  /** Writes the central directory; nothing may be added afterwards. */
  async finish(): Promise<void> {
    const size = this.entries.reduce((n, e) => n + 46 + e.name.length, 0);
    const out = new Uint8Array(size + 22);
    const v = new DataView(out.buffer);
    let at = 0;
    for (const e of this.entries) {
      v.setUint32(at, 0x02014b50, true);
      v.setUint16(at + 4, 20, true);
      v.setUint16(at + 6, 20, true);
      v.setUint16(at + 8, UTF8_FLAG | e.flags, true);
      v.setUint16(at + 10, e.method, true);
      v.setUint16(at + 12, DOS_TIME, true);
      v.setUint16(at + 14, DOS_DATE, true);
      v.setUint32(at + 16, e.crc, true);
      v.setUint32(at + 20, e.packedSize, true);
      v.setUint32(at + 24, e.size, true);
      v.setUint16(at + 28, e.name.length, true);
      v.setUint32(at + 42, e.offset, true);
      out.set(e.name, at + 46);
      at += 46 + e.name.length;
    }
    v.setUint32(at, 0x06054b50, true);
    v.setUint16(at + 8, this.entries.length, true);
    v.setUint16(at + 10, this.entries.length, true);
    v.setUint32(at + 12, size, true);
    v.setUint32(at + 16, this.offset, true);
    await this.sink.write(out);
  }
}

/** A sink that keeps the chunks, for writing a package into memory. */
export function memorySink(): ZipSink & { bytes(): Uint8Array } {
  const chunks: Uint8Array[] = [];
  return {
    write(chunk) {
      chunks.push(chunk);
    },
    bytes() {
      return joinBytes(chunks);
    },
  };
}
