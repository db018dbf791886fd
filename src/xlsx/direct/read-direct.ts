/**
 * The direct .xlsx/.xlsm reader: the zip's parts streamed through a small XML tokenizer into the
 * same WorkbookData the ExcelJS reader gives, without building ExcelJS's model of styles, theme
 * and drawings, and without expanding what a sheet declares (merged areas, validations, column
 * ranges) before it is counted. Macros (vbaProject.bin) are never opened, let alone run.
 * Call it on a zip that inspectZip has already passed.
 */
import type { Sheet, WorkbookData } from "../../core/grid";
import { UserError } from "../../core/errors";
import type { ReadLimits } from "../limits";
import type { ZipEntryInfo } from "../zip-inspect";
import {
  RelsHandler,
  SharedStringsHandler,
  StylesHandler,
  WorkbookHandler,
  relsPathOf,
  type Relationship,
} from "./book-parts";
import { SheetHandler } from "./sheet-handler";
import { ZipParts } from "./zip-parts";

const REL_OFFICE_DOCUMENT = /\/officeDocument$/;
const REL_WORKSHEET = /\/worksheet$/;
const REL_SHARED_STRINGS = /\/sharedStrings$/;
const REL_STYLES = /\/styles$/;

function findRel(rels: Map<string, Relationship>, type: RegExp): Relationship | undefined {
  for (const r of rels.values()) if (type.test(r.type)) return r;
  return undefined;
}

/** Where workbook.xml is: the package says so in _rels/.rels; xl/workbook.xml when it does not. */
async function workbookPath(parts: ZipParts): Promise<string> {
  const root = new RelsHandler("");
  await parts.parse("_rels/.rels", root);
  const doc = findRel(root.rels, REL_OFFICE_DOCUMENT);
  return doc && parts.has(doc.path) ? doc.path : "xl/workbook.xml";
}

export async function readXlsxDirect(
  bytes: Uint8Array,
  entries: readonly ZipEntryInfo[],
  fileName: string,
  limits: ReadLimits,
): Promise<WorkbookData> {
  const parts = new ZipParts(bytes, entries, fileName, limits.maxXmlElementsPerPart);
  const bookPath = await workbookPath(parts);
  const book = new WorkbookHandler(fileName, limits);
  if (!(await parts.parse(bookPath, book))) throw new UserError("files.notWorkbookZip", { file: fileName });
  const relsHandler = new RelsHandler(bookPath);
  await parts.parse(relsPathOf(bookPath), relsHandler);
  const rels = relsHandler.rels;

  let sharedStrings: readonly (string | null)[] = [];
  const sst = findRel(rels, REL_SHARED_STRINGS);
  if (sst) {
    const h = new SharedStringsHandler(fileName, limits);
    await parts.parse(sst.path, h);
    sharedStrings = h.strings;
  }
  let dateStyles: readonly boolean[] = [];
  const styles = findRel(rels, REL_STYLES);
  if (styles) {
    const h = new StylesHandler();
    await parts.parse(styles.path, h);
    dateStyles = h.dateStyles();
  }

  const sheets: Sheet[] = [];
  for (const entry of book.sheets) {
    const rel = rels.get(entry.relId);
    // Chart sheets and dialog sheets hold no cells; ExcelJS leaves them out too.
    if (!rel || !REL_WORKSHEET.test(rel.type)) continue;
    const handler = new SheetHandler({
      fileName,
      sheetName: entry.name,
      limits,
      sharedStrings,
      dateStyles,
      date1904: book.date1904,
    });
    if (!(await parts.parse(rel.path, handler)))
      throw new UserError("files.partMissing", { file: fileName, part: rel.path });
    sheets.push({ name: entry.name, rows: handler.finish(), state: entry.state });
  }
  return { fileName, sheets };
}
