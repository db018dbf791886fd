/** CRC-32 (the zip checksum, polynomial 0xEDB88320), computed chunk by chunk as a part inflates. */

const TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

export const CRC_START = -1;

export function crc32Update(crc: number, bytes: Uint8Array): number {
  let c = crc;
  for (let i = 0; i < bytes.length; i++) c = TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return c;
}

/** The finished checksum as the unsigned number a zip directory holds. */
export function crc32Final(crc: number): number {
  return (crc ^ -1) >>> 0;
}
