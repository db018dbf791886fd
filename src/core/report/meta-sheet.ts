/** The template's hidden metadata sheet (plan, agency, period, version, fingerprint), when it survived. */
import type { Sheet, WorkbookData } from "../grid";
import { foldKey } from "../text";
import { META_KEYS, META_SHEET, type MetaKey } from "../template/layout";
import { cellText } from "./values";

const META_KEY = foldKey(META_SHEET);

// Sheet names repeat from file to file ("Báo cáo", "Hướng dẫn" …) and every check asks: the
// answer per name is kept, the list cleared when a batch of odd names would make it grow.
const knownNames = new Map<string, boolean>();

/** The template's hidden metadata sheet, whatever case or marks a re-save gave its name. */
export function isMetaSheet(s: Sheet): boolean {
  if (s.name === META_SHEET) return true;
  let is = knownNames.get(s.name);
  if (is === undefined) {
    if (knownNames.size >= 1000) knownNames.clear();
    is = foldKey(s.name) === META_KEY;
    knownNames.set(s.name, is);
  }
  return is;
}

/** The template's metadata (plan, agency, period, version, fingerprint …), as far as it is known. */
export type TemplateMeta = Partial<Record<MetaKey, string>>;

export function readMeta(wb: WorkbookData): TemplateMeta | null {
  const sheet = wb.sheets.find(isMetaSheet);
  if (!sheet) return null;
  const meta: Partial<Record<MetaKey, string>> = {};
  for (const row of sheet.rows) {
    const k = cellText(row[0]);
    const v = cellText(row[1]);
    if ((META_KEYS as readonly string[]).includes(k) && v !== "") meta[k as MetaKey] = v;
  }
  return meta;
}
