/**
 * The file format libraries, loaded only when a step needs them: ExcelJS (~250 KB gzip) and
 * papaparse stay out of the pane's first download (budget: 250 KB gzip for the initial JS).
 */
import type { FileCodecs } from "../core/ports/codecs";

export const lazyCodecs: FileCodecs = {
  async readSubmission(bytes, fileName) {
    // The reader decides by content, not by the file name (agencies rename files).
    const [{ readSubmissionFile }, { installJsInflater }] = await Promise.all([
      import(/* webpackChunkName: "xlsx-read" */ "../xlsx/read-workbook"),
      import(/* webpackChunkName: "xlsx-read" */ "../xlsx/direct/js-inflate"),
    ]);
    // A stream per small part costs more than inflating it: parts are inflated in one call.
    installJsInflater();
    return readSubmissionFile(bytes, fileName);
  },
  async parseCsv(text) {
    const Papa = (await import(/* webpackChunkName: "papaparse" */ "papaparse")).default;
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: "greedy" });
    return parsed.data.map((r) => r.map((c) => String(c ?? "")));
  },
  async readPlanFile(bytes, fileName) {
    // The dispatcher decides by content and loads the Word or PDF reader (pdf.js) only for its file.
    const { readPlanFile } = await import(/* webpackChunkName: "plan-file" */ "../plan-file/read-plan-file");
    return readPlanFile(bytes, fileName);
  },
  async writeTemplate(content) {
    const { writeTemplate } = await import(/* webpackChunkName: "xlsx-write" */ "../xlsx/template-writer");
    return writeTemplate(content);
  },
};
