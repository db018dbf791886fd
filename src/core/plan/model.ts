/**
 * The plan (Kế hoạch) as data: what the parser produces and every other part reads.
 * Names of agencies are kept as the plan writes them (whitespace collapsed, obvious typos
 * mended); resolving them to roster agencies is the roster's job (see roster/match.ts).
 */

/** How often a task is carried out or reported on. `null` when the plan says nothing. */
export type Frequency =
  | "once"
  | "ongoing" // thường xuyên
  | "annual" // hằng năm
  | "semiannual" // định kỳ 6 tháng
  | "quarterly" // hằng quý
  | "monthly" // hằng tháng
  | "per-regulation"; // theo quy định / theo yêu cầu

export interface PlanMeta {
  /** e.g. "4587/KH-UBND" */
  number: string | null;
  /** ISO date of signature, e.g. "2021-12-27" */
  date: string | null;
  /** e.g. "Ủy ban nhân dân tỉnh Kon Tum" */
  issuer: string | null;
  /** e.g. "Kon Tum" */
  place: string | null;
  /** the person who signed, e.g. "Y Ngọc" */
  signer: string | null;
  /** the plan's own title line(s), collapsed */
  title: string | null;
}

/** A content group (nhóm nhiệm vụ), e.g. "1. Tăng cường sự lãnh đạo …". */
export interface Section {
  code: string;
  title: string;
}

/** One task (nhiệm vụ) with its assignment (phân công). */
export interface Task {
  code: string;
  /** code of the section it belongs to ("" when the plan has no groups) */
  section: string;
  /** short title: the first clause of the text */
  title: string;
  /** full text of the task, whitespace collapsed */
  text: string;
  /** bodies that lead (chủ trì), plus implementers named without a lead (see `implement`) */
  lead: string[];
  /** bodies that coordinate (phối hợp) */
  coordinate: string[];
  /**
   * The subset of `lead` named as implementers (triển khai thực hiện) rather than as chủ trì,
   * e.g. the districts after the semicolon in 4.5–4.8. The matrix marks them TH.
   */
  implement: string[];
  /** the time phrase as written, e.g. "Hoàn thành trước ngày 10 tháng 02 năm 2022" */
  deadlineText: string | null;
  /** ISO date when the phrase states one (last day of a quarter or year when only those are named) */
  deadline: string | null;
  frequency: Frequency | null;
  /** expected product (sản phẩm) when an appendix table names one */
  product: string | null;
  /** 1-based line in the normalised source text where the task starts */
  line: number;
  /**
   * "task" (absent means task): a numbered task of the plan; "duty": the block of duties a plan
   * assigns to one agency in its "Tổ chức thực hiện" / "Phân công trách nhiệm" part. Both are
   * rows of the matrix (the agency leads), so templates and checks treat them alike.
   */
  kind?: "task" | "duty";
  /**
   * Why the row needs a person to look at it (cần xem lại): the parser could not place its
   * lead. The row keeps its source text in `text`.
   */
  review?: string | null;
}

/** Who reports to whom and when (chế độ báo cáo), from the organisation section. */
export interface ReportingObligation {
  from: string[];
  to: string[];
  /** "MM-DD" of the yearly due day, e.g. "11-15" */
  dueMonthDay: string | null;
  /**
   * `before` = "trước ngày D" (D itself is late under a strict reading),
   * `by` = "chậm nhất ngày D" / "trước hoặc trong ngày D" (D is the last day).
   */
  dueRule: "before" | "by" | null;
  frequency: Frequency | null;
  /** the obligation also covers ad hoc reports (đột xuất, khi có yêu cầu) */
  adHoc: boolean;
  text: string;
}

export interface Plan {
  meta: PlanMeta;
  sections: Section[];
  tasks: Task[];
  reporting: ReportingObligation[];
  /** the body that collects and consolidates reports (đơn vị đầu mối), when the plan names one */
  focalPoint: string | null;
  /** which shapes the parser recognised, for the user's information */
  shapes: PlanShape[];
}

export type PlanShape =
  | "assignment-lines"
  | "agency-lines"
  | "appendix-table"
  | "item-sentences" // "X chủ trì, phối hợp Y …" at the head of numbered or lettered items
  | "agency-duties" // per-agency duty blocks
  | "schedule"; // dated steps
