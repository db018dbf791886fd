/**
 * Ma trận: tasks down, agencies across. A cell holds the agency's role (CT/PH/TH) and its
 * colour is the assessed status, so thirty agencies fit on one landscape page; agency names
 * run upwards.
 */
import type { CellStyle, OutSheet, OutValue } from "../../sheet-model";
import { columnLetters } from "../../grid";
import { TAB_COLORS } from "../../palette";
import { type Analysis } from "../analyse";
import { ASSESSED_ORDER } from "../task-status";
import { headed, HEADER_ROWS } from "../sheet-spec";
import { STATUS_STYLE } from "../status-style";
import { assessedLabel, subtitle, tv } from "../wording";

/** Short task titles keep the matrix one line a task. */
const MATRIX_TITLE_MAX = 56;

function shortTitle(title: string): string {
  const chars = Array.from(title);
  return chars.length <= MATRIX_TITLE_MAX
    ? title
    : chars
        .slice(0, MATRIX_TITLE_MAX - 1)
        .join("")
        .trimEnd() + "…";
}

/** One layout object for every agency cell (a matrix of 20,000 agencies has half a million cells). */
const CENTERED = { center: true } as const;
const UPWARDS = { rotate: 90, center: true } as const;

/** Columns of the matrix sheet: code, task, one per agency (known without building the sheet). */
export function matrixWidth(a: Analysis): number {
  return 2 + a.input.matrix.agencies.length;
}

export function matrixSheet(a: Analysis): OutSheet {
  const agencies = a.input.matrix.agencies;
  const header = [tv("summary.tasks.col.code"), tv("summary.matrix.col.task"), ...agencies.map((ag) => ag.short)];
  const rows = headed(tv("summary.matrix.title"), subtitle(a), header);
  rows[HEADER_ROWS - 1] = {
    ...rows[HEADER_ROWS - 1]!,
    height: 96,
    cellLayout: header.map((_, i) => (i >= 2 ? UPWARDS : undefined)),
  };
  for (const ts of a.tasks) {
    const on = new Map([...ts.leads, ...ts.others].map((x) => [x.agency.id, x]));
    const cells: OutValue[] = [ts.task.code, shortTitle(ts.task.title)];
    const styles: (CellStyle | undefined)[] = ["text", STATUS_STYLE[ts.assessed]];
    for (const ag of agencies) {
      const x = on.get(ag.id);
      cells.push(x ? x.role : null);
      styles.push(x ? STATUS_STYLE[x.status] : "text");
    }
    rows.push({ cells, cellStyles: styles, cellLayout: cells.map((_, i) => (i >= 2 ? CENTERED : undefined)) });
  }
  rows.push({ cells: [] });
  rows.push({ cells: [null, tv("summary.matrix.legend")], style: "muted" });
  for (const s of ASSESSED_ORDER) {
    rows.push({ cells: [null, assessedLabel(s)], cellStyles: [undefined, STATUS_STYLE[s]] });
  }
  const lastCol = columnLetters(header.length - 1);
  return {
    name: tv("summary.sheet.matrix"),
    columns: [
      { width: 6, key: "code" },
      { width: 56, key: "task" },
      ...agencies.map((ag) => ({ width: 4.5, key: `agency:${ag.id}` })),
    ],
    rows,
    freeze: { rows: HEADER_ROWS, cols: 2 },
    merges: [`A1:${lastCol}1`, `A2:${lastCol}2`],
    print: { landscape: true, fitToWidth: true },
    tabColor: TAB_COLORS.tables,
  };
}
