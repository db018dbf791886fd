/**
 * A summary table described by its columns: each column says its key, its header (a
 * translation key), its width, its style and, when its cells point somewhere, where. The
 * merges of the title rows, the autofilter range and the per-cell styles follow from the
 * columns, so adding or moving a column is one entry, not five parallel arrays to keep in step.
 */
import type { MessageKey } from "../i18n";
import type { CellStyle, OutRow, OutSheet, OutValue, StreamedSheet } from "../sheet-model";
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

/** Data rows from the column specs, each made when it is taken; `items` is gone through once. */
export function* specRows<R>(
  columns: readonly ColumnSpec<R>[],
  items: Iterable<R>,
  style: CellStyle,
): Generator<OutRow> {
  let index = 0;
  for (const item of items) yield specRow(columns, item, index++, style);
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

/**
 * A table whose body is made while it is written (StreamedSheet): how many rows it has, known
 * beforehand, and the rows, made one at a time. Every row is at most as wide as the columns.
 */
export interface StreamedTableSpec<R> extends Omit<TableSpec<R>, "body"> {
  body: { count: number; rows: Iterable<OutRow> };
}

/** Everything of a table sheet but its body: the title rows and header, merges, filter, table. */
function tableFrame<R>(
  spec: Omit<TableSpec<R>, "body">,
  bodyRows: number,
): Omit<OutSheet, "rows" | "charts"> & { head: OutRow[] } {
  const head = headed(
    spec.title,
    spec.subtitle,
    spec.columns.map((c) => tv(c.header)),
  );
  const rowCount = head.length + bodyRows;
  const last = columnLetters(spec.columns.length - 1);
  const lastRow = spec.autoFilter === "atLeastOneRow" ? Math.max(rowCount, HEADER_ROWS + 1) : rowCount;
  return {
    name: spec.name,
    columns: spec.columns.map((c) => ({ width: c.width, key: c.key })),
    head,
    freeze: { rows: HEADER_ROWS, cols: spec.freezeCols },
    merges: [`A1:${last}1`, `A2:${last}2`],
    ...(spec.autoFilter && !spec.table ? { autoFilter: `A${HEADER_ROWS}:${last}${lastRow}` } : {}),
    // a table needs a data row under its header: an empty body gets one empty row in the range
    ...(spec.table
      ? { table: { name: spec.table, range: `A${HEADER_ROWS}:${last}${Math.max(rowCount, HEADER_ROWS + 1)}` } }
      : {}),
    print: { landscape: true, fitToWidth: true },
    tabColor: spec.tabColor,
  };
}

/** The sheet: title and subtitle merged across the table, the header frozen, columns keyed. */
export function tableSheet<R>(spec: TableSpec<R>): OutSheet {
  const { head, ...frame } = tableFrame(spec, spec.body.length);
  return { ...frame, rows: [...head, ...spec.body] };
}

/** `tableSheet` with its body made as it is written. */
export function streamedTableSheet<R>(spec: StreamedTableSpec<R>): StreamedSheet {
  const { head, ...frame } = tableFrame(spec, spec.body.count);
  return {
    ...frame,
    head,
    body: spec.body.rows,
    extent: { rows: head.length + spec.body.count, cols: spec.columns.length },
  };
}
