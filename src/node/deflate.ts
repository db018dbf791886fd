/** The zip writer's compressor in Node: zlib, native and synchronous (no stream round trip per part). */
import { constants, crc32, deflateRawSync } from "node:zlib";
import type { Deflater } from "../xlsx/write/zip-writer";

export const nodeDeflater: Deflater = {
  deflateRaw: (data) => deflateRawSync(data, { level: 6 }),
  crc32: (data, previous) => crc32(data, previous ?? 0),
  // Each piece is compressed alone; a sync flush ends it on a byte boundary with no final-block
  // mark, so the pieces joined (the last finished normally) are one DEFLATE stream.
  deflateRawPiece: (data, last) =>
    deflateRawSync(data, { level: 6, finishFlush: last ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }),
};
