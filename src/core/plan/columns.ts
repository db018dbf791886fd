import { foldKey } from "../text";

/** What a task table's column holds, from its header cell. */
export type Col =
  | "no"
  | "content"
  | "lead"
  | "coordinate"
  | "implement"
  | "time"
  | "start" // "Bắt đầu" under a "Thời gian" header: the end column is the deadline
  | "product"
  | "person"
  | "other";

/**
 * Header cell → column. Variants seen in plans: "Cơ quan / Đơn vị chủ trì (thực hiện và báo
 * cáo)", "Nội dung / Nhiệm vụ", "Thời gian / Thời hạn hoàn thành (được giao tại …)", "Sản phẩm",
 * and a person column ("Lãnh đạo Bộ phụ trách") that names a supervisor, never an agency.
 * Returns null for a cell that is not a header label (so a data cell ends the header).
 */
export function columnOf(label: string): Col | null {
  const k = foldKey(label);
  if (!k || k.length > 90) return null;
  if (/^(stt|tt|so tt|so thu tu)$/u.test(k)) return "no";
  if (/^lanh dao|phu trach$|^(nguoi|can bo) (phu trach|chiu trach nhiem|theo doi)/u.test(k)) return "person";
  if (/chu tri/u.test(k)) return "lead";
  if (/phoi hop/u.test(k)) return "coordinate";
  if (/^(co quan|don vi|co quan don vi)( thuc hien)?$/u.test(k)) return "implement";
  if (/(co quan|don vi) thuc hien/u.test(k)) return "implement";
  if (/^(thoi gian|thoi han|tien do|thoi diem)/u.test(k)) return "time";
  if (/^(bat dau|tu ngay|khoi dong)/u.test(k)) return "start";
  if (/^(ket thuc|hoan thanh|den ngay)$/u.test(k)) return "time";
  if (/^san pham|san pham$|^ket qua/u.test(k)) return "product";
  if (/^(noi dung|nhiem vu|ten nhiem vu|ten|cong viec|hoat dong)/u.test(k)) return "content";
  if (
    /^(ghi chu|kinh phi|nguon|du toan|hinh thuc|cap trinh|cap ban hanh|co quan ban hanh|loai van ban|don vi tinh|chi tieu|muc tieu)/u.test(
      k,
    )
  )
    return "other";
  return null;
}

/** Cells of one text line of a pasted table (tabs or "|"), or null when it is not one. */
export function splitCells(line: string): string[] | null {
  if (line.includes("\t")) return line.split("\t").map((c) => c.trim());
  if ((line.match(/\|/gu) ?? []).length >= 2) {
    const cells = line.split("|").map((c) => c.trim());
    if (line.trim().startsWith("|")) cells.shift();
    if (line.trim().endsWith("|")) cells.pop();
    return cells;
  }
  return null;
}

/**
 * A two-level header: parents ("Cơ quan thực hiện", "Thời gian") spanning sub-columns ("Chủ
 * trì", "Phối hợp"; "Bắt đầu", "Kết thúc"). Given the parent row and the sub-row in reading
 * order, returns the header as the data rows see it: each parent replaced by its sub-columns.
 */
export function mergeHeaderRows(top: string[], sub: string[]): string[] {
  const out: string[] = [];
  let k = 0;
  for (const cell of top) {
    const c = columnOf(cell);
    const takes = (x: Col | null) =>
      c === "implement" ? x === "lead" || x === "coordinate" : c === "time" ? x === "start" || x === "time" : false;
    if ((c === "implement" || c === "time") && k < sub.length && takes(columnOf(sub[k]!))) {
      while (k < sub.length && takes(columnOf(sub[k]!))) out.push(sub[k++]!);
    } else out.push(cell);
  }
  return [...out, ...sub.slice(k)];
}

/** The bare labels of a sub-header row: "Chủ trì", "Phối hợp", "Bắt đầu", "Kết thúc". */
export function isBareSubLabel(cell: string): boolean {
  return /^(chu tri|phoi hop|bat dau|ket thuc|hoan thanh|tu ngay|den ngay)$/u.test(foldKey(cell));
}
