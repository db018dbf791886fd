/**
 * Where a document's closing begins: the recipients ("Nơi nhận:") or the signer's block
 * ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH") at the start of a line, and the footnote texts
 * ("[1] Ban hành theo …") that follow the signature or sit at the foot of a PDF's pages. What
 * the outline, the organisation section and a text table end at.
 */
// "TM." / "KT." then the capitals of the body or the title, on the same line or the next
// (PDF text often breaks after the abbreviation or drops the space).
const CLOSING = String.raw`^[ \t]*(?:Nơi nhận\s*:|(?:TM|KT)\.(?:[ \t]*\p{Lu}{2}|[ \t]*$))`;

/** The first closing line in a block of text, found with `String.search` (multi-line). */
export const CLOSING_LINE = new RegExp(CLOSING, "mu");

const CLOSING_START = new RegExp(CLOSING, "u");

/** A footnote's text, at the start of a line or paragraph. */
export const FOOTNOTE = /^\s*\[\d{1,3}\]\s/u;

export function isClosingLine(line: string): boolean {
  return CLOSING_START.test(line);
}
