/**
 * Text compared the way a reader compares it: Unicode forms, case, spacing and punctuation do not
 * count ("Trước ngày 15/11/2022" = "trước  ngày 15-11-2022"), letters, tone marks and digits do.
 * Used for prefilled cells an agency retyped, where only a change of words is worth saying.
 */
import { normalizeText } from "../text";

export function looseText(s: string): string {
  return normalizeText(s)
    .toLocaleLowerCase("vi")
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}
