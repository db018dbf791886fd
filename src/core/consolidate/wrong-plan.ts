/**
 * How the summary shows a return for another plan or plan version (sai kế hoạch): the agency
 * is listed on `Tình hình nộp báo cáo` with "Sai kế hoạch" and the file, yet it counts as not
 * submitted, is in no task's figures, and its reminder says why (see analyse.ts).
 */
import { t, type MessageKey, type Params } from "../i18n";
import type { CellStyle, OutValue } from "../sheet-model";
import type { AgencyStanding } from "./analyse";

const tv = (key: MessageKey, params?: Params) => t("vi", key, params);

/** The "Đã gửi" cell: Có, Sai kế hoạch (only a return for another plan), or Không. */
export function submittedCell(st: AgencyStanding): { text: string; style: CellStyle | undefined } {
  if (st.current) return { text: tv("summary.subs.yes"), style: undefined };
  if (st.wrongPlan.length > 0) return { text: tv("summary.subs.wrongPlan"), style: "bad" };
  return { text: tv("summary.subs.no"), style: undefined };
}

/** The file cell when the agency sent only returns for another plan: the latest of them, plain. */
export function wrongPlanFile(st: AgencyStanding): OutValue {
  return st.current || st.wrongPlan.length === 0 ? null : st.wrongPlan[st.wrongPlan.length - 1]!.file;
}

/** One note per return for another plan: which file, which plan it names. */
export function wrongPlanNotes(st: AgencyStanding): string[] {
  return st.wrongPlan.map((c) =>
    tv("summary.subs.wrongPlanNote", { file: c.file, plan: c.submission?.planNumber ?? "" }),
  );
}
