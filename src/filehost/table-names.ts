/**
 * The sheets to write with table names the workbook does not hold yet: a user's table on a
 * sheet this write does not replace keeps its name, and ours gets "_2", "_3" … as Excel names a
 * copy (two tables of one name make Excel repair the file). Tables on the sheets being replaced
 * go with them, so their names are free.
 */
import type ExcelJS from "exceljs";
import type { OutSheet } from "../core/sheet-model";

const fold = (s: string) => s.toLocaleLowerCase("vi");

function tableNamesOf(ws: ExcelJS.Worksheet): string[] {
  // ExcelJS's typings give getTables() a tuple type; each item is a Table with its name
  return (ws.getTables() as unknown as { name?: string }[]).flatMap((t) => (t.name ? [t.name] : []));
}

export function withFreeTableNames(wb: ExcelJS.Workbook, out: OutSheet[]): OutSheet[] {
  if (!out.some((o) => o.table)) return out;
  const replaced = new Set(out.map((o) => fold(o.name)));
  const taken = new Set(
    wb.worksheets.filter((ws) => !replaced.has(fold(ws.name))).flatMap((ws) => tableNamesOf(ws).map(fold)),
  );
  return out.map((o) => {
    if (!o.table) return o;
    let name = o.table.name;
    for (let n = 2; taken.has(fold(name)); n++) name = `${o.table.name}_${n}`;
    taken.add(fold(name));
    return name === o.table.name ? o : { ...o, table: { ...o.table, name } };
  });
}
