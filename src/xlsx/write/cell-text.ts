/**
 * Cell text as worksheet XML character data: clipped to what a cell holds, line ends as LF,
 * the XML specials escaped, and characters XML cannot carry written as Excel's `_xHHHH_`.
 */
import { MAX_CELL_TEXT, clipCellText } from "../../core/sheet-model";
import { xmlEscape } from "../xlsx-parts";

// XML 1.0 refuses C0 controls other than tab, LF and CR, and U+FFFE/U+FFFF; Excel writes them as _xHHHH_.
const NOT_XML_CHARS = "\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF";
const NOT_XML = new RegExp(`[${NOT_XML_CHARS}]`, "g");
/** A literal "_x0041_" in the text would be read back as "A": its underscore is escaped as _x005F_. */
const LOOKS_ESCAPED = /_(x[0-9A-Fa-f]{4}_)/g;

// Any character that one of the steps below would change (CR, the XML specials, "_" that may
// start a literal _xHHHH_, what XML cannot carry): a text with none of them, and short enough
// not to be clipped, is its own XML, and most cells are such text.
const NEEDS_WORK = new RegExp(`[\\r&<>"_${NOT_XML_CHARS}]`);

/** Cell text as XML character data. */
export function cellText(text: string): string {
  if (text.length <= MAX_CELL_TEXT && !NEEDS_WORK.test(text)) return text;
  return xmlEscape(
    clipCellText(text)
      .replace(LOOKS_ESCAPED, "_x005F_$1")
      .replace(NOT_XML, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`),
  );
}
