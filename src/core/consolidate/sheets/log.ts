/** Nhật ký: every file imported, in order, with its hash, when it came in and what became of it. */
import type { CellStyle, StreamedSheet } from "../../sheet-model";
import { assertNever } from "../../errors";
import { TAB_COLORS } from "../../palette";
import type { Analysis, CheckedFile, FileState, ImportLogEntry } from "../analyse";
import { specRows, streamedTableSheet, type ColumnSpec } from "../sheet-spec";
import { subtitle, tv } from "../wording";

function stateLabel(state: FileState): { text: string; style: CellStyle } {
  switch (state.kind) {
    case "current":
      return { text: tv("summary.log.current"), style: "good" };
    case "superseded":
      return { text: tv("summary.log.superseded", { file: state.by }), style: "neutral" };
    case "unreadable":
      return { text: tv("summary.log.unreadable"), style: "bad" };
    case "noAgency":
      return { text: tv("summary.log.noAgency"), style: "bad" };
    case "otherPeriod":
      return { text: tv("summary.log.otherPeriod", { period: state.period }), style: "warn" };
    case "wrongPlan":
      return { text: tv("summary.log.wrongPlan", { plan: state.plan }), style: "bad" };
    default:
      return assertNever(state);
  }
}

interface LogRow {
  file: CheckedFile;
  imported: ImportLogEntry | undefined;
  state: { text: string; style: CellStyle };
}

function columns(a: Analysis): ColumnSpec<LogRow>[] {
  return [
    { key: "no", header: "summary.log.col.no", width: 6, style: "number", value: (_, i) => i + 1 },
    { key: "file", header: "summary.log.col.file", width: 34, value: (r) => r.file.file },
    {
      key: "sha",
      header: "summary.log.col.sha",
      width: 30,
      style: "muted",
      value: (r) => r.imported?.sha256 ?? r.file.submission?.sha256 ?? "",
    },
    {
      key: "agency",
      header: "summary.log.col.agency",
      width: 36,
      value: ({ file: c }) => {
        const id = c.submission?.agencyId ?? null;
        return id ? (a.input.roster.byId(id)?.name ?? id) : (c.submission?.agencyName ?? "");
      },
    },
    { key: "period", header: "summary.log.col.period", width: 8, value: (r) => r.file.submission?.period ?? "" },
    {
      key: "received",
      header: "summary.log.col.received",
      width: 12,
      style: "date",
      value: (r) => {
        const iso = a.receivedOf(r.file.file);
        return iso ? { date: iso } : null;
      },
    },
    { key: "imported", header: "summary.log.col.imported", width: 20, value: (r) => r.imported?.importedAt ?? "" },
    {
      key: "state",
      header: "summary.log.col.state",
      width: 34,
      style: (r) => r.state.style,
      value: (r) =>
        a.receivedFromImport(r.file.file) ? `${r.state.text}; ${tv("summary.log.receivedIsImport")}` : r.state.text,
    },
  ];
}

function* logRows(a: Analysis): Generator<LogRow> {
  const importOf = new Map((a.input.imports ?? []).map((i) => [i.file, i]));
  for (const c of a.input.checked) {
    const state = stateLabel(a.fileStates.get(c.file) ?? { kind: "unreadable" });
    yield { file: c, imported: importOf.get(c.file), state };
  }
}

/** The sheet, its rows (one per file) made as they are written. */
export function logSheet(a: Analysis): StreamedSheet {
  const cols = columns(a);
  return streamedTableSheet({
    name: tv("summary.sheet.log"),
    title: tv("summary.log.title"),
    subtitle: subtitle(a),
    columns: cols,
    body: { count: a.input.checked.length, rows: specRows(cols, logRows(a), "wrap") },
    freezeCols: 0,
    autoFilter: "atLeastOneRow",
    tabColor: TAB_COLORS.log,
  });
}
