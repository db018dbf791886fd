/**
 * A summary table described by its columns: each column says its key, its header (a
 * translation key), its width, its style and, when its cells point somewhere, where. The
 * merges of the title rows, the autofilter range and the per-cell styles follow from the
 * columns, so adding or moving a column is one entry, not five parallel arrays to keep in step.
 */
import type { MessageKey } from "../i18n";
import type { CellStyle, OutRow, OutSheet, OutValue } from "../sheet-model";
import { columnLetters } from "../grid";
import { internalLink, type LinkTarget } from "./links";
import { tv } from "./wording";

export interface ColumnSpec<R> {
  /** a stable name of the column, kept in the sheet (OutSheet.columns[].key) */
  key: string;
  header: MessageKey;
  /** width in characters */
  width: number;
  /** the cell's style over the row's; a function when it depends on the row */
  style?: CellStyle | ((row: R) => CellStyle | undefined);
  value: (row: R, index: number) => OutValue;
  /** where the cell links to, if anywhere: the cell then shows `value` as the link's text */
  link?: (row: R) => LinkTarget | null;
}

/** Title row, subtitle row, an empty row, then the header: data starts on row 5. */
export const HEADER_ROWS = 4;

export function headed(title: string, subtitle: string, header: string[]): OutRow[] {
  return [
    { cells: [title], style: "title", height: 22 },
    { cells: [subtitle], style: "subtitle" },
    { cells: [] },
    { cells: header, style: "header", height: 32 },
  ];
}

/** One data row from the column specs. */
export function specRow<R>(columns: readonly ColumnSpec<R>[], row: R, index: number, style: CellStyle): OutRow {
  const cells = columns.map((c): OutValue => {
    const value = c.value(row, index);
    const target = c.link?.(row);
    return target ? { link: internalLink(target), text: String(value ?? "") } : value;
  });
  const cellStyles = columns.map((c) => (typeof c.style === "function" ? c.style(row) : c.style));
  return { cells, style, cellStyles };
}

export interface TableSpec<R> {
  name: string;
  title: string;
  subtitle: string;
  columns: readonly ColumnSpec<R>[];
  /** the rows below the header, made by specRow or by hand (section headings, "none" notes) */
  body: OutRow[];
  freezeCols: number;
  /** an autofilter over the header and the body; `atLeastOneRow` keeps it valid over an empty body */
  autoFilter?: "body" | "atLeastOneRow";
  /**
   * An Excel table (ListObject) over the header and the body, by this name, instead of an
   * autofilter: its own filter buttons and style, and a PivotTable can take it as its source.
   * The body must then be data rows only (no headings, no merged cells).
   */
  table?: string;
  tabColor: string;
}

/** The sheet: title and subtitle merged across the table, the header frozen, columns keyed. */
export function tableSheet<R>(spec: TableSpec<R>): OutSheet {
  const rows = [
    ...headed(
      spec.title,
      spec.subtitle,
      spec.columns.map((c) => tv(c.header)),
    ),
    ...spec.body,
  ];
  const last = columnLetters(spec.columns.length - 1);
  const lastRow = spec.autoFilter === "atLeastOneRow" ? Math.max(rows.length, HEADER_ROWS + 1) : rows.length;
  return {
    name: spec.name,
    columns: spec.columns.map((c) => ({ width: c.width, key: c.key })),
    rows,
    freeze: { rows: HEADER_ROWS, cols: spec.freezeCols },
    merges: [`A1:${last}1`, `A2:${last}2`],
    ...(spec.autoFilter && !spec.table ? { autoFilter: `A${HEADER_ROWS}:${last}${lastRow}` } : {}),
    // a table needs a data row under its header: an empty body gets one empty row in the range
    ...(spec.table
      ? { table: { name: spec.table, range: `A${HEADER_ROWS}:${last}${Math.max(rows.length, HEADER_ROWS + 1)}` } }
      : {}),
    print: { landscape: true, fitToWidth: true },
    tabColor: spec.tabColor,
  };
}
