/** Gives the direct .xlsx reader Node's own synchronous inflater and checksum (zlib), much cheaper per part than a stream. */
import { crc32, inflateRawSync } from "node:zlib";
import { useSyncInflater } from "../xlsx/direct/inflate";

export function installNativeInflater(): void {
  useSyncInflater(
    (data, maxOutput) => {
      const max = Math.max(1, maxOutput);
      // One output buffer of the size the part declares (plus the byte that catches a lie), not
      // zlib's 16 KB chunks joined afterwards; capped so a false size costs no big allocation.
      const out = inflateRawSync(data, { maxOutputLength: max, chunkSize: Math.min(Math.max(64, max), 1 << 20) });
      return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
    },
    (data) => crc32(data),
  );
}
