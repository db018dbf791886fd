import JSZip from "jszip";
import type { PlanDocument } from "../core/plan/document";
import { UserError } from "../core/errors";
import { inspectZip } from "../xlsx/zip-inspect";
import { withDefaults, type ReadLimits } from "../xlsx/limits";
import { readNumbering, readStyleNumbering } from "./numbering";
import { DocumentTooLong, readDocumentXml } from "./document-xml";
import { XmlMalformed } from "./xml";

/** A plan is tens of thousands of characters; ten million is no plan. */
export const MAX_PLAN_CHARS = 10_000_000;

/** Plans are small: the zip limits are a tenth of a submission's. */
export const DOCX_LIMITS: Partial<ReadLimits> = {
  maxUncompressedBytes: 50 * 1024 * 1024,
  ratioFloorBytes: 5 * 1024 * 1024,
  maxZipEntries: 2_000,
};

/**
 * Reads a Word document (.docx) as a plan document: paragraphs in order and Word tables as
 * tables. The zip is checked (sizes measured, not trusted; encryption) before anything is
 * inflated, and the XML is walked by a streaming parser that expands no entity.
 */
export async function readDocx(bytes: Uint8Array, fileName: string): Promise<PlanDocument> {
  const limits = withDefaults(DOCX_LIMITS);
  try {
    await inspectZip(bytes, fileName, limits);
  } catch (e) {
    throw planZipError(e, fileName);
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw new UserError("planFile.damaged", { file: fileName, detail: detailOf(e) });
  }
  const part = (name: string) => zip.file(name) ?? zip.file(name.replace(/^word\//, "Word/"));
  const main = part("word/document.xml");
  if (!main) throw new UserError("planFile.unknownZip", { file: fileName });
  try {
    const [documentXml, numberingXml, stylesXml] = await Promise.all([
      main.async("string"),
      part("word/numbering.xml")?.async("string") ?? null,
      part("word/styles.xml")?.async("string") ?? null,
    ]);
    const blocks = readDocumentXml(documentXml, {
      numbering: readNumbering(numberingXml),
      styleNumbering: readStyleNumbering(stylesXml),
      maxChars: MAX_PLAN_CHARS,
    });
    if (blocks.length === 0) throw new UserError("planFile.noContent", { file: fileName });
    return { blocks, source: "docx" };
  } catch (e) {
    if (e instanceof DocumentTooLong)
      throw new UserError("planFile.tooLong", { file: fileName, limit: MAX_PLAN_CHARS });
    if (e instanceof XmlMalformed) throw new UserError("planFile.damaged", { file: fileName, detail: e.message });
    throw e;
  }
}

/** The submission reader's zip errors, reworded for a plan file. */
function planZipError(e: unknown, fileName: string): unknown {
  if (!(e instanceof UserError)) return e;
  switch (e.key) {
    case "files.zipBomb":
      return new UserError("planFile.zipBomb", { file: fileName, size: e.params.size, limit: e.params.limit });
    case "files.encrypted":
      return new UserError("planFile.encrypted", { file: fileName });
    case "files.zipCorrupt":
    case "files.tooManyEntries":
      return new UserError("planFile.damaged", { file: fileName, detail: e.params.detail ?? e.key });
    default:
      return e;
  }
}

function detailOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
