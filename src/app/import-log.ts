/**
 * The very hidden import log `_kehoach_imports`: one row per imported file, with its provenance
 * and the metadata of the template it came from, one column per metadata key (plain cells, no
 * JSON to parse back). Earlier rows are never changed by a later import.
 */
import type { Cell, Sheet } from "../core/grid";
import type { OutRow, OutSheet } from "../core/sheet-model";
import { META_KEYS, type MetaKey } from "../core/template/layout";
import type { WorkbookPort } from "../core/ports/workbook";
import { localTimeOf } from "../core/local-time";

export const IMPORTS_SHEET = "_kehoach_imports";

/** One line of the hidden import log. */
export interface ImportRecord {
  /** the NB sheet holding the copy: unique in the workbook */
  sheet: string;
  /** the file name as received */
  file: string;
  /** the sheet of the file the report was in (findings name it) */
  originalSheet: string;
  receivedOn: string;
  sha256: string;
  /** Vietnam's time, "yyyy-mm-dd hh:mm:ss" (src/core/local-time.ts) */
  importedAt: string;
  meta: Partial<Record<MetaKey, string>>;
  /**
   * The agency and period the reader found in the file at import (also for files without the
   * template's metadata): a later file of the same pair is shown as replacing this one.
   * Absent in logs written before they were recorded.
   */
  agencyId?: string;
  period?: string;
  /** the report date the file carries, to tell a newer version from an older one */
  reportDate?: string;
}

/** Internal column names of a sheet only code reads (very hidden). */
const FIXED_COLUMNS = ["Sheet", "Tệp", "Sheet gốc", "Ngày nhận", "SHA-256", "Thời điểm nhập"] as const;
/** Found by name, after the metadata, so that older logs (without them) still read. */
const AGENCY_COLUMN = "Đơn vị nhận ra";
const PERIOD_COLUMN = "Kỳ nhận ra";
const REPORT_DATE_COLUMN = "Ngày báo cáo";

export function importsSheet(records: readonly ImportRecord[]): OutSheet {
  const header = [...FIXED_COLUMNS, ...META_KEYS, AGENCY_COLUMN, PERIOD_COLUMN, REPORT_DATE_COLUMN];
  return {
    name: IMPORTS_SHEET,
    columns: header.map(() => ({ width: 20 })),
    rows: [
      { cells: header, style: "header" },
      ...records.map((r): OutRow => ({
        cells: [
          r.sheet,
          r.file,
          r.originalSheet,
          r.receivedOn,
          r.sha256,
          r.importedAt,
          ...META_KEYS.map((k) => r.meta[k] ?? ""),
          r.agencyId ?? "",
          r.period ?? "",
          r.reportDate ?? "",
        ],
      })),
    ],
  };
}

function str(c: Cell | undefined): string {
  return typeof c === "string" ? c : c === null || c === undefined ? "" : String(c);
}

/** The log as written; an empty list when nothing was imported into this workbook. */
export async function readImports(port: WorkbookPort): Promise<ImportRecord[]> {
  const [sheet] = await port.readSheets([IMPORTS_SHEET]);
  return importsFromSheet(sheet);
}

/** The log's records from its sheet as read (none when the sheet is missing). */
export function importsFromSheet(sheet: Sheet | undefined): ImportRecord[] {
  if (!sheet) return [];
  // Metadata columns are found by their key, so a log with other or fewer columns still reads;
  // a file without metadata is then identified by its header, as the checks do for any file.
  const header = (sheet.rows[0] ?? []).map(str);
  const metaCols = META_KEYS.map((k) => [k, header.indexOf(k)] as const).filter(([, col]) => col >= 0);
  const agencyCol = header.indexOf(AGENCY_COLUMN);
  const periodCol = header.indexOf(PERIOD_COLUMN);
  const reportDateCol = header.indexOf(REPORT_DATE_COLUMN);
  return sheet.rows.slice(1).flatMap((r): ImportRecord[] => {
    if (!str(r[0])) return [];
    const meta: ImportRecord["meta"] = {};
    for (const [k, col] of metaCols) if (str(r[col])) meta[k] = str(r[col]);
    return [
      {
        sheet: str(r[0]),
        file: str(r[1]),
        originalSheet: str(r[2]),
        receivedOn: str(r[3]),
        sha256: str(r[4]),
        // logs written before times were local hold raw UTC instants
        importedAt: localTimeOf(str(r[5])),
        meta,
        ...(agencyCol >= 0 && str(r[agencyCol]) ? { agencyId: str(r[agencyCol]) } : {}),
        ...(periodCol >= 0 && str(r[periodCol]) ? { period: str(r[periodCol]) } : {}),
        ...(reportDateCol >= 0 && str(r[reportDateCol]) ? { reportDate: str(r[reportDateCol]) } : {}),
      },
    ];
  });
}

/** The agency and period an import is known by: found at import, else its template's metadata. */
export function identityOf(r: ImportRecord): { agencyId: string | null; period: string | null } {
  return { agencyId: r.agencyId || r.meta.agencyId || null, period: r.period || r.meta.period || null };
}

/**
 * The name the checks, the summary and the links know an import by. Two agencies may send files
 * with the same name (or one agency a corrected file under the old name); the NB sheet is unique
 * in the workbook, so the pair tells them apart and still shows the file the officer received.
 */
export function importKey(r: Pick<ImportRecord, "file" | "sheet">): string {
  return `${r.file} [${r.sheet}]`;
}
