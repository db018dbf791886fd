/**
 * The file format libraries as the application layer sees them: plain bytes and cells in and out.
 * The pane passes implementations that load ExcelJS and papaparse on demand (they stay out of its
 * first download); tests pass the Node ones. The application layer never imports a format library.
 */
import type { WorkbookData } from "../grid";
import type { TemplateContent } from "../template/build";
import type { PlanDocument } from "../plan/document";

export interface FileCodecs {
  /** reads an uploaded .xlsx or .csv into cells; throws UserError for what it cannot read */
  readSubmission(bytes: Uint8Array, fileName: string): Promise<WorkbookData>;
  /** CSV text → rows of cells */
  parseCsv(text: string): Promise<string[][]>;
  /** the agency template as .xlsx bytes */
  writeTemplate(content: TemplateContent): Promise<Uint8Array>;
  /** a plan file (.docx, .pdf, .txt, .csv, .xlsx) as a plan document; throws UserError for what it cannot read */
  readPlanFile?(bytes: Uint8Array, fileName: string): Promise<PlanDocument>;
}
