import { FORBIDDEN_SHEET_CHARS, MAX_SHEET_NAME } from "../../core/sheet-model";

/** Sheet names Excel refuses: too long, empty, or with []:*?/\ in them. */
export function sheetNameProblem(name: string): string | null {
  if (name.length === 0) return "empty";
  if (name.length > MAX_SHEET_NAME) return "longer than 31 characters";
  if (FORBIDDEN_SHEET_CHARS.test(name)) return "contains one of []:*?/\\";
  if (name.startsWith("'") || name.endsWith("'")) return "starts or ends with an apostrophe";
  return null;
}
