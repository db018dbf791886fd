/**
 * Small conversions every ExcelJS file in src/xlsx needs, kept in one place. Browser-safe.
 */

/**
 * Plain bytes out of what ExcelJS's `writeBuffer` returns: a Buffer (a Uint8Array) in Node, an
 * ArrayBuffer in the browser. The view keeps the Buffer's offset: Node pools small buffers.
 */
export function toBytes(out: unknown): Uint8Array {
  if (out instanceof Uint8Array) return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  if (out instanceof ArrayBuffer) return new Uint8Array(out);
  throw new Error("ExcelJS writeBuffer returned neither bytes nor an ArrayBuffer");
}

/**
 * "2022-11-15" → midnight UTC of that day. ExcelJS turns a Date into a serial from its UTC
 * fields, so a UTC midnight is the whole day whatever the computer's time zone.
 */
export function dateFromIso(iso: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not an ISO date (yyyy-mm-dd): ${iso}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}
