import type { OutSheet } from "../core/sheet-model";

/**
 * Names for the tables a write makes. A table name is unique in the workbook, and the sheet
 * being replaced still holds its table until the swap: each new table is made under a temporary
 * name and takes its own in the swap's request, after the old sheets (and their tables) are
 * deleted. A user's table elsewhere that already has the name keeps it; ours gets "_2", "_3" …
 * as Excel names a copy, chosen before anything is written so the rename cannot fail.
 */
export interface TableNames {
  temp: (string | null)[];
  final: (string | null)[];
}

/** Queues the load of the workbook's tables, when the write makes any (ExcelApi 1.1). */
export function loadTables(ctx: Excel.RequestContext, out: OutSheet[]): Excel.TableCollection | null {
  return out.some((o) => o.table) ? ctx.workbook.tables.load("items/name,items/worksheet/name") : null;
}

export function tableNames(out: OutSheet[], loaded: Excel.TableCollection | null): TableNames {
  const fold = (s: string) => s.toLowerCase();
  const replaced = new Set(out.map((o) => fold(o.name)));
  const all = new Set((loaded?.items ?? []).map((t) => fold(t.name)));
  // the names of tables that stay: on sheets this write does not replace
  const kept = new Set(
    (loaded?.items ?? []).filter((t) => !replaced.has(fold(t.worksheet.name))).map((t) => fold(t.name)),
  );
  const free = (base: string, taken: Set<string>) => {
    let name = base;
    for (let n = 2; taken.has(fold(name)); n++) name = `${base}_${n}`;
    taken.add(fold(name));
    return name;
  };
  return {
    temp: out.map((o) => (o.table ? free(`${o.table.name}_kehoachTmp`, all) : null)),
    final: out.map((o) => (o.table ? free(o.table.name, kept) : null)),
  };
}

/** Queues each new table's rename to its own name: after the old sheets' deletion, in the same request. */
export function queueTableRenames(ctx: Excel.RequestContext, out: OutSheet[], names: TableNames): void {
  out.forEach((o, i) => {
    const temp = names.temp[i];
    const final = names.final[i];
    if (temp && final) ctx.workbook.worksheets.getItem(o.name).tables.getItem(temp).name = final;
  });
}
