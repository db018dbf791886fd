/**
 * Which inflater the direct reader uses. In the browser it is DecompressionStream; in Node the
 * CLI hands in zlib's synchronous inflater at start (src/node/native-inflate.ts), which costs
 * about a tenth of a stream per small part, the cost that dominates reading a 15 KB return.
 * Kept as a setting so that this folder never imports a Node module and stays browser-safe.
 */

/** Inflates raw deflate data; throws when the output would pass `maxOutput` bytes or the data is bad. */
export type SyncInflater = (data: Uint8Array, maxOutput: number) => Uint8Array;

/** The zip checksum of a whole buffer (zlib's crc32 in Node: a tenth of the JavaScript table's cost). */
export type Crc32 = (data: Uint8Array) => number;

let syncInflater: SyncInflater | null = null;
let nativeCrc32: Crc32 | null = null;

/** Parts larger than this are always streamed, so memory stays flat whatever the inflater. */
export const SYNC_INFLATE_MAX_BYTES = 4 * 1024 * 1024;

export function useSyncInflater(fn: SyncInflater | null, crc32: Crc32 | null = null): void {
  syncInflater = fn;
  nativeCrc32 = fn ? crc32 : null;
}

export function currentCrc32(): Crc32 | null {
  return nativeCrc32;
}

export function currentSyncInflater(): SyncInflater | null {
  return syncInflater;
}
