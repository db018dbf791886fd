/**
 * The sheets that hold imported returns ("NB …", nhập báo cáo): what they are called and where
 * they stand among the workbook's tabs. Shared by the pane's import and any writer of copies, so
 * that every path names and orders them alike.
 */
import { MAX_SHEET_NAME, safeSheetName } from "./sheet-model";

/** Prefix of the sheet that holds one imported submission. */
export const IMPORT_PREFIX = "NB";

/** Excel compares sheet names without case; Vietnamese capitals fold as the workbook's language does. */
export const sheetKey = (name: string): string => name.normalize("NFC").toLocaleLowerCase("vi");

/**
 * "NB <agency>": the agency's short name (or, when the sender is not known, what the file calls
 * itself), within Excel's 31 UTF-16 units, without []:*?/\ or control characters, and unique
 * among `taken` (compared as Excel does), which it extends. A second file of one agency, or two
 * agencies whose names agree in their first 31 characters, get " (2)", " (3)" … inside the limit.
 */
export function importSheetName(label: string, taken: Set<string>): string {
  const text = label
    .normalize("NFC")
    // control characters and line breaks of a file or header text are not part of a tab name
    .replace(/\p{Cc}+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  const base = safeSheetName(`${IMPORT_PREFIX} ${text}`, " ").replace(/\s+/g, " ").trim();
  if (!taken.has(sheetKey(base))) {
    taken.add(sheetKey(base));
    return base;
  }
  // Numbering resumes where it stopped for this base (`taken` only grows), so a thousand files
  // of one agency stay linear.
  let next = NEXT_SUFFIX.get(taken);
  if (!next) NEXT_SUFFIX.set(taken, (next = new Map()));
  for (let n = next.get(sheetKey(base)) ?? 2; ; n++) {
    const suffix = ` (${n})`;
    const name = cutTo(base, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(sheetKey(name))) {
      taken.add(sheetKey(name));
      next.set(sheetKey(base), n + 1);
      return name;
    }
  }
}

const NEXT_SUFFIX = new WeakMap<Set<string>, Map<string, number>>();

/** The text cut to `room` UTF-16 units, never between the two halves of a letter outside the BMP. */
function cutTo(text: string, room: number): string {
  let out = "";
  for (const ch of text) {
    if (out.length + ch.length > room) break;
    out += ch;
  }
  return out.trimEnd();
}

/**
 * The order of the tabs with the import sheets together: the other sheets keep their order, and
 * the import sheets (in the order given: the order they were imported) stand as one block where
 * the first of them stood, but never after the first output sheet (check results, summary): an
 * import made after a summary joins the others before it. With no import sheet yet and no
 * output sheet, the block goes last, where Excel adds a new sheet.
 */
export function orderWithImportsTogether(
  current: readonly string[],
  imports: readonly string[],
  outputs: readonly string[],
): string[] {
  const isImport = new Set(imports.map(sheetKey));
  const isOutput = new Set(outputs.map(sheetKey));
  const present = new Set(current.map(sheetKey));
  const block = imports.filter((n) => present.has(sheetKey(n)));
  const rest: string[] = [];
  let firstImportAt = -1;
  for (const name of current) {
    if (isImport.has(sheetKey(name))) {
      if (firstImportAt < 0) firstImportAt = rest.length;
    } else rest.push(name);
  }
  const firstOutputAt = rest.findIndex((n) => isOutput.has(sheetKey(n)));
  const candidates = [firstImportAt, firstOutputAt].filter((i) => i >= 0);
  const at = candidates.length > 0 ? Math.min(...candidates) : rest.length;
  return [...rest.slice(0, at), ...block, ...rest.slice(at)];
}

/**
 * Names Excel gives the sheet of a new workbook, in the languages officials' Excel runs in
 * ("Sheet1", "Trang_tính1" …). Only such a sheet, and only when it holds nothing, is tidied away.
 */
const STARTER_SHEET =
  /^(sheet|trang_tính|trang tính|feuil|tabelle|hoja|foglio|planilha|plan|blad|arkusz|лист)\d{1,3}$/iu;

export function isStarterSheetName(name: string): boolean {
  return STARTER_SHEET.test(name.normalize("NFC"));
}
