import type { OutSheet } from "../core/sheet-model";
import type { HostCapabilities } from "../core/ports/workbook";
import { REQUEST_BUDGET, SMALL_OP_BYTES, type Batch } from "./batch";
import {
  STYLE_FORMATS,
  anchorEnd,
  blockAddress,
  boundingRange,
  columnWidthPoints,
  jsonBytes,
  type RenderedSheet,
} from "./render";

/**
 * Queues one new sheet's content: number formats BEFORE values ("@" for every string, so text
 * from a submission never becomes a formula), values as whole 2-D arrays in slices under the
 * request budget, styles as rectangular blocks of equal style, then widths, heights, merges,
 * links, panes, table, filter and charts. Nothing here syncs except through the batch's budget.
 */

const CHART_TYPES = { bar: "BarClustered", column: "ColumnClustered", pie: "Pie" } as const;
/** The same table style as the .xlsx writer's (src/xlsx/write/table-part.ts). */
const TABLE_STYLE = "TableStyleMedium2";

export async function queueSheet(
  ctx: Excel.RequestContext,
  batch: Batch,
  caps: HostCapabilities,
  name: string,
  sheet: OutSheet,
  r: RenderedSheet,
): Promise<void> {
  await batch.reserve(SMALL_OP_BYTES);
  const ws = ctx.workbook.worksheets.add(name);
  // Number formats before values, so text is text when it lands. A new sheet is all General:
  // send only the other formats, as blocks, unless one whole array is smaller.
  const blockBytes = r.formatBlocks.reduce((n, b) => n + SMALL_OP_BYTES + b.rows * b.cols * (b.value.length + 3), 0);
  const arrayBytes = r.numberFormats.reduce((n, row) => n + jsonBytes(row), 0);
  const formatsInBlocks = blockBytes < arrayBytes;
  if (formatsInBlocks) {
    for (const b of r.formatBlocks) {
      const bytes = SMALL_OP_BYTES + b.rows * b.cols * (b.value.length + 3);
      // a block larger than the budget is split by rows
      const rowsPer = Math.max(1, Math.floor(REQUEST_BUDGET / 2 / Math.max(1, bytes / b.rows)));
      for (let start = 0; start < b.rows; start += rowsPer) {
        const n = Math.min(rowsPer, b.rows - start);
        await batch.reserve(SMALL_OP_BYTES + n * b.cols * (b.value.length + 3));
        ws.getRangeByIndexes(b.row + start, b.col, n, b.cols).numberFormat = Array.from({ length: n }, () =>
          new Array<string>(b.cols).fill(b.value),
        );
      }
    }
  }
  if (r.rows > 0) {
    // Rows in slices that fit the request budget.
    let start = 0;
    while (start < r.rows) {
      let end = start;
      let bytes = 0;
      while (end < r.rows) {
        const b = jsonBytes(r.values[end]) + (formatsInBlocks ? 0 : jsonBytes(r.numberFormats[end])) + 2;
        if (end > start && bytes + b > REQUEST_BUDGET / 2) break;
        bytes += b;
        end++;
      }
      await batch.reserve(bytes);
      const range = ws.getRangeByIndexes(start, 0, end - start, r.cols);
      if (!formatsInBlocks) range.numberFormat = r.numberFormats.slice(start, end);
      range.values = r.values.slice(start, end);
      start = end;
    }
  }
  for (const b of r.blocks) {
    const f = STYLE_FORMATS[b.style];
    await batch.reserve(SMALL_OP_BYTES);
    const range = ws.getRange(blockAddress(b));
    if (f.bold) range.format.font.bold = true;
    if (f.italic) range.format.font.italic = true;
    if (f.size) range.format.font.size = f.size;
    if (f.fontColor) range.format.font.color = f.fontColor;
    if (f.fill) range.format.fill.color = f.fill;
    if (f.wrap) range.format.wrapText = true;
  }
  // One operation per run of equal widths or heights, not one per column or row: a sheet of
  // 500 agencies' rows of the same height is one request item.
  for (const run of equalRuns(sheet.columns.map((col) => columnWidthPoints(col.width)))) {
    await batch.reserve(SMALL_OP_BYTES);
    ws.getRangeByIndexes(0, run.start, 1, run.count).format.columnWidth = run.value;
  }
  for (const run of equalRuns(sheet.rows.map((row) => row.height))) {
    await batch.reserve(SMALL_OP_BYTES);
    ws.getRangeByIndexes(run.start, 0, run.count, 1).format.rowHeight = run.value;
  }
  for (const m of sheet.merges ?? []) {
    await batch.reserve(SMALL_OP_BYTES);
    ws.getRange(m).merge(false);
  }
  // Range.hyperlink is ExcelApi 1.7; without it the cell keeps the link's text (already written).
  if (caps.hyperlinks) {
    for (const l of r.links) {
      await batch.reserve(SMALL_OP_BYTES + jsonBytes(l));
      const cell = ws.getRangeByIndexes(l.row, l.col, 1, 1);
      cell.hyperlink =
        l.address !== undefined
          ? { address: l.address, textToDisplay: l.text }
          : { documentReference: l.documentReference, textToDisplay: l.text };
    }
    if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.cols > 0)) {
      await batch.reserve(SMALL_OP_BYTES);
      if (sheet.freeze.rows > 0 && sheet.freeze.cols > 0)
        ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, sheet.freeze.rows, sheet.freeze.cols));
      else if (sheet.freeze.rows > 0) ws.freezePanes.freezeRows(sheet.freeze.rows);
      else ws.freezePanes.freezeColumns(sheet.freeze.cols);
    }
    if (sheet.tabColor) ws.tabColor = sheet.tabColor;
  }
  // An Excel table (ExcelApi 1.1) over the header and the rows, named as the sheet says: its
  // own filter buttons and banded rows, the source a PivotTable asks for.
  if (sheet.table) {
    await batch.reserve(SMALL_OP_BYTES * 2);
    const table = ws.tables.add(ws.getRange(sheet.table.range), true);
    table.name = sheet.table.name;
    table.style = TABLE_STYLE;
  }
  if (caps.autoFilter && sheet.autoFilter) {
    await batch.reserve(SMALL_OP_BYTES);
    ws.autoFilter.apply(ws.getRange(sheet.autoFilter));
  }
  // Dropdowns of the roster's names on the task table's agency columns (ExcelApi 1.8); without
  // them the cells are plain text, which is all the reader needs.
  if (caps.dataValidation) {
    for (const v of sheet.validations ?? []) {
      await batch.reserve(SMALL_OP_BYTES + jsonBytes(v));
      const range = ws.getRange(v.range);
      range.dataValidation.rule = { list: { inCellDropDown: true, source: `=${v.list}` } };
      range.dataValidation.errorAlert = {
        showAlert: v.strict,
        style: v.strict ? "Stop" : "Information",
        title: "",
        message: "",
      };
    }
  }
  for (const chart of sheet.charts ?? []) {
    await batch.reserve(SMALL_OP_BYTES * 2);
    const c = ws.charts.add(
      CHART_TYPES[chart.type],
      ws.getRange(boundingRange(chart.categories, chart.values)),
      "Columns",
    );
    c.title.text = chart.title;
    c.setPosition(chart.anchor.cell, anchorEnd(chart.anchor.cell, chart.anchor.widthCols, chart.anchor.heightRows));
  }
}

/** Runs of consecutive equal values, skipping undefined (nothing to set). */
export function equalRuns<T>(values: (T | undefined)[]): { start: number; count: number; value: T }[] {
  const runs: { start: number; count: number; value: T }[] = [];
  values.forEach((v, i) => {
    if (v === undefined) return;
    const last = runs[runs.length - 1];
    if (last && last.start + last.count === i && last.value === v) last.count++;
    else runs.push({ start: i, count: 1, value: v });
  });
  return runs;
}
