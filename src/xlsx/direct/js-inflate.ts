/**
 * The direct reader's synchronous inflater in the browser: fflate, pure JavaScript. A return's
 * parts are a few KB each, and a DecompressionStream per part costs more in promise and stream
 * turns than the inflating itself (200 returns: about 9 streams each, ~1,800 streams). Installed
 * by the pane when it loads the reader; Node keeps zlib (src/node/native-inflate.ts).
 */
import { Inflate, inflateSync } from "fflate";
import { currentSyncInflater, useSyncInflater, type SyncInflater } from "./inflate";

/**
 * Up to this much deflate data is inflated in one call into a buffer of the allowed size: bytes
 * past its end are dropped, so a part that lies about its size fails the size check, and the
 * work is bounded by deflate's ratio (≤ 1032×, ~66 MB of writes at worst). Larger parts are fed
 * in slices of this size, stopped within one slice's output once they pass the limit; the
 * streaming inflater grows its buffer by 128 KB steps, too costly for every small part.
 */
const ONE_CALL = 64 * 1024;

class TooLarge extends Error {}

/** Raw deflate data inflated into one buffer; throws when the output would pass `maxOutput` bytes or the data is bad. */
export const jsInflate: SyncInflater = (data, maxOutput) => {
  if (data.length <= ONE_CALL) return inflateSync(data, { out: new Uint8Array(maxOutput) });
  const out = new Uint8Array(maxOutput);
  let size = 0;
  const inflater = new Inflate((chunk) => {
    if (size + chunk.length > maxOutput) throw new TooLarge(`more than ${maxOutput} bytes`);
    out.set(chunk, size);
    size += chunk.length;
  });
  for (let at = 0; at < data.length; at += ONE_CALL)
    inflater.push(data.subarray(at, at + ONE_CALL), at + ONE_CALL >= data.length);
  return out.subarray(0, size);
};

/** Gives the direct reader the JavaScript inflater unless the platform already gave it a native one. */
export function installJsInflater(): void {
  if (!currentSyncInflater()) useSyncInflater(jsInflate);
}
