import type { OutSheet } from "../core/sheet-model";
import type { HostCapabilities, WriteOptions } from "../core/ports/workbook";
import { Batch, SMALL_OP_BYTES } from "./batch";
import { queueSheet } from "./queue-sheet";
import { renderSheet } from "./render";
import { loadTables, queueTableRenames, tableNames } from "./table-names";

/**
 * Replacing sheets as one transaction: new sheets are built under temporary names; when all are
 * complete the old ones are renamed to backups and the new ones renamed in, in one request, and
 * only then are the backups deleted. A failure or a cancel before that deletes the new sheets and
 * gives the old ones their names back, so the workbook is as it was.
 */
export async function writeSheets(caps: HostCapabilities, out: OutSheet[], options: WriteOptions = {}): Promise<void> {
  const { signal, onProgress } = options;
  if (out.length === 0) return;
  const rendered = out.map(renderSheet);
  // The sheets as they were (id → name), to put back if the write fails before the swap is done.
  // (an object, because its fields are set inside the Excel.run callback and read in catch)
  const state: { before: Map<string, string> | null; swapped: boolean } = { before: null, swapped: false };
  const backups: string[] = [];
  const total = out.length + 2;
  try {
    await Excel.run(async (ctx) => {
      const existing = ctx.workbook.worksheets.load("items/name,items/position,items/id");
      const tables = loadTables(ctx, out);
      await ctx.sync();
      state.before = new Map(existing.items.map((s) => [s.id, s.name]));
      const taken = new Set(existing.items.map((s) => s.name.toLowerCase()));
      const freeName = (prefix: string) => {
        for (let i = 0; ; i++) {
          const name = `${prefix}${i}`;
          if (!taken.has(name)) {
            taken.add(name);
            return name;
          }
        }
      };
      const temps = out.map(() => freeName("~kehoach-tmp"));
      const names = tableNames(out, tables);
      onProgress?.(1, total);
      const batch = new Batch(ctx, caps, signal);
      for (let i = 0; i < out.length; i++) {
        const o = out[i]!;
        const sheet = o.table ? { ...o, table: { ...o.table, name: names.temp[i]! } } : o;
        await queueSheet(ctx, batch, caps, temps[i]!, sheet, rendered[i]!);
        onProgress?.(2 + i, total, o.name);
      }

      // The swap goes in the same request as the last cells, after them: a batch is not a
      // transaction (a failing operation leaves the earlier ones applied), so nothing is
      // deleted until the new sheets carry their names. Old sheets are renamed to backups, the
      // new ones renamed in, and only after that request succeeded are the backups deleted.
      // A failure or a cancel before then is undone in the catch below.
      const olds = out.map((o) => existing.items.find((s) => s.name.toLowerCase() === o.name.toLowerCase()));
      await batch.reserve(SMALL_OP_BYTES * 4 * out.length);
      olds.forEach((s) => {
        if (!s) return;
        const b = freeName("~kehoach-old");
        backups.push(b);
        s.name = b;
      });
      const news = out.map((o, i) => {
        const ws = ctx.workbook.worksheets.getItem(temps[i]!);
        ws.name = o.name;
        if (options.veryHidden?.includes(o.name)) ws.visibility = "VeryHidden";
        if (options.activate && i === 0) ws.activate();
        return ws;
      });
      // Each new sheet goes just before its backup, which is deleted later; in order of
      // position, each earlier insertion moves the later backups one place to the right.
      const placed = out
        .map((_, i) => i)
        .filter((i) => olds[i])
        .sort((a, b) => olds[a]!.position - olds[b]!.position);
      placed.forEach((i, k) => (news[i]!.position = olds[i]!.position + k));
      await batch.flush();
      state.swapped = true;
      for (const s of olds) s?.delete();
      queueTableRenames(ctx, out, names);
      await ctx.sync();
      onProgress?.(total, total);
    });
  } catch (e) {
    if (!state.swapped) {
      if (state.before) await restoreSheets(state.before).catch(() => undefined);
    } else {
      // The new sheets are in place; only backups are left over. Try once more from a fresh
      // request, and report the error only if they are still there.
      await deleteSheets(backups);
      return;
    }
    throw e;
  }
}

/** Deletes the sheets created since `before` was taken and gives renamed sheets their names back. */
async function restoreSheets(before: Map<string, string>): Promise<void> {
  await Excel.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets.load("items/name,items/id");
    await ctx.sync();
    // deletes first, so a renamed old sheet can take its name back from a new one
    for (const s of sheets.items) if (!before.has(s.id)) s.delete();
    for (const s of sheets.items) {
      const name = before.get(s.id);
      if (name !== undefined && name !== s.name) s.name = name;
    }
    await ctx.sync();
  });
}

async function deleteSheets(names: string[]): Promise<void> {
  if (names.length === 0) return;
  await Excel.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets.load("items/name");
    await ctx.sync();
    const doomed = new Set(names.map((n) => n.toLowerCase()));
    for (const s of sheets.items) if (doomed.has(s.name.toLowerCase())) s.delete();
    await ctx.sync();
  });
}
