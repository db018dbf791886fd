import type * as PdfJsModule from "pdfjs-dist/legacy/build/pdf.mjs";
import type { PlanDocument } from "../core/plan/document";
import { UserError } from "../core/errors";
import type { TextItem } from "./lines";
import { pageRules } from "./rules";
import { joinPages, layoutPage, type PageBlock } from "./page-layout";

/** A plan runs to tens of pages; a thousand-page PDF is not one. */
export const MAX_PDF_PAGES = 500;
/** Fewer letters than this on every page: a scan without a text layer. */
const MIN_TEXT_CHARS = 20;

type PdfJs = typeof PdfJsModule;
let loading: Promise<PdfJs> | null = null;

/**
 * pdf.js is loaded only when a PDF is read (it is ~450 KB gzip with its worker). Its "worker"
 * runs in this thread: handing pdf.js the worker module up front means it never fetches a
 * worker script or anything else (the pane's Content-Security-Policy allows its own origin
 * only), and the same code runs in Node and in the browser. The legacy build is the one pdf.js
 * supports on Node; it also covers older Office web views.
 */
function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const g = globalThis as { pdfjsWorker?: unknown };
    g.pdfjsWorker ??= await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
    return import("pdfjs-dist/legacy/build/pdf.mjs");
  })();
  return loading;
}

/** Reads a PDF's text layer as a plan document: ruled tables as tables, the rest as paragraphs. */
export async function readPdf(bytes: Uint8Array, fileName: string): Promise<PlanDocument> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of (detaches) the buffer it is given: give it a copy.
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    const name = (e as { name?: string }).name;
    if (name === "PasswordException") throw new UserError("planFile.pdfEncrypted", { file: fileName });
    throw new UserError("planFile.damaged", { file: fileName, detail: e instanceof Error ? e.message : String(e) });
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES)
      throw new UserError("planFile.tooLong", { file: fileName, limit: `${MAX_PDF_PAGES} pages` });
    const ops = {
      save: pdfjs.OPS.save,
      restore: pdfjs.OPS.restore,
      transform: pdfjs.OPS.transform,
      constructPath: pdfjs.OPS.constructPath,
      endPath: pdfjs.OPS.endPath,
      paintFormXObjectBegin: pdfjs.OPS.paintFormXObjectBegin,
      paintFormXObjectEnd: pdfjs.OPS.paintFormXObjectEnd,
    };
    const pages: PageBlock[][] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [content, opList] = await Promise.all([page.getTextContent(), page.getOperatorList()]);
      const items: TextItem[] = [];
      content.items.forEach((raw, order) => {
        if (!("str" in raw)) return;
        const [a, b, , , x, y] = raw.transform as number[];
        chars += raw.str.trim().length;
        items.push({
          str: raw.str.normalize("NFC"),
          x: x!,
          y: y!,
          width: raw.width,
          size: Math.hypot(a!, b!) || raw.height || 10,
          order,
        });
      });
      const rules = pageRules(opList.fnArray, opList.argsArray, ops);
      pages.push(layoutPage(items, rules, page.view[3] ?? 842));
      page.cleanup();
    }
    if (chars < MIN_TEXT_CHARS) throw new UserError("planFile.pdfNoText", { file: fileName });
    const blocks = joinPages(pages);
    if (blocks.length === 0) throw new UserError("planFile.noContent", { file: fileName });
    return { blocks, source: "pdf" };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
