/**
 * From a workbook as read (any reader: ExcelJS, Office.js, CSV) to a Submission: the
 * agency, the period, the header values and one line per task, each value pointing back at
 * its cell. Reading never throws on what an agency sent: what it cannot make sense of
 * becomes an issue.
 */
import { cellAddress, type WorkbookData } from "../grid";
import type { TemplateMeta } from "./meta-sheet";
import { HEADER_FIELDS, type ColumnKey, type HeaderFieldKey } from "../template/layout";
import type { CellRef, CheckIssue, IdentitySource, ReportLine, Submission } from "./model";
import type { ReportContext } from "./context";
import { makeIssue } from "./context";
import { locateReport } from "./locate";
import type { LocatedReport } from "./located";
import { isMetaSheet } from "./meta-sheet";
import { agencyFromFileName, agencyFromName, periodFromFileName } from "./identity";
import { cellLongText, cellText, readDate, readPeriod, readRole, readStatus } from "./values";
import type { Agency } from "../roster/model";
import { t } from "../i18n";

export interface ReadResult {
  submission: Submission | null;
  issues: CheckIssue[];
}

export interface LocatedRead extends ReadResult {
  located: LocatedReport | null;
}

export interface ReadOptions {
  sha256?: string;
  receivedOn?: string;
  /** the template's metadata when known apart from the file (see CheckInputFile.meta) */
  meta?: TemplateMeta;
}

/** Reads a submission; see `readLocated` for the located parts the checks use. */
export function readSubmission(wb: WorkbookData, ctx: ReportContext, options: ReadOptions = {}): ReadResult {
  const { submission, issues } = readLocated(wb, ctx, options);
  return { submission, issues };
}

export function readLocated(wb: WorkbookData, ctx: ReportContext, options: ReadOptions = {}): LocatedRead {
  const located = locateReport(wb, options.meta);
  if (!located) {
    return {
      submission: null,
      located: null,
      issues: [
        makeIssue({ wb, submission: null }, "table-not-found", "error", { sheet: null }, { sheets: wb.sheets.length }),
      ],
    };
  }
  const sheetName = located.sheet.name;
  const ref = (row: number, col: number): CellRef => ({
    file: wb.fileName,
    sheet: sheetName,
    cell: cellAddress(row, col),
  });

  const header: Submission["header"] = {};
  for (const f of HEADER_FIELDS) {
    const h = located.header[f.key];
    if (!h) continue;
    header[f.key] = { value: f.type === "date" ? dateText(h.raw) : cellText(h.raw), ref: ref(h.valueRow, h.valueCol) };
  }

  const id = identify(wb, located, header, ctx);
  const columns = Object.entries(located.columns);
  const lines = located.lines.map((l): ReportLine => {
    const cells: Partial<Record<ColumnKey, CellRef>> = {};
    for (const [key, col] of columns) cells[key as ColumnKey] = ref(l.row, col.col);
    const status = readStatus(l.cells.status);
    const role = readRole(l.cells.role);
    const completed = readDate(l.cells.completedOn);
    return {
      row: l.row + 1,
      taskCode: l.taskCode,
      role: role.ok ? role.value : null,
      status: status.ok ? status.value : null,
      completedOn: completed.kind === "ok" ? completed.iso : null,
      result: cellLongText(l.cells.result),
      difficulties: cellLongText(l.cells.difficulties),
      proposals: cellLongText(l.cells.proposals),
      notes: cellLongText(l.cells.notes),
      cells,
    };
  });

  const reportDateRaw = located.header.reportDate?.raw;
  const reportDate = reportDateRaw !== undefined ? readDate(reportDateRaw) : ({ kind: "empty" } as const);
  const reportIso = reportDate.kind === "ok" ? reportDate.iso : null;
  const submission: Submission = {
    file: wb.fileName,
    sha256: options.sha256 ?? null,
    sheet: sheetName,
    agencyId: id.agency?.id ?? null,
    agencyName: id.agency?.name ?? null,
    period: id.period,
    identifiedBy: id.source,
    planNumber: located.meta?.plan ?? (header.plan?.value || null),
    templateVersion: located.meta?.templateVersion ?? null,
    reportDate: reportIso,
    receivedOn: options.receivedOn ?? reportIso,
    header,
    lines,
  };

  const issues: CheckIssue[] = [];
  const base = { wb, submission };
  if (id.source === "none") {
    // Two different troubles for the focal point: a metadata sheet that survived but names an
    // agency the roster no longer has (roster edited after the templates went out), or no
    // metadata at all (the agency copied the table into another workbook).
    const metaId = located.meta?.agencyId;
    const why = metaId
      ? { key: "check.reason.metaAgencyNotInRoster", params: { id: metaId } }
      : { key: "check.reason.noMetaSheet", params: {} };
    issues.push(
      makeIssue(
        base,
        "agency-unknown",
        "error",
        { cell: header.agency?.ref.cell ?? null, field: "agency", value: header.agency?.value || null },
        {
          file: wb.fileName,
          // Already text in each language (the id goes inside it), like an adapter's own message.
          reason: t("vi", why.key as "check.reason.noMetaSheet", why.params),
          reason_en: t("en", why.key as "check.reason.noMetaSheet", why.params),
          ...(metaId ? { metaAgencyId: metaId } : {}),
        },
      ),
    );
  } else {
    issues.push(
      makeIssue(
        base,
        "identified-by",
        "info",
        { sheet: id.source === "metadata" ? id.metaSheet : sheetName },
        { source: id.source, agency: id.agency?.name ?? "" },
      ),
    );
  }
  return { submission, issues, located };
}

function dateText(raw: Parameters<typeof readDate>[0]): string {
  const d = readDate(raw);
  return d.kind === "ok" ? d.iso : cellText(raw);
}

interface Identity {
  agency: Agency | null;
  period: string | null;
  source: IdentitySource;
  metaSheet: string | null;
}

/** Metadata first, then the header block, then the file name; the first that names an agency wins. */
function identify(
  wb: WorkbookData,
  located: LocatedReport,
  header: Partial<Record<HeaderFieldKey, { value: string }>>,
  ctx: ReportContext,
): Identity {
  const metaSheet = wb.sheets.find(isMetaSheet)?.name ?? null;
  const metaAgency = located.meta?.agencyId ? (ctx.roster.byId(located.meta.agencyId) ?? null) : null;
  const headerAgency = header.agency ? agencyFromName(header.agency.value, ctx.roster) : null;
  const headerPeriod = header.period ? readPeriod(header.period.value) : null;
  const metaPeriod = located.meta?.period ? (readPeriod(located.meta.period) ?? located.meta.period) : null;
  const filePeriod = periodFromFileName(wb.fileName);
  const period = metaPeriod ?? headerPeriod ?? filePeriod;
  if (metaAgency) return { agency: metaAgency, period, source: "metadata", metaSheet };
  if (headerAgency) return { agency: headerAgency, period: headerPeriod ?? filePeriod, source: "header", metaSheet };
  const fileAgency = agencyFromFileName(wb.fileName, ctx.roster);
  if (fileAgency) return { agency: fileAgency, period: headerPeriod ?? filePeriod, source: "fileName", metaSheet };
  return { agency: null, period, source: "none", metaSheet };
}
