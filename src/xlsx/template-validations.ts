/** The template's data validations: real dates, e-mail addresses, and lists kept on the lists sheet. */
import type ExcelJS from "exceljs";
import { LISTS_LAYOUT, LISTS_SHEET, ROLE_LABELS, STATUS_LABELS } from "../core/template/layout";
import { columnLetters, quoteSheetName } from "../core/grid";
import { dateFromIso } from "./convert";

/** Date validation accepts this range; outside it is surely a typing slip. */
const DATE_MIN = dateFromIso("2000-01-01");
const DATE_MAX = dateFromIso("2100-12-31");

const STATUS_LIST_COUNT = Object.keys(STATUS_LABELS).length;
const ROLE_LIST_COUNT = Object.keys(ROLE_LABELS).length;

/** Absolute reference to a column of the lists sheet, e.g. `'Danh mục'!$A$2:$A$4`. */
export function listRange(col: number, count: number): string {
  const letter = columnLetters(col);
  const first = LISTS_LAYOUT.firstRow + 1;
  return `${quoteSheetName(LISTS_SHEET)}!$${letter}$${first}:$${letter}$${first + count - 1}`;
}
export const STATUS_LIST_RANGE = listRange(LISTS_LAYOUT.statusCol, STATUS_LIST_COUNT);
export const ROLE_LIST_RANGE = listRange(LISTS_LAYOUT.roleCol, ROLE_LIST_COUNT);

export function dateValidation(): ExcelJS.DataValidation {
  return {
    type: "date",
    operator: "between",
    allowBlank: true,
    formulae: [DATE_MIN, DATE_MAX],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: "Ngày không hợp lệ",
    error: "Nhập ngày theo dạng dd/mm/yyyy, ví dụ 15/11/2022.",
    showInputMessage: true,
    promptTitle: "Ngày",
    prompt: "Dạng dd/mm/yyyy, ví dụ 15/11/2022",
  };
}

/** A light check while typing ("@" and a dot after it); the checks do the real one on return. */
export function emailValidation(address: string): ExcelJS.DataValidation {
  return {
    type: "custom",
    allowBlank: true,
    formulae: [`AND(ISNUMBER(SEARCH("@",${address})),ISNUMBER(SEARCH(".",${address},SEARCH("@",${address}))))`],
    showErrorMessage: true,
    errorStyle: "warning",
    errorTitle: "Email chưa đúng",
    error: "Địa chỉ email có dạng ten@donvi.gov.vn.",
  };
}

export function listValidation(range: string, what: string): ExcelJS.DataValidation {
  return {
    type: "list",
    allowBlank: true,
    formulae: [range],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: `${what} không hợp lệ`,
    error: `Chọn một giá trị trong danh sách (sheet ${LISTS_SHEET}).`,
  };
}
