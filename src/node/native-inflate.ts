/** Gives the direct .xlsx reader Node's own synchronous inflater (zlib), much cheaper per part than a stream. */
import { inflateRawSync } from "node:zlib";
import { useSyncInflater } from "../xlsx/direct/inflate";

export function installNativeInflater(): void {
  useSyncInflater((data, maxOutput) => {
    const out = inflateRawSync(data, { maxOutputLength: Math.max(1, maxOutput) });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  });
}
