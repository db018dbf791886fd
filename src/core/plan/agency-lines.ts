import type { Task } from "./model";
import { cleanPhrase, foldKey } from "../text";
import { splitBodies } from "./names";
import { readAssignmentSentence } from "./assignment";

/**
 * The second shape: under each task, one line per role or time, with "-", "+", "*", "•"
 * or lettered bullets ("a)", "b.").
 *   - Cơ quan chủ trì: Sở Tài chính.
 *   + Cơ quan phối hợp: Sở Kế hoạch và Đầu tư; các đơn vị có liên quan.
 *   * Thời gian thực hiện: Quý II/2023.
 */
export const AGENCY_LINE_RE =
  /^\s*(?:[-+*•–]|[a-zđê][).]|\([a-zđê]\))?\s*((?:Cơ quan|Đơn vị|Tổ chức)(?:,\s*(?:cơ quan|đơn vị|tổ chức))*\s+(?:chủ trì|phối hợp|thực hiện|chủ trì thực hiện)(?:\s+thực hiện)?|Chủ trì|Phối hợp|Thời gian(?:\s+thực hiện|\s+hoàn thành)?|Thời hạn(?:\s+hoàn thành|\s+thực hiện)?|Tiến độ(?:\s+thực hiện)?|Sản phẩm(?:\s+đầu ra)?)\s*:\s*(.*)$/iu;

export function readAgencyLine(task: Task, label: string, value: string): void {
  const key = foldKey(label);
  const text = cleanPhrase(value).replace(/[.;]+$/u, "");
  if (/chu tri/.test(key)) {
    task.lead.push(...splitBodies(text).filter((n) => !task.lead.includes(n)));
  } else if (/phoi hop/.test(key)) {
    task.coordinate.push(...splitBodies(text).filter((n) => !task.coordinate.includes(n)));
  } else if (/thuc hien/.test(key) && /co quan|don vi|to chuc/.test(key) && /chủ trì/u.test(text)) {
    // "Cơ quan thực hiện: X chủ trì, phối hợp với Y": a lead and its coordinators
    const r = readAssignmentSentence(text);
    task.lead.push(...r.lead.filter((n) => !task.lead.includes(n)));
    task.coordinate.push(...r.coordinate.filter((n) => !task.coordinate.includes(n)));
  } else if (/thuc hien/.test(key) && /co quan|don vi|to chuc/.test(key)) {
    const bodies = splitBodies(text);
    task.lead.push(...bodies.filter((n) => !task.lead.includes(n)));
    task.implement.push(...bodies.filter((n) => !task.implement.includes(n)));
  } else if (/san pham/.test(key)) {
    task.product = text || null;
  } else {
    task.deadlineText = text || null;
  }
}
