import type { AssessedStatus } from "../report/model";
import type { CellStyle } from "../sheet-model";

/** The cell style of each assessed status, the same on every sheet that shows one. */
export const STATUS_STYLE: Record<AssessedStatus, CellStyle> = {
  doneOnTime: "good",
  doneLate: "warn",
  inProgressOnTime: "warn",
  overdue: "bad",
  ongoing: "info",
  noReport: "neutral",
};
