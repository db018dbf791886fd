import { assertNamesEverySheetOnce, sparingLastVisible, type DeleteOptions } from "../core/ports/workbook";

/**
 * Deleting and ordering whole sheets, each in one request: the tidying the import does (the
 * import sheets kept together before the summary, an empty starter "Sheet1" removed) and the
 * removal of one import.
 */

function supports(version: string): boolean {
  try {
    return !!Office.context?.requirements?.isSetSupported("ExcelApi", version);
  } catch {
    return false;
  }
}

export async function deleteSheets(names: string[], options: DeleteOptions = {}): Promise<string[]> {
  if (names.length === 0) return [];
  // Telling a blank sheet needs the used range with formats and the object counts (ExcelApi 1.4).
  if (options.onlyIfBlank && !supports("1.4")) return [];
  return Excel.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets.load("items/name,items/visibility");
    await ctx.sync();
    const wanted = new Set(names.map((n) => n.toLowerCase()));
    let doomed = sheets.items.filter((s) => wanted.has(s.name.toLowerCase()));
    if (options.onlyIfBlank && doomed.length > 0) {
      const shapes = supports("1.9");
      const probes = doomed.map((s) => ({
        sheet: s,
        // valuesOnly false: a formatted cell counts as used, so a prepared empty form is kept
        used: s.getUsedRangeOrNullObject(false).load("rowCount"),
        counts: [
          s.charts.getCount(),
          s.tables.getCount(),
          s.pivotTables.getCount(),
          ...(shapes ? [s.shapes.getCount()] : []),
        ],
      }));
      await ctx.sync();
      doomed = probes.filter((p) => p.used.isNullObject && p.counts.every((c) => c.value === 0)).map((p) => p.sheet);
    }
    const isVisible = (s: Excel.Worksheet) => s.visibility === "Visible";
    const deleted = sparingLastVisible(doomed, sheets.items.filter(isVisible).length, isVisible);
    for (const s of deleted) s.delete();
    if (deleted.length > 0) await ctx.sync();
    return deleted.map((s) => s.name);
  });
}

export async function arrangeSheets(order: string[]): Promise<void> {
  await Excel.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets.load("items/name");
    await ctx.sync();
    const current = sheets.items.map((s) => s.name.toLowerCase());
    const wanted = order.map((n) => n.toLowerCase());
    assertNamesEverySheetOnce(current, wanted);
    const byName = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s]));
    // Moves simulated on a copy of the tab list: setting a position shifts the sheets between.
    let moved = false;
    for (let i = 0; i < wanted.length; i++) {
      if (current[i] === wanted[i]) continue;
      const from = current.indexOf(wanted[i]!, i + 1);
      current.splice(from, 1);
      current.splice(i, 0, wanted[i]!);
      byName.get(wanted[i]!)!.position = i;
      moved = true;
    }
    if (moved) await ctx.sync();
  });
}
