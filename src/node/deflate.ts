/** The zip writer's compressor in Node: zlib, native and synchronous (no stream round trip per part). */
import { crc32, deflateRawSync } from "node:zlib";
import type { Deflater } from "../xlsx/write/zip-writer";

export const nodeDeflater: Deflater = {
  deflateRaw: (data) => deflateRawSync(data, { level: 6 }),
  crc32: (data) => crc32(data),
};
