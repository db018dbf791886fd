/**
 * The name of the one sheet a CSV or an HTML-table ".xls" becomes. Its own module so that the
 * HTML reader, which every read of a returned file loads, does not pull in the CSV parser.
 */
import { safeSheetName } from "../core/sheet-model";

/** The sheet a CSV becomes is named after the file (sheet names hold at most 31 characters). */
export function csvSheetName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  return safeSheetName(base) || "CSV";
}
