/** The zip writer's compressor in Node: zlib, native and synchronous (no stream round trip per part). */
import { constants, crc32, deflateRawSync } from "node:zlib";
import type { Deflater } from "../xlsx/write/zip-writer";

/**
 * zlib hands back a view into its 16 KB output chunk: a 3 KB part kept until the package is
 * written would hold the whole chunk, 16 KB per file of a batch. Kept parts are copied to size.
 */
function toSize(out: Buffer): Uint8Array {
  return out.byteLength * 2 < out.buffer.byteLength ? new Uint8Array(out) : out;
}

export const nodeDeflater: Deflater = {
  deflateRaw: (data) => toSize(deflateRawSync(data, { level: 6 })),
  crc32: (data, previous) => crc32(data, previous ?? 0),
  // Each piece is compressed alone; a sync flush ends it on a byte boundary with no final-block
  // mark, so the pieces joined (the last finished normally) are one DEFLATE stream.
  deflateRawPiece: (data, last) =>
    toSize(deflateRawSync(data, { level: 6, finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH })),
};
