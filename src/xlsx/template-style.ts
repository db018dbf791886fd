/** The look the template shares across its sheets: Times New Roman, and row heights that show wrapped text. */
import type ExcelJS from "exceljs";

export const TEXT_FORMAT = "@";

/**
 * Times New Roman, the typeface of Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP),
 * named on every cell we style: a style without a name makes LibreOffice lay text out in one
 * font and print it in another, cutting wrapped lines.
 */
export const FONT_NAME = "Times New Roman";
export function font(f: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> {
  return { name: FONT_NAME, size: 11, ...f };
}

/** Rough row height so wrapped text shows without the user resizing (Excel does not auto-fit on open). */
export function wrappedHeight(texts: { text: string; width: number }[]): number {
  let lines = 1;
  for (const { text, width } of texts) {
    // Times New Roman 11 fits about one character per unit of column width, less what word wrap leaves.
    const perLine = Math.max(1, Math.floor(width * 0.95));
    const n = text.split("\n").reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
    lines = Math.max(lines, n);
  }
  return Math.min(409, 15 * lines + 3);
}
