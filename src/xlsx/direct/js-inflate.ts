/**
 * The direct reader's synchronous inflater in the browser: fflate, pure JavaScript. A return's
 * parts are a few KB each, and a DecompressionStream per part costs more in promise and stream
 * turns than the inflating itself (200 returns: about 9 streams each, ~1,800 streams). Installed
 * by the pane when it loads the reader; Node keeps zlib (src/node/native-inflate.ts).
 */
import { Inflate } from "fflate";
import { currentSyncInflater, useSyncInflater, type SyncInflater } from "./inflate";

/** Input is fed in slices this large, so a part that inflates far past its size is stopped within one slice's output (≤ 1032× it). */
const SLICE = 16 * 1024;

class TooLarge extends Error {}

/** Raw deflate data inflated into one buffer; throws when the output would pass `maxOutput` bytes or the data is bad. */
export const jsInflate: SyncInflater = (data, maxOutput) => {
  const out = new Uint8Array(maxOutput);
  let size = 0;
  const inflater = new Inflate((chunk) => {
    if (size + chunk.length > maxOutput) throw new TooLarge(`more than ${maxOutput} bytes`);
    out.set(chunk, size);
    size += chunk.length;
  });
  if (data.length === 0) inflater.push(data, true);
  for (let at = 0; at < data.length; at += SLICE)
    inflater.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
  return out.subarray(0, size);
};

/** Gives the direct reader the JavaScript inflater unless the platform already gave it a native one. */
export function installJsInflater(): void {
  if (!currentSyncInflater()) useSyncInflater(jsInflate);
}
