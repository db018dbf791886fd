/**
 * The parts of an .xlsx zip, streamed one at a time through the XML tokenizer: inflated by the
 * platform's own inflater (DecompressionStream, in Node 20 and every current browser) chunk by
 * chunk, decoded, tokenized, and dropped, so a part is never held whole. The zip's directory
 * was already checked by inspectZip (bounds, bombs, duplicates, encryption) before this runs.
 */
import { UserError } from "../../core/errors";
import { entryData, Corrupt, type ZipEntryInfo } from "../zip-inspect";
import { XmlError, XmlTokenizer, type XmlHandler } from "./xml-tokens";
import { CRC_START, crc32Final, crc32Update } from "./crc32";
import { SYNC_INFLATE_MAX_BYTES, currentCrc32, currentSyncInflater } from "./inflate";

export class ZipParts {
  private readonly byName = new Map<string, ZipEntryInfo>();

  constructor(
    private readonly bytes: Uint8Array,
    entries: readonly ZipEntryInfo[],
    private readonly fileName: string,
    private readonly maxElements = Number.POSITIVE_INFINITY,
  ) {
    for (const e of entries) this.byName.set(normalize(e.name), e);
  }

  has(path: string): boolean {
    return this.byName.has(normalize(path));
  }

  /** The first `max` bytes of the part at `path` unpacked (a short non-XML part such as ODF's mimetype); null when absent or damaged. */
  async head(path: string, max: number): Promise<Uint8Array | null> {
    const entry = this.byName.get(normalize(path));
    if (!entry) return null;
    try {
      const data = entryData(this.bytes, entry);
      if (entry.method === 0) return data.subarray(0, max);
      if (entry.method !== 8) return null;
      const got: Uint8Array[] = [];
      let size = 0;
      await inflateChunks(data, (chunk) => {
        if (size < max) got.push(chunk.subarray(0, max - size));
        size += chunk.length;
      });
      const out = new Uint8Array(Math.min(size, max));
      let at = 0;
      for (const c of got) {
        out.set(c, at);
        at += c.length;
      }
      return out;
    } catch {
      return null;
    }
  }

  /** Streams the part at `path` into `handler`; false when there is no such part. */
  async parse(path: string, handler: XmlHandler): Promise<boolean> {
    const entry = this.byName.get(normalize(path));
    if (!entry) return false;
    const tokenizer = new XmlTokenizer(handler, this.maxElements);
    let decoder: TextDecoder | null = null;
    let crc = CRC_START;
    let size = 0;
    const onBytes = (chunk: Uint8Array) => {
      crc = crc32Update(crc, chunk);
      size += chunk.length;
      decoder ??= new TextDecoder(encodingOf(chunk));
      tokenizer.feed(decoder.decode(chunk, { stream: true }));
    };
    try {
      const data = entryData(this.bytes, entry);
      let whole: Uint8Array | null = null;
      if (entry.method === 0) {
        if (entry.uncompressedSize <= SYNC_INFLATE_MAX_BYTES) whole = data;
        else for (let at = 0; at < data.length; at += CHUNK) onBytes(data.subarray(at, at + CHUNK));
      } else if (entry.method === 8) {
        const inflate = currentSyncInflater();
        if (inflate && entry.uncompressedSize <= SYNC_INFLATE_MAX_BYTES) {
          // One more byte than declared: a part that lies about its size fails the size check below.
          try {
            whole = inflate(data, entry.uncompressedSize + 1);
          } catch {
            throw new Corrupt(`part ${entry.name} cannot be inflated`);
          }
        } else {
          await inflateChunks(data, onBytes);
        }
      } else {
        throw new Corrupt(`part ${entry.name} uses unsupported compression method ${entry.method}`);
      }
      if (whole) {
        // A small part already whole in memory is checked before it is read, and decoded in one go.
        const nativeCrc = currentCrc32();
        size = whole.length;
        crc = size !== entry.uncompressedSize ? crc : nativeCrc ? ~nativeCrc(whole) : crc32Update(crc, whole);
      }
      // Damage that still inflates would change what the checks read: the checksum catches it.
      if (size !== entry.uncompressedSize || crc32Final(crc) !== entry.crc32) {
        throw new Corrupt(`part ${entry.name} fails its checksum`);
      }
      if (whole && whole.length > 0) tokenizer.feed(wholeDecoderFor(whole).decode(whole));
      if (decoder) tokenizer.feed((decoder as TextDecoder).decode());
      tokenizer.end();
    } catch (e) {
      throw this.wrap(e, entry.name);
    }
    return true;
  }

  /** Every failure inside a part becomes a message naming the file and the part. */
  private wrap(e: unknown, part: string): unknown {
    if (e instanceof XmlError) {
      if (e.reason === "doctype") return new UserError("files.xmlUnsafe", { file: this.fileName, part });
      if (e.reason === "tooManyElements")
        return new UserError("files.tooManyXmlElements", { file: this.fileName, part, limit: this.maxElements });
      return new UserError("files.xmlMalformed", { file: this.fileName, part, offset: e.offset });
    }
    // The inflater's own words are not shown: the part's name says where the damage is.
    if (e instanceof Corrupt) return new UserError("files.zipCorrupt", { file: this.fileName, detail: part });
    return e;
  }
}

const CHUNK = 64 * 1024;

// A part decoded in one call needs no state of its own, so one decoder per encoding serves
// every part of every file: making a TextDecoder costs more than decoding a small part.
const wholeDecoders = new Map<string, TextDecoder>();
function wholeDecoderFor(head: Uint8Array): TextDecoder {
  const encoding = encodingOf(head);
  let decoder = wholeDecoders.get(encoding);
  if (!decoder) wholeDecoders.set(encoding, (decoder = new TextDecoder(encoding)));
  return decoder;
}

/** A part's encoding by its first bytes: UTF-16 (little-endian) after its byte order mark, else UTF-8. */
function encodingOf(head: Uint8Array): "utf-16le" | "utf-8" {
  return head[0] === 0xff && head[1] === 0xfe ? "utf-16le" : "utf-8";
}

function normalize(path: string): string {
  return path.replace(/^\//, "").toLowerCase();
}

/**
 * Inflates raw deflate data, handing each chunk on as it comes. Errors of the inflater (bad
 * data, a stream cut short) become Corrupt; errors the consumer throws pass through unchanged
 * after the stream is cancelled.
 */
async function inflateChunks(data: Uint8Array, onChunk: (chunk: Uint8Array) => void): Promise<void> {
  const ds = new DecompressionStream("deflate-raw");
  const writer = ds.writable.getWriter();
  // Errors surface on the reading side; these promises only need a handler.
  writer.write(data as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = ds.readable.getReader();
  for (;;) {
    let step: ReadableStreamReadResult<Uint8Array>;
    try {
      step = await reader.read();
    } catch (e) {
      throw new Corrupt(e instanceof Error ? e.message : "inflate failed");
    }
    if (step.done) return;
    try {
      onChunk(step.value);
    } catch (e) {
      await reader.cancel().catch(() => undefined);
      throw e;
    }
  }
}
