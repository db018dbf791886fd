/**
 * One worksheet's XML → a grid of plain cells, read as it streams. Only cells and merged areas
 * are looked at; column ranges, the dimension, data validations, conditional formats and the
 * rest are passed over without being expanded, whatever sizes they declare. Cells are counted
 * as they come and the used area is checked against the limits before it grows; merged areas
 * are applied only inside the used area (a value under a merged area survives in its top-left
 * cell only, as Excel shows it and as the ExcelJS reader gives it).
 */
import type { Cell } from "../../core/grid";
import { UserError } from "../../core/errors";
import type { ReadLimits } from "../limits";
import { MAX_TEXT, decodeOoxmlEscapes } from "./book-parts";
import { MAX_ROWS, parseArea, parseCellRef, type Area } from "./cell-refs";
import { applyMerges } from "./merges";
import { Attrs, type TagText } from "./xml-attrs";
import type { XmlHandler } from "./xml-tokens";

export interface SheetContext {
  fileName: string;
  sheetName: string;
  limits: ReadLimits;
  sharedStrings: readonly (string | null)[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;
/** The largest time a JS Date holds, in ms: larger serials are no date. */
const MAX_DATE_MS = 8.64e15;

/** A number in a date-formatted cell → a DateCell, rounded to the millisecond as ExcelJS does. */
export function dateFromSerial(v: number, date1904: boolean): Cell {
  const ms = Math.round((v - UNIX_EPOCH_SERIAL + (date1904 ? 1462 : 0)) * MS_PER_DAY);
  if (!Number.isFinite(ms) || Math.abs(ms) > MAX_DATE_MS) return null;
  return { kind: "date", serial: ms / MS_PER_DAY + UNIX_EPOCH_SERIAL };
}

export class SheetHandler implements XmlHandler {
  readonly rows: Cell[][] = [];
  private readonly merges: Area[] = [];
  private readonly attrs = new Attrs();
  private row = -1;
  private col = -1;
  private cellElements = 0;
  private maxRow = -1;
  private maxCol = -1;
  // The cell being read.
  private inCell = false;
  private type = "";
  private style = 0;
  private hasFormula = false;
  private textTarget: "v" | "t" | "rt" | "f" | null = null;
  private value = "";
  private hasValue = false;
  private valueLength = 0;
  private inRun = false;

  constructor(private readonly ctx: SheetContext) {}

  open(name: string, raw: TagText, selfClosing: boolean): void {
    switch (name) {
      case "row": {
        const r = this.attrs.parse(raw).get("r");
        this.row = r === undefined ? this.row + 1 : this.rowNumber(r);
        this.col = -1;
        return;
      }
      case "c":
        this.openCell(raw, selfClosing);
        return;
      case "v":
        if (this.inCell) this.textTarget = "v";
        return;
      case "f":
        if (!this.inCell) return;
        if (this.attrs.parse(raw).has("t")) this.hasFormula = true;
        this.textTarget = "f";
        return;
      case "r":
        if (this.inCell) this.inRun = true;
        return;
      case "t":
        if (this.inCell) this.textTarget = this.inRun ? "rt" : "t";
        return;
      case "mergeCell":
        this.addMerge(this.attrs.parse(raw).get("ref") ?? "");
        return;
    }
  }

  close(name: string): void {
    if (name === "c") this.closeCell();
    else if (name === "v" || name === "t" || name === "f") this.textTarget = null;
    else if (name === "r") this.inRun = false;
  }

  wantsText(): boolean {
    return this.textTarget !== null;
  }

  text(s: string): void {
    if (this.textTarget === "f") {
      if (s !== "") this.hasFormula = true;
      return;
    }
    if (this.valueLength >= MAX_TEXT) return;
    this.value += this.textTarget === "rt" ? decodeOoxmlEscapes(s) : s;
    this.hasValue = true;
    this.valueLength += s.length;
  }

  private rowNumber(r: string): number {
    const n = /^\d{1,7}$/.test(r) ? Number(r) : 0;
    if (n < 1 || n > MAX_ROWS) {
      throw new UserError("files.cellOutOfRange", { file: this.ctx.fileName, sheet: this.ctx.sheetName, ref: r });
    }
    return n - 1;
  }

  private openCell(raw: TagText, selfClosing: boolean): void {
    if (++this.cellElements > this.ctx.limits.maxCellElementsPerSheet) {
      throw new UserError("files.tooManyCellElements", {
        file: this.ctx.fileName,
        sheet: this.ctx.sheetName,
        count: this.ctx.limits.maxCellElementsPerSheet,
        limit: this.ctx.limits.maxCellElementsPerSheet,
      });
    }
    const a = this.attrs.parse(raw);
    const r = a.get("r");
    if (r === undefined) this.col++;
    else {
      const ref = parseCellRef(r);
      if (!ref)
        throw new UserError("files.cellOutOfRange", { file: this.ctx.fileName, sheet: this.ctx.sheetName, ref: r });
      this.col = ref.col;
    }
    if (this.row < 0) this.row = 0;
    this.inCell = !selfClosing;
    this.type = a.get("t") ?? "";
    const s = Number(a.get("s") ?? 0);
    this.style = Number.isInteger(s) && s > 0 ? s : 0;
    this.hasFormula = false;
    this.value = "";
    this.hasValue = false;
    this.valueLength = 0;
    this.inRun = false;
    this.textTarget = null;
  }

  private closeCell(): void {
    const wasOpen = this.inCell;
    this.inCell = false;
    this.textTarget = null;
    if (!wasOpen) return;
    const v = this.cellValue();
    if (v !== null) this.put(v);
  }

  /** The cell's value by the rules ExcelJS applies on load (a formula gives its cached result). */
  private cellValue(): Cell {
    if (!this.hasValue) return null;
    const text = this.value;
    const isDate = this.ctx.dateStyles[this.style] === true;
    switch (this.type) {
      case "s":
        if (this.hasFormula) break;
        return this.ctx.sharedStrings[parseInt(text, 10)] ?? null;
      case "str":
      case "inlineStr":
        return text === "" ? null : text;
      case "b":
        return parseInt(text, 10) !== 0;
      case "e":
        return { kind: "error", code: text };
    }
    const n = parseFloat(text);
    if (!Number.isFinite(n)) return null;
    return isDate ? dateFromSerial(n, this.ctx.date1904) : n;
  }

  private put(v: Cell): void {
    const { row, col } = this;
    if (row > this.maxRow) this.maxRow = row;
    if (col > this.maxCol) this.maxCol = col;
    const limit = this.ctx.limits.maxCellsPerSheet;
    if ((this.maxRow + 1) * (this.maxCol + 1) > limit) {
      throw new UserError("files.tooManyCells", {
        file: this.ctx.fileName,
        sheet: this.ctx.sheetName,
        rows: this.maxRow + 1,
        cols: this.maxCol + 1,
        limit,
      });
    }
    const r = (this.rows[row] ??= []);
    while (r.length < col) r.push(null);
    r[col] = v;
  }

  private addMerge(ref: string): void {
    const area = parseArea(ref);
    // A reference past Excel's grid cannot be a real merged area: it is passed over.
    if (!area) return;
    if (area.top === area.bottom && area.left === area.right) return;
    this.merges.push(area);
    if (this.merges.length > this.ctx.limits.maxMergedAreasPerSheet) {
      throw new UserError("files.tooManyMergedAreas", {
        file: this.ctx.fileName,
        sheet: this.ctx.sheetName,
        count: this.ctx.limits.maxMergedAreasPerSheet,
        limit: this.ctx.limits.maxMergedAreasPerSheet,
      });
    }
  }

  /** The finished grid: merged areas applied within the used area, every row present. */
  finish(): Cell[][] {
    if (!applyMerges(this.rows, this.merges)) {
      throw new UserError("files.mergedAreasOverlap", { file: this.ctx.fileName, sheet: this.ctx.sheetName });
    }
    return this.rows;
  }
}
