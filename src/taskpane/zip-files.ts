/**
 * Several files in one .zip ("Tải tất cả"), made in the page with the project's zip writer and
 * the browser's `CompressionStream`; the writer is fetched only when asked for.
 */
export async function zipFiles(files: readonly { name: string; bytes: Uint8Array }[]): Promise<Uint8Array> {
  const { ZipWriter, memorySink, streamDeflater } = await import(
    /* webpackChunkName: "zip-write" */ "../xlsx/write/zip-writer"
  );
  const sink = memorySink();
  const zip = new ZipWriter(sink, streamDeflater());
  for (const f of files) await zip.add(f.name, f.bytes);
  await zip.finish();
  return sink.bytes();
}
