/**
 * A plan as it arrives, before parsing: a sequence of blocks in reading order. Text files become
 * paragraphs (and tables when the text lays one out); a Word file keeps its own paragraphs and
 * tables; a PDF's text layer becomes paragraphs, and tables where its columns line up. The parser
 * reads this, never a file format, so every reader feeds the same parser.
 */
export type PlanBlock = PlanParagraph | PlanTable;

export interface PlanParagraph {
  kind: "paragraph";
  /** the paragraph's text; line breaks inside it are kept as "\n" */
  text: string;
}

export interface PlanTable {
  kind: "table";
  /** rows of cells in document order; a cell's own paragraphs are joined with "\n" */
  rows: string[][];
}

export interface PlanDocument {
  blocks: PlanBlock[];
  /** where it came from, for messages: "txt" | "docx" | "pdf" | "csv" | "xlsx" */
  source: "txt" | "docx" | "pdf" | "csv" | "xlsx";
}
