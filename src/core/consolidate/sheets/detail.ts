/**
 * Chi tiết theo đơn vị: one row per agency and task, as an Excel table (filters, a style, the
 * source of a PivotTable). The per-task sheet shows counts and the lead's words; here is what
 * every agency said. Long texts are cut so that no row passes Excel's 409 pt, with a note naming
 * the cell where the whole text is (the import sheet NB…, or the agency's file).
 */
import { STATUS_LABELS } from "../../template/layout";
import type { ColumnKey } from "../../template/layout";
import type { StreamedSheet } from "../../sheet-model";
import type { CellRef, ReportLine } from "../../report/model";
import { TAB_COLORS } from "../../palette";
import type { AgencyOnTask, Analysis, TaskStanding } from "../analyse";
import { detailRowCount, detailRows, type DetailRow } from "../detail-rows";
import { fitText } from "../fit-text";
import { copyCell, type CopiesByFile } from "../links";
import { specRows, streamedTableSheet, type ColumnSpec } from "../sheet-spec";
import { STATUS_STYLE } from "../status-style";
import { assessedLabel, subtitle, tv } from "../wording";

/**
 * Lines the task's title may take: it repeats on every agency's row, so it is kept short; the
 * full text is on the per-task sheet.
 */
const TASK_LINES = 3;

/** What the agency itself said of the task's status, or why there is nothing. */
export function reportedStatus(x: AgencyOnTask): string {
  if (!x.file) return tv("summary.detail.notReported");
  if (!x.line) return tv("summary.detail.notInReport");
  return x.line.status ? STATUS_LABELS[x.line.status] : tv("summary.detail.noStatus");
}

/** The cell that stands for the agency's line: its status, else any cell the reader located. */
function rowRef(x: AgencyOnTask): CellRef | null {
  const cells = x.line?.cells;
  const key = cells ? ownCell(cells) : undefined;
  return key ? cells![key]! : null;
}

/** Which of a line's cells stands for the line (rowRef). */
function ownCell(cells: ReportLine["cells"]): ColumnKey | undefined {
  if (cells.status) return "status";
  if (cells.result) return "result";
  if (cells.taskCode) return "taskCode";
  return (Object.keys(cells) as ColumnKey[]).find((k) => cells[k] !== undefined);
}

/** The text columns of a line that name their cell when cut. */
const SAID = ["result", "difficulties", "proposals"] as const;

/**
 * The cells of a line this sheet points at, all it reads of `line.cells`: the line's own cell
 * (rowRef), first, and the cell of each text it shows. A consolidation of thousands of files
 * keeps only these (kept.ts); the sheet made from them is the one made from all the cells.
 */
export function detailCells(line: ReportLine): ReportLine["cells"] {
  const kept: ReportLine["cells"] = {};
  const own = ownCell(line.cells);
  if (own) kept[own] = line.cells[own];
  for (const key of SAID) if (line[key].trim() !== "" && line.cells[key]) kept[key] = line.cells[key];
  return kept;
}

/** `make`'s answer for each task, made once: a task's title repeats on the row of every agency on it. */
function perTask<T>(make: (task: TaskStanding) => T): (task: TaskStanding) => T {
  const made = new Map<TaskStanding, T>();
  return (task) => {
    if (made.has(task)) return made.get(task)!;
    const value = make(task);
    made.set(task, value);
    return value;
  };
}

function columns(copies: CopiesByFile): ColumnSpec<DetailRow>[] {
  const title = perTask((t) => fitText(t.task.title || t.task.text, 34, "", TASK_LINES));
  const deadlineText = perTask((t) => fitText(t.task.deadlineText ?? "", 16, "", TASK_LINES));
  // A text column of the agency's line, cut to the row's height with a note naming its cell.
  const said = (key: (typeof SAID)[number], width: number): ColumnSpec<DetailRow> => ({
    key,
    header: `summary.detail.col.${key}`,
    width,
    value: ({ on }) => {
      const text = on.line?.[key].trim() ?? "";
      const ref = on.line?.cells[key] ?? rowRef(on);
      if (text === "" || !on.file) return text;
      const linked = ref ? copyCell(copies, on.file, ref.sheet, ref.cell) : null;
      const note = linked
        ? tv("summary.detail.cutInCopy", { cell: linked.cell, sheet: linked.sheet })
        : tv("summary.detail.cutInFile", { cell: ref?.cell ?? "", sheet: ref?.sheet ?? on.sheet ?? "", file: on.file });
      return fitText(text, width, note);
    },
  });
  return [
    { key: "code", header: "summary.detail.col.code", width: 7, value: ({ task }) => task.task.code },
    { key: "agency", header: "summary.detail.col.agency", width: 24, value: ({ on }) => on.agency.short },
    { key: "role", header: "summary.detail.col.role", width: 11, value: ({ on }) => tv(`check.role.${on.role}`) },
    {
      key: "task",
      header: "summary.detail.col.task",
      width: 34,
      value: ({ task }) => title(task),
    },
    { key: "reported", header: "summary.detail.col.reported", width: 16, value: ({ on }) => reportedStatus(on) },
    {
      key: "assessed",
      header: "summary.detail.col.assessed",
      width: 17,
      style: ({ on }) => STATUS_STYLE[on.status],
      value: ({ on }) => assessedLabel(on.status),
    },
    {
      key: "deadline",
      header: "summary.detail.col.deadline",
      width: 16,
      style: ({ task }) => (task.task.deadline ? "date" : "wrap"),
      value: ({ task }) => (task.task.deadline ? { date: task.task.deadline } : deadlineText(task)),
    },
    {
      key: "received",
      header: "summary.detail.col.received",
      width: 12,
      style: "date",
      value: ({ on, standing }) => (on.file && standing?.receivedOn ? { date: standing.receivedOn } : null),
    },
    {
      key: "completed",
      header: "summary.detail.col.completed",
      width: 12,
      style: "date",
      value: ({ on }) => (on.line?.completedOn ? { date: on.line.completedOn } : null),
    },
    said("result", 56),
    said("difficulties", 36),
    said("proposals", 36),
    { key: "file", header: "summary.detail.col.file", width: 26, value: ({ on }) => on.file ?? "" },
    {
      key: "cell",
      header: "summary.detail.col.cell",
      width: 18,
      value: ({ on }) => {
        const ref = rowRef(on);
        return ref ? `${ref.sheet}!${ref.cell}` : "";
      },
      link: ({ on }) => {
        const ref = rowRef(on);
        return ref && on.file ? copyCell(copies, on.file, ref.sheet, ref.cell) : null;
      },
    },
  ];
}

/** The sheet, its rows made as they are written: one per agency and task, the largest of the summary. */
export function detailSheet(a: Analysis, copies: CopiesByFile): StreamedSheet {
  const cols = columns(copies);
  return streamedTableSheet({
    name: tv("summary.sheet.detail"),
    title: tv("summary.detail.title"),
    subtitle: subtitle(a),
    columns: cols,
    body: { count: detailRowCount(a), rows: specRows(cols, detailRows(a), "wrap") },
    freezeCols: 2,
    table: tv("summary.detail.tableName"),
    tabColor: TAB_COLORS.tables,
  });
}
