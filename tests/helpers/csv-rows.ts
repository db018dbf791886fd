import Papa from "papaparse";

/**
 * The rows of a CSV file as LibreOffice writes it (`--convert-to csv`): "," between fields, '"'
 * quotes that may hold commas, quotes and line breaks. Empty rows stay (their place is a row
 * number); the line break that ends the file makes no row of its own.
 */
export function csvRows(text: string): string[][] {
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: false }).data;
  const last = rows[rows.length - 1];
  if (last && last.length === 1 && last[0] === "" && /\r?\n$/.test(text)) rows.pop();
  return rows;
}
