/**
 * Excel tables (ListObjects) in the stand-in: `worksheet.tables.add(range, hasHeaders)`, a
 * table's `name` and `style`, and `tables.getItem(name)`, ExcelApi 1.1. As in Excel, a table
 * name is unique in the workbook (without case), is a defined name (a letter or "_" first, no
 * spaces, not a cell address), and a table overlaps neither another table, a merged area nor
 * the sheet's autofilter; a table goes with its sheet.
 */

export interface StandinTable {
  name: string;
  /** A1 range, header row included */
  range: string;
  style: string;
  hasHeaders: boolean;
}

interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** What a table needs from the stand-in (passed in, so this module imports nothing back). */
export interface TableHost {
  enqueue(desc: Record<string, unknown>, run: () => void): void;
  requireApi(version: string, what: string): void;
  /** the sheet the collection belongs to, resolved when an operation runs */
  sheet(): { tables: StandinTable[]; merges: string[]; autoFilter: string | null };
  /** every table of the workbook */
  allTables(): StandinTable[];
  rect(range: { rect(): Rect } | string): Rect;
  parseRect(address: string): Rect;
  address(r: Rect): string;
  error(code: string, message: string): Error;
}

const NAME = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;
const CELL_LIKE = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;

export const overlaps = (a: Rect, b: Rect) =>
  a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;

export class TableCollectionProxy {
  constructor(private readonly host: TableHost) {}

  add(range: { rect(): Rect } | string, hasHeaders: boolean): TableProxy {
    const table: StandinTable = { name: "", range: "", style: "TableStyleMedium2", hasHeaders };
    this.host.enqueue({ op: "tables.add", hasHeaders }, () => {
      const h = this.host;
      h.requireApi("1.1", "tables.add");
      const sheet = h.sheet();
      const r = h.rect(range);
      const clash = [
        ...sheet.tables.map((t) => t.range),
        ...sheet.merges,
        ...(sheet.autoFilter ? [sheet.autoFilter] : []),
      ].find((x) => overlaps(r, h.parseRect(x)));
      if (clash) throw h.error("InvalidArgument", `a table cannot overlap ${clash}`);
      let n = 1;
      const taken = new Set(h.allTables().map((t) => t.name.toLowerCase()));
      while (taken.has(`table${n}`)) n++;
      table.name = `Table${n}`;
      table.range = h.address(r);
      sheet.tables.push(table);
    });
    return new TableProxy(this.host, () => table);
  }

  getItem(name: string): TableProxy {
    return new TableProxy(this.host, () => {
      const t = this.host.sheet().tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!t) throw this.host.error("ItemNotFound", `no table "${name}"`);
      return t;
    });
  }
}

export class TableProxy {
  constructor(
    private readonly host: TableHost,
    private readonly resolve: () => StandinTable,
  ) {}

  set name(v: string) {
    this.host.enqueue({ op: "table.name", v }, () => {
      const t = this.resolve();
      if (!NAME.test(v) || CELL_LIKE.test(v) || v.length > 255)
        throw this.host.error("InvalidArgument", `invalid table name "${v}"`);
      const clash = this.host.allTables().find((x) => x !== t && x.name.toLowerCase() === v.toLowerCase());
      if (clash) throw this.host.error("InvalidArgument", `a table named "${v}" exists`);
      t.name = v;
    });
  }

  set style(v: string) {
    this.host.enqueue({ op: "table.style", v }, () => {
      this.resolve().style = v;
    });
  }
}
