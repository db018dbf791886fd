/**
 * Text from agencies' files (cell values, sheet names) and file names reaches the terminal in
 * `check` and `consolidate`. A terminal obeys escape sequences (colours, cursor moves, OSC 8
 * links, window titles, even clipboard writes), bidi overrides reorder what is shown, and a
 * newline in a file name could print a line that looks like the report's own. So every field
 * is made inert before it is printed, and the whole output is filtered once more at the end.
 */

// ESC followed by a CSI (ESC [ … final byte), an OSC/DCS/SOS/PM/APC string (… BEL or ESC \),
// or a two-byte sequence. Bounded quantifiers: no backtracking blow-up on hostile text.
const ESCAPE_SEQUENCE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /\u001b(?:\[[0-?]{0,64}[ -/]{0,16}[@-~]?|[\]PX^_][^\u0007\u001b]{0,4096}(?:\u0007|\u001b\\)?|[ -/]{0,16}[0-~]?)/g;
// The 8-bit forms: CSI (U+009B) and OSC/DCS/… (U+0090, U+009D–U+009F) with their parameters.
const C1_SEQUENCE =
  // eslint-disable-next-line no-control-regex -- as above
  /\u009b[0-?]{0,64}[ -/]{0,16}[@-~]?|[\u0090\u0098\u009d-\u009f][^\u0007\u009c]{0,4096}[\u0007\u009c]?/g;
// C0 but tab, newline and carriage return (kept only before a newline), DEL, C1, and the
// characters that reorder or hide text: bidi embeddings, overrides and isolates, the Arabic
// letter mark, line/paragraph separators.
const CONTROL_CHARS =
  "\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069";
const CONTROL = new RegExp(`\\r(?!\\n)|[${CONTROL_CHARS}]`, "g");

// Every character that starts something the three patterns above remove (ESC is a C0 control,
// the 8-bit introducers are C1), and CR: text with none of them is already inert, and a check's
// JSON (megabytes for a few thousand files) is then scanned once instead of three times.
const ANYTHING_TO_REMOVE = new RegExp(`[\\r${CONTROL_CHARS}]`);

/** Text for the terminal: escape sequences and controls removed; newlines, CRLF and tabs kept. */
export function terminalText(text: string): string {
  if (!ANYTHING_TO_REMOVE.test(text)) return text;
  return text.replace(ESCAPE_SEQUENCE, "").replace(C1_SEQUENCE, "").replace(CONTROL, "");
}

/**
 * One field inside a report line (a file name, an agency name, a cell value, a message): like
 * terminalText, and line breaks and tabs become one space, so a field can never start a line.
 */
export function terminalField(text: string): string {
  return terminalText(text.replace(/\r\n|[\r\n\t\u0085\u2028\u2029]/g, " "));
}

/**
 * JSON for the terminal or a pipe: JSON.stringify escapes C0 controls; C1 controls, DEL and
 * the bidi characters are escaped here too (\uXXXX), so the data stays whole and nothing acts.
 */
export function escapeJsonControls(json: string): string {
  return json.replace(
    /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
