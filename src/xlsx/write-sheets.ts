/**
 * Writes the product's generated sheets (OutSheet, see core/sheet-model.ts) to a real .xlsx with
 * the lean writer (./write/): sheet XML written directly, charts and internal links in the same
 * pass. Browser-safe: bytes in, bytes out, no Node built-ins (the CLI streams to disk instead,
 * see cli/commands/consolidate.ts).
 *
 * Rebuilding into a workbook the user already has (`writeSheetsInto`) replaces only the parts
 * the product generated last time, recorded in a very hidden sheet, and copies every other part
 * as it was (./write/existing.ts); a user's sheet that shares a name with a generated one is never
 * overwritten silently. Writing to disk safely (temp file, then rename) is the caller's job.
 */
import type { OutSheet } from "../core/sheet-model";
import { GENERATED_REGISTRY_SHEET, stylesFor, writeSummaryPackage } from "./write/package";
import { openExisting } from "./write/existing";
import { ZipWriter, memorySink, streamDeflater, type Deflater } from "./write/zip-writer";
import { toBytes } from "./convert";

export { GENERATED_REGISTRY_SHEET, toBytes };

/**
 * Writes `sheets` into a workbook: a new one, or `existing` with its previously generated
 * sheets replaced. Generated sheets come first, in the given order; the user's sheets follow
 * in their own order.
 */
export async function writeSheetsInto(
  existing: Uint8Array | null,
  sheets: OutSheet[],
  deflater: Deflater = streamDeflater(),
): Promise<Uint8Array> {
  const pkg = existing ? await openExisting(existing) : null;
  const sink = memorySink();
  await writeSummaryPackage({ sheets, existing: pkg, styles: stylesFor(pkg) }, new ZipWriter(sink, deflater));
  return sink.bytes();
}

/** OutSheets → a new .xlsx file (with the registry of generated sheets). */
export function writeWorkbook(sheets: OutSheet[], deflater?: Deflater): Promise<Uint8Array> {
  return writeSheetsInto(null, sheets, deflater);
}
