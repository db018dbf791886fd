import type { PlanDocument } from "./document";

/**
 * A plan document as plain text, for the text parser: paragraphs separated by a blank line,
 * each table row on one line with its cells separated by " | " (the pasted-table layout the text
 * parser reads). Line breaks inside a cell become spaces so a row stays one line.
 */
export function documentToText(doc: PlanDocument): string {
  return doc.blocks
    .map((b) =>
      b.kind === "paragraph"
        ? b.text
        : b.rows.map((row) => row.map((cell) => cell.replace(/\s*\n\s*/g, " ").trim()).join(" | ")).join("\n"),
    )
    .join("\n\n");
}
