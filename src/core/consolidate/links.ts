/**
 * Links inside the summary workbook. The one function that writes a link target, used by the
 * builders that place the cells (sheet-spec.ts): no consumer looks for a column by its header
 * text to add links afterwards.
 */
import { parseAddress, quoteSheetName } from "../grid";

/** A cell of this workbook. */
export interface LinkTarget {
  sheet: string;
  cell: string;
}

/**
 * Where the workbook being written already holds a cell-for-cell copy of a file's report
 * sheet: the summary's own copies (CLI), or the pane's import sheets (NB01 …).
 */
export interface SheetCopy {
  /** the name of the copy in this workbook */
  sheet: string;
  /** the name of the file's sheet it copies: a finding on that sheet links to the same cell of the copy */
  of: string;
}

/** File name (as the checks name it) → where its report sheet is copied. */
export type CopiesByFile = ReadonlyMap<string, SheetCopy>;

/** `#'Sheet name'!A1`, with apostrophes in the name doubled as Excel wants. */
export function internalLink(target: LinkTarget): string {
  return `#${quoteSheetName(target.sheet)}!${target.cell}`;
}

/** The first cell of a file's copy, or null when the file has none. */
export function copyStart(copies: CopiesByFile, file: string | null | undefined): LinkTarget | null {
  const copy = file ? copies.get(file) : undefined;
  return copy ? { sheet: copy.sheet, cell: "A1" } : null;
}

/** The same cell in the file's copy, when the cell is on the sheet that was copied. */
export function copyCell(
  copies: CopiesByFile,
  file: string,
  sheet: string | null,
  cell: string | null,
): LinkTarget | null {
  const copy = copies.get(file);
  const address = cell?.trim().toUpperCase();
  if (!copy || !address || sheet !== copy.of || !parseAddress(address)) return null;
  return { sheet: copy.sheet, cell: address };
}
