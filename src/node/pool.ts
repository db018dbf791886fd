/**
 * Runs `work` over `items` with at most `limit` at a time, results in input order. The CLI reads
 * and checks files this way: file reads overlap with checking, and no more than `limit` files'
 * bytes and grids are alive at once, whatever the batch size.
 */
export async function mapPool<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}
