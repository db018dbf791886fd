/**
 * What the locator (locate.ts) finds in a returned workbook: the report sheet, the table's
 * header row and columns, the header block, the lines. 0-based rows and columns throughout.
 */
import type { Cell, Sheet } from "../grid";
import type { ColumnKey, HeaderFieldKey, MetaKey } from "../template/layout";

/** Longer cells are content, not labels; skipping them keeps the scans cheap. */
export const MAX_LABEL_LENGTH = 60;

export interface LocatedColumn {
  key: ColumnKey;
  col: number;
  label: string;
  /** recognised as a near spelling, not an exact label or alias */
  fuzzy: boolean;
  /** the row holding the label, when the header spans two rows and it is the lower one */
  row?: number;
}

export interface LocatedHeaderField {
  key: HeaderFieldKey;
  labelRow: number;
  labelCol: number;
  label: string;
  /** where the value is, or would be if it were filled in */
  valueRow: number;
  valueCol: number;
  raw: Cell;
  /** "Đơn vị báo cáo: Sở Tài chính" written in one cell */
  inline: boolean;
}

/** One row of the table that carries a task code or something an agency wrote. 0-based row. */
export interface RawLine {
  row: number;
  cells: Partial<Record<ColumnKey, Cell>>;
  taskCode: string | null;
}

export interface LocatedReport {
  sheet: Sheet;
  /** rows × columns that exist in the sheet; every issue's cell lies inside */
  bounds: { rows: number; cols: number };
  headerRow: number;
  /** the last row of the header: headerRow + 1 when sub-columns sit under a merged parent */
  headerLastRow?: number;
  columns: Partial<Record<ColumnKey, LocatedColumn>>;
  extraColumns: { col: number; label: string }[];
  duplicateColumns: { col: number; label: string; key: ColumnKey }[];
  header: Partial<Record<HeaderFieldKey, LocatedHeaderField>>;
  lines: RawLine[];
  /** rows after a blank row with something in a column the agency fills, not read as lines */
  skippedRows?: number[];
  /** the metadata sheet's values, or null when the sheet is gone */
  meta: Partial<Record<MetaKey, string>> | null;
  /** other sheets holding an equally good report table: only `sheet` is read */
  otherReportSheets: string[];
}
