import type { PlanDocument } from "./document";
import type { Plan } from "./model";
import { parsePlan, type ParseOptions } from "./parse";
import { documentToText } from "./document-text";

/**
 * The plan a document holds. Today through the text parser (tables as " | " rows, which it
 * reads as a pasted table); the document parser (`parsePlanDocument`, which reads tables as
 * tables) replaces this one call when it lands.
 */
export function planFromDocument(doc: PlanDocument, options: ParseOptions = {}): Plan {
  return parsePlan(documentToText(doc), options);
}
