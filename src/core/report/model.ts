import type { ReportedStatus, HeaderFieldKey, ColumnKey } from "../template/layout";
import type { Role } from "../matrix-model";
import type { Finding } from "./findings";

/**
 * A submission (báo cáo của đơn vị) as read from a returned workbook or CSV, before and after
 * checking. Produced by the reader (core/report/read.ts) from a WorkbookData.
 */

/** Where a value came from, so every message can point at the exact cell. */
export interface CellRef {
  file: string;
  sheet: string;
  /** A1 address */
  cell: string;
}

/** How the agency and period were identified. */
export type IdentitySource = "metadata" | "header" | "fileName" | "none";

export interface ReportLine {
  /** 1-based row in the sheet */
  row: number;
  taskCode: string | null;
  role: Role | null;
  status: ReportedStatus | null;
  /** ISO date */
  completedOn: string | null;
  result: string;
  difficulties: string;
  proposals: string;
  notes: string;
  /** raw text of each column as found, for the summary and provenance */
  cells: Partial<Record<ColumnKey, CellRef>>;
}

export interface Submission {
  file: string;
  /** SHA-256 of the file's bytes, hex; filled by the adapter that read the bytes */
  sha256: string | null;
  sheet: string;
  agencyId: string | null;
  agencyName: string | null;
  /** e.g. "2022" */
  period: string | null;
  identifiedBy: IdentitySource;
  planNumber: string | null;
  templateVersion: string | null;
  /** ISO date the agency wrote as its report date */
  reportDate: string | null;
  /** ISO date the focal point received the file (given per file; defaults to reportDate) */
  receivedOn: string | null;
  header: Partial<Record<HeaderFieldKey, { value: string; ref: CellRef }>>;
  lines: ReportLine[];
}

/**
 * One finding of a check, as data: a typed code with its own parameters (findings.ts). The
 * message text lives in the translation files (core/i18n/check.ts), keyed by `code`.
 */
export type CheckIssue = Finding;

/** How a task stands, judged against its deadline and the as-of date (trạng thái đánh giá). */
export type AssessedStatus =
  | "doneOnTime" // Hoàn thành đúng hạn
  | "doneLate" // Hoàn thành quá hạn
  | "inProgressOnTime" // Đang thực hiện trong hạn
  | "overdue" // Quá hạn chưa hoàn thành
  | "ongoing" // Đang triển khai thường xuyên
  | "noReport"; // Chưa có báo cáo

/** Whether the submission itself came in on time against the plan's reporting due date. */
export type Timeliness = "onTime" | "late" | "missing";
