/**
 * Text gathered as UTF-8 bytes, for XML written in pieces. A piece of a thousand rows kept as
 * strings until it is handed on lives through several young-generation collections, so V8 moved
 * every row's text to the old generation: 45 MB of XML left some 160 MB there, all of it garbage
 * by the next row, and the heap grew to several times what was alive. Encoded as each row is
 * made, a row's strings die young; the bytes wait outside the JavaScript heap, in two buffers
 * used in turn, so a piece is not copied out either (a 1.5 MB copy per thousand rows, promoted
 * in turn while the next piece was made, kept some 60 MB of garbage at 2,800 files).
 */

const encoder = new TextEncoder();

export class Utf8Buffer {
  private bytes: Uint8Array;
  /** the buffer of the piece taken last, filled again after the next one is taken */
  private spare: Uint8Array;
  private used = 0;

  constructor(initial = 1 << 16) {
    this.bytes = new Uint8Array(initial);
    this.spare = new Uint8Array(initial);
  }

  /** bytes held */
  get length(): number {
    return this.used;
  }

  add(text: string): void {
    // A UTF-16 unit takes at most 3 bytes of UTF-8 (a surrogate pair, two units, takes 4).
    this.reserve(text.length * 3);
    this.used += encoder.encodeInto(text, this.bytes.subarray(this.used)).written;
  }

  addBytes(data: Uint8Array): void {
    this.reserve(data.length);
    this.bytes.set(data, this.used);
    this.used += data.length;
  }

  /**
   * The bytes held, which are then forgotten. Not a copy: the bytes stay as they are until the
   * piece after next is taken, so a consumer may hold one piece while it asks for the next, and
   * copies a piece it keeps longer.
   */
  take(): Uint8Array {
    const out = this.bytes.subarray(0, this.used);
    [this.bytes, this.spare] = [this.spare, this.bytes];
    this.used = 0;
    return out;
  }

  private reserve(more: number): void {
    if (this.used + more <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.used + more, this.bytes.length * 2));
    grown.set(this.bytes.subarray(0, this.used));
    this.bytes = grown;
  }
}
