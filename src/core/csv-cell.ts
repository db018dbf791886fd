/**
 * Writing CSV cells: the one place every CSV the project writes goes through (the plan's
 * matrix of `kehoach plan --format csv`, the demo's returned file), so none can carry a
 * formula into the spreadsheet that opens it.
 *
 * CSV injection (OWASP): Excel and LibreOffice read a cell that begins with `=`, `+`, `-` or
 * `@` as a formula (`=cmd|' /C calc'!A0`, `=HYPERLINK(…)`), and a leading tab or carriage
 * return hides such a start from a naive check. Plan texts and agencies' answers come from
 * outside, so such cells are written with a leading single quote: the spreadsheet shows the
 * text, evaluates nothing, and the quote says the cell was made inert.
 */

/** Characters that make a spreadsheet read a cell as a formula (or hide such a start). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell made inert: a leading `'` when it begins with `=`, `+`, `-`, `@`, tab or CR. */
export function neutraliseCsvCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * The inverse, for the CSV reader: a cell `'=…` (or `'+…`, `'-…`, `'@…`, quote-tab, quote-CR,
 * and quote-LF, which the reader makes of a CR) is a neutralised one and its text is what
 * follows the quote. Other quotes are kept.
 */
export function restoreCsvCell(text: string): string {
  return text.length > 1 && text[0] === "'" && /^[=+\-@\t\r\n]/.test(text.slice(1)) ? text.slice(1) : text;
}

/**
 * One CSV field: neutralised, then quoted (RFC 4180) when it holds the delimiter, a quote or a
 * line break, so names with commas ("Sở Văn hóa, Thể thao và Du lịch") stay in one field. In a
 * "," file a ";" is quoted too: Excel on a Vietnamese Windows splits on ";". In a ";" file
 * commas stay bare, as Excel writes them.
 */
export function csvField(value: string | number | null, delimiter = ","): string {
  const s = value === null ? "" : typeof value === "number" ? String(value) : neutraliseCsvCell(value);
  const special = s.includes(delimiter) || /["\n\r]/.test(s) || (delimiter === "," && s.includes(";"));
  return special ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows as CSV text, CRLF line ends (what Excel writes), a final line break. */
export function csvText(rows: readonly (readonly (string | number | null)[])[], delimiter = ","): string {
  return rows.map((r) => r.map((v) => csvField(v, delimiter)).join(delimiter)).join("\r\n") + "\r\n";
}
